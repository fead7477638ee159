// The pure per-document stages, clean then annotate, and the duplicate fingerprint: no I/O, so they
// can run in worker threads (see pool.ts) while the main thread stores and links in input order.
import { annotate, type AnnotateOptions } from '../annotate/index.js';
import { cleanDocument } from '../clean/index.js';
import { readable } from '../clean/main-text.js';
import { fingerprint, wordHashes, type Fingerprint } from '../link/minhash.js';
import { reuseShingles, type Shingles } from '../link/reuse.js';
import { annotationsToJson } from '../store/annotations-json.js';
import type { CleanDocument, DocAnnotations, RawDocument } from '../types.js';
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
}

export function processDocument(raw: RawDocument, layers: AnnotateOptions | null): Processed {
  const doc = cleanDocument(raw);
  const ann = layers ? annotate(doc, layers) : null;
  // one pass over the words serves the duplicate fingerprint and the text-reuse shingles
  const wh = wordHashes(doc.main.text);
  return {
    doc, ann, annJson: ann && annotationsToJson(ann, doc), textHash: textHashOf(doc.main.text), fp: fingerprint(doc.main.text, wh),
    shingles: layers?.quotes ? reuseShingles(doc.main.text, wh) : null,
  };
}

/** The hash exact duplicates share: of the main text with its white space collapsed. */
export function textHashOf(mainText: string): string {
  return sha256(readable(mainText));
}
