// The golden documents, one folder each, as Readability.js keeps its test pages:
//   docs/NNN_name/source.EXT     the document as a reader would save it (the extension says text or page)
//   docs/NNN_name/expected.json  the reviewed digest of what the pipeline finds in it
//   docs/NNN_name/reference.json the hand-made annotations of it alone
// What concerns several documents at once (which repeats or reports on which, people and events seen
// in several) is in cross-document.json, the one place that says so.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocDigest } from './digest.js';

export const GOLDEN_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DOCS = path.join(GOLDEN_DIR, 'docs');
export const CROSS = path.join(GOLDEN_DIR, 'cross-document.json');

export interface GoldenDoc {
  /** The document's name in the store and in the references: its folder's name with the source's extension. */
  name: string;
  dir: string;
  /** Path of the source file. */
  source: string;
}

/** A document's digest without the links to other documents, which cross-document.json holds. */
export type OwnDigest = Omit<DocDigest, 'duplicateOf' | 'reportsOn'>;

export interface CrossExpected {
  /** Documents that repeat another, by name: every other document is no duplicate. */
  duplicateOf: Record<string, string>;
  /** Documents that report on others: every other document reports on none. */
  reportsOn: Record<string, string[]>;
}

/** Every golden document, in name order. */
export function goldenDocs(): GoldenDoc[] {
  return fs
    .readdirSync(DOCS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((folder) => {
      const dir = path.join(DOCS, folder);
      const sources = fs.readdirSync(dir).filter((f) => /^source\./.test(f));
      if (sources.length !== 1) throw new Error(`${dir}: expected one source.* file, found ${sources.length}`);
      return { name: folder + path.extname(sources[0]!), dir, source: path.join(dir, sources[0]!) };
    });
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const writeJson = (file: string, value: unknown) => fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

export function readExpected(doc: GoldenDoc): OwnDigest | undefined {
  const file = path.join(doc.dir, 'expected.json');
  return fs.existsSync(file) ? readJson<OwnDigest>(file) : undefined;
}

export function readCross(): { expected: CrossExpected; reference: Record<string, unknown> } {
  return readJson(CROSS);
}

/** Splits the digest of a run into each document's own part and the links between documents. */
export function splitDigest(digest: Record<string, DocDigest>): { own: Record<string, OwnDigest>; cross: CrossExpected } {
  const own: Record<string, OwnDigest> = {};
  const cross: CrossExpected = { duplicateOf: {}, reportsOn: {} };
  for (const [name, { duplicateOf, reportsOn, ...rest }] of Object.entries(digest)) {
    own[name] = rest;
    if (duplicateOf) cross.duplicateOf[name] = duplicateOf;
    if (reportsOn.length) cross.reportsOn[name] = reportsOn;
  }
  return { own, cross };
}

/** The expected digest of every document, links included, as the run's digest is shaped. */
export function expectedDigest(): Record<string, DocDigest> {
  const { expected } = readCross();
  const out: Record<string, DocDigest> = {};
  for (const doc of goldenDocs()) {
    const own = readExpected(doc);
    if (own) out[doc.name] = { ...own, duplicateOf: expected.duplicateOf[doc.name] ?? null, reportsOn: expected.reportsOn[doc.name] ?? [] };
  }
  return out;
}

/** Writes a run's digest as the expectations: one expected.json per folder, the links in cross-document.json. */
export function writeExpected(digest: Record<string, DocDigest>): void {
  const { own, cross } = splitDigest(digest);
  for (const doc of goldenDocs()) if (own[doc.name]) writeJson(path.join(doc.dir, 'expected.json'), own[doc.name]);
  writeJson(CROSS, { ...readJson<object>(CROSS), expected: cross });
}

const REFERENCE_LISTS = ['people', 'notPeople', 'coreferenceTraps', 'events', 'notEvents', 'quotes', 'notQuotes'] as const;

/**
 * The hand-made reference of the whole corpus in the format ../shared/tools/score reads (that of
 * ../shared/gold/seeds.gold.json): each folder's reference.json, with the links and the annotations
 * naming several documents from cross-document.json.
 */
export function assembleReference(): Record<string, unknown> {
  const cross = readCross().reference as Record<string, unknown> & { documents?: Record<string, object> };
  const lists: Record<string, unknown[]> = Object.fromEntries(REFERENCE_LISTS.map((k) => [k, []]));
  const documents: Record<string, unknown> = {};
  for (const doc of goldenDocs()) {
    const ref = readJson<Record<string, unknown> & { document: object }>(path.join(doc.dir, 'reference.json'));
    documents[doc.name] = { ...ref.document, duplicateOf: null, ...cross.documents?.[doc.name] };
    for (const k of REFERENCE_LISTS) lists[k]!.push(...((ref[k] as unknown[] | undefined) ?? []));
  }
  for (const k of REFERENCE_LISTS) lists[k]!.push(...((cross[k] as unknown[] | undefined) ?? []));
  return { about: cross.about, documents, ...lists };
}
