// The ingest job: inputs → documents in the store, each committed with its links, failures reported
// one line each while the run goes on.
import fs from 'node:fs';
import type { AnnotateOptions } from '../annotate/index.js';
import { linkDocument } from '../link/index.js';
import type { Store } from '../store/db.js';
import { hasDocument, insertDocument } from '../store/documents.js';
import type { DocumentHints } from '../types.js';
import { processDocument, type Processed } from './process.js';
import { readDocuments, type ReadFailure } from './read.js';
import { expandInputs, type InputFile } from './sources.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestOptions {
  maxBytes?: number;
  encoding?: string;
  hints?: DocumentHints;
  /** Annotation layers to run; null stores documents only. */
  layers?: AnnotateOptions | null;
  /** Documents per store transaction (a crash loses at most the open one; nothing stored is touched). */
  batchSize?: number;
  stdin?: () => Buffer;
  onStart?(totalInputs: number): void;
  onInput?(done: number, source: string): void;
  onResult?(r: IngestResult): void;
}

export type IngestResult =
  | { status: 'stored'; source: string; id: string; duplicateOf: string | null; title: string | null }
  | { status: 'already'; source: string; id: string }
  | { status: 'failed'; source: string; reason: string }
  | { status: 'warning'; source: string; reason: string };

export interface IngestSummary {
  read: number;
  stored: number;
  already: number;
  failed: number;
  duplicates: number;
  failures: ReadFailure[];
}

export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const { files, errors } = expandInputs(paths);
  return ingestFiles(store, files, options, errors);
}

/** Ingests inputs already named (files, or uploads carrying their bytes); `errors` are reported first. */
export async function ingestFiles(
  store: Store,
  files: InputFile[],
  options: IngestOptions = {},
  errors: { source: string; reason: string }[] = [],
): Promise<IngestSummary> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const layers = options.layers === undefined ? { entities: true, events: true, quotes: true } : options.layers;
  const batchSize = options.batchSize ?? 100;
  const summary: IngestSummary = { read: 0, stored: 0, already: 0, failed: 0, duplicates: 0, failures: [] };
  const report = (r: IngestResult) => {
    if (r.status === 'failed') {
      summary.failed++;
      summary.failures.push({ source: r.source, reason: r.reason });
    }
    options.onResult?.(r);
  };

  for (const e of errors) report({ status: 'failed', ...e });
  options.onStart?.(files.length);

  let stdinCache: Buffer | null = null;
  const stdin = options.stdin ?? (() => (stdinCache ??= fs.readFileSync(0)));
  let pending: Processed[] = [];
  const seenInRun = new Set<string>();

  const flush = () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    const commit = store.db.transaction(() => {
      for (const p of batch) {
        // Each document in a savepoint: one failing document does not take the batch with it.
        try {
          store.db.transaction(() => {
            insertDocument(store, p.doc, p.textHash, p.ann);
            const dup = linkDocument(store, p.doc, p.textHash, p.ann);
            if (dup.duplicateOf) summary.duplicates++;
            summary.stored++;
            report({ status: 'stored', source: p.doc.source, id: p.doc.id, duplicateOf: dup.duplicateOf, title: p.doc.title });
          })();
        } catch (err) {
          report({ status: 'failed', source: p.doc.source, reason: `could not be stored: ${(err as Error).message}` });
        }
      }
    });
    commit();
  };

  let done = 0;
  for (const file of files) {
    const outcome = readDocuments(file, { maxBytes, encoding: options.encoding, hints: options.hints ?? {}, stdin });
    for (const f of outcome.failures) report({ status: 'failed', ...f });
    for (const w of outcome.warnings) report({ status: 'warning', ...w });
    for (const raw of outcome.docs) {
      summary.read++;
      const existing = hasDocument(store, raw.hash);
      if (existing || seenInRun.has(raw.hash)) {
        summary.already++;
        report({ status: 'already', source: raw.source, id: existing ?? raw.hash.slice(0, 16) });
        continue;
      }
      seenInRun.add(raw.hash);
      try {
        pending.push(processDocument(raw, layers));
      } catch (err) {
        report({ status: 'failed', source: raw.source, reason: `could not be processed: ${(err as Error).message}` });
      }
      if (pending.length >= batchSize) flush();
    }
    options.onInput?.(++done, file.source);
  }
  flush();
  return summary;
}
