// link: everything that needs more than one document, run for each new document inside its
// store transaction, through the store's indexes (never against every stored document).
import { ALL_LAYERS, type AnnotateOptions } from '../annotate/index.js';
import { timed } from '../stage-times.js';
import type { Store } from '../store/db.js';
import type { CleanDocument, DocAnnotations } from '../types.js';
import { linkConflicts } from './conflicts.js';
import { linkDuplicates, type DuplicateResult } from './duplicates.js';
import type { Fingerprint } from './minhash.js';
import { linkEntities } from './entities.js';
import { linkEvents } from './events.js';
import { linkQuotes } from './quotes.js';
import type { Shingles } from './reuse.js';

/** What the worker stage may have made already for linking, and which layers ran. */
export interface LinkInputs {
  fp?: Fingerprint | null;
  shingles?: Shingles | null;
  layers?: AnnotateOptions;
}

/**
 * Links a stored document. Each annotation layer links only when it ran: text reuse ("reports on")
 * belongs to the quotes layer, as it serves checking reports against the primary record.
 */
export function linkDocument(store: Store, doc: CleanDocument, textHash: string, ann: DocAnnotations | null, inputs: LinkInputs = {}): DuplicateResult {
  const layers = inputs.layers ?? ALL_LAYERS;
  const dup = timed('link duplicates', () => linkDuplicates(store, doc.id, doc.main.text, textHash, inputs.fp));
  if (ann) {
    const entityIds = timed('link entities', () => linkEntities(store, doc, ann));
    if (layers.events) {
      timed('link events', () => linkEvents(store, doc, ann, entityIds));
      timed('link conflicts', () => linkConflicts(store, doc, ann));
    }
    if (layers.quotes) timed('link quotes', () => linkQuotes(store, doc, ann, entityIds, inputs.shingles ?? undefined));
  }
  return dup;
}
