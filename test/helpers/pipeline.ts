// Runs our own test texts through the real pipeline (clean → annotate → store → link), in memory.
import { ALL_LAYERS } from '../../src/annotate/index.js';
import { processDocument, type Processed } from '../../src/ingest/process.js';
import { sha256 } from '../../src/ingest/read.js';
import { linkDocument } from '../../src/link/index.js';
import { openStore, type Store } from '../../src/store/db.js';
import { insertDocument } from '../../src/store/documents.js';
import type { CleanDocument, DocAnnotations, DocumentHints, RawDocument } from '../../src/types.js';

/** processDocument, where a stage that fails is a test failure, not a warning. */
function processed(name: string, text: string, hints: DocumentHints): Processed {
  const p = processDocument(rawText(name, text, hints), ALL_LAYERS);
  if (p.failed.length) throw new Error(`${name}: ${p.failed.map((f) => `${f.stage}: ${f.message}`).join('; ')}`);
  return p;
}

export function rawText(name: string, text: string, hints: DocumentHints = {}): RawDocument {
  const format = /\.html?$/.test(name) ? 'html' : 'text';
  return { source: name, sourceName: name, original: text, format, hints, hash: sha256(text), byteLength: Buffer.byteLength(text) };
}

/** Clean and annotate one text: what the per-document annotators see and find. */
export function annotateText(name: string, text: string, hints: DocumentHints = {}): { doc: CleanDocument; ann: DocAnnotations } {
  const p = processed(name, text, hints);
  return { doc: p.doc, ann: p.ann! };
}

/** Store and link one text as `attache ingest` does; returns its document id. */
export function ingestText(store: Store, name: string, text: string, hints: DocumentHints = {}): string {
  const p = processed(name, text, hints);
  store.db.transaction(() => {
    insertDocument(store, p.doc, p.textHash, p.ann);
    linkDocument(store, p.doc, p.textHash, p.ann);
  })();
  return p.doc.id;
}

/** Runs `run` on a fresh in-memory store and closes it afterwards. */
export function withStore<T>(run: (store: Store) => T): T {
  const store = openStore(':memory:');
  try {
    return run(store);
  } finally {
    store.close();
  }
}
