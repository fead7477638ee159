// The pure per-document stages, clean then annotate, and the duplicate fingerprint: no I/O, so they
// can run in worker threads (see pool.ts) while the main thread stores and links in input order.
// No stage's failure ends the document: what succeeded is kept and the failed stage is named.
import { documentBudgetMs, withBudget } from '../budget.js';
import { annotate, type AnnotateOptions } from '../annotate/index.js';
import { cleanDocument, documentId } from '../clean/index.js';
import { mainTextFromRanges, readable } from '../clean/main-text.js';
import { parseGivenDate } from '../clean/meta/dates.js';
import { guarded } from '../guard.js';
import { fingerprint, wordHashes, type Fingerprint } from '../link/minhash.js';
import { reuseShingles, type Shingles } from '../link/reuse.js';
import { timed } from '../stage-times.js';
import { annotationsToJson } from '../store/annotations-json.js';
import type { CleanDocument, DocAnnotations, RawDocument, StageFailure } from '../types.js';
import { sha256 } from './read.js';

export interface Processed {
  doc: CleanDocument;
  ann: DocAnnotations | null;
  /** The annotations as the store keeps them, made here so the thread that stores does not. */
  annJson: string | null;
  textHash: string;
  fp: Fingerprint | null;
  /** Text-reuse shingles, for the quotes layer. */
  shingles: Shingles | null;
  /** Every stage that failed on this document (cleaning, a layer, a fingerprint); empty when none did. */
  failed: StageFailure[];
  /** Milliseconds this took (wall time of the thread that did it). */
  ms: number;
}

export function processDocument(raw: RawDocument, layers: AnnotateOptions | null): Processed {
  // one budget for cleaning and annotating: a page that takes it all to clean is not annotated
  return withBudget(documentBudgetMs(raw.original.length), () => processWithin(raw, layers));
}

function processWithin(raw: RawDocument, layers: AnnotateOptions | null): Processed {
  const t0 = performance.now();
  const failed: StageFailure[] = [];
  const doc = guarded('clean', raw.sourceName, failed, null, () => cleanDocument(raw)) ?? uncleaned(raw);
  failed.push(...(doc.failed ?? []));
  const annotated = layers && annotatesLanguage(doc.language) ? layers : null;
  if (layers && !annotated)
    doc.warnings.push({ message: `language ${doc.language}: stored and searchable, but people, events and quotes are extracted from English text only`, range: null });
  let ann = annotated ? annotate(doc, annotated) : null;
  if (ann?.failed) failed.push(...ann.failed);
  // (the annotations record what failed before them too, so the store knows what this document lacks)
  if (ann && failed.length) ann = { ...ann, failed };
  const done = ann;
  const annJson = done && guarded('store annotations', raw.sourceName, failed, null, () => annotationsToJson(done, doc));
  if (annJson === null) ann = null;
  // one pass over the words serves the duplicate fingerprint and the text-reuse shingles
  const wh = guarded('fingerprint', raw.sourceName, failed, null, () => wordHashes(doc.main.text));
  return {
    doc, ann, annJson, textHash: timed('fingerprint', () => textHashOf(doc.main.text)),
    fp: wh && guarded('fingerprint', raw.sourceName, failed, null, () => fingerprint(doc.main.text, wh)),
    shingles: wh && layers?.quotes ? guarded('text reuse', raw.sourceName, failed, null, () => reuseShingles(doc.main.text, wh)) : null,
    failed,
    ms: performance.now() - t0,
  };
}

/**
 * The document when cleaning failed: a text is all main text (no debris dropped, no title or date
 * read, but the words are stored); a page we could not clean has none, and is refused for that.
 */
function uncleaned(raw: RawDocument): CleanDocument {
  const body = raw.format === 'text' && raw.original.trim() ? [{ start: 0, end: raw.original.length }] : [];
  return {
    id: documentId(raw.hash), source: raw.source, sourceName: raw.sourceName, original: raw.original, format: raw.format, hash: raw.hash,
    title: raw.hints.title ?? null, titleRange: null, published: parseGivenDate(raw.hints.published ?? raw.hints.publishedIfUnstated ?? ''), publishedEvidence: null, language: 'und', kind: raw.hints.kind ?? 'other',
    main: mainTextFromRanges(raw.original, body), body, warnings: [],
  };
}

/** The annotators read English; a text too short to tell ("und") is given the benefit of the doubt. */
function annotatesLanguage(language: string): boolean {
  return language === 'en' || language === 'und';
}

/** The hash exact duplicates share: of the main text with its white space collapsed. */
export function textHashOf(mainText: string): string {
  return sha256(readable(mainText));
}
