// link: everything that needs more than one document, run for each new document inside its
// store transaction, through the store's indexes (never against every stored document).
import { ALL_LAYERS, type AnnotateOptions } from '../annotate/index.js';
import type { Store } from '../store/db.js';
import type { CleanDocument, DocAnnotations } from '../types.js';
import { linkDuplicates, type DuplicateResult } from './duplicates.js';
import type { Fingerprint } from './minhash.js';
import { linkEntities } from './entities.js';
import { linkEvents } from './events.js';
import { linkQuotes } from './quotes.js';

/**
 * Links a stored document. Each annotation layer links only when it ran: text reuse ("reports on")
 * belongs to the quotes layer, as it serves checking reports against the primary record.
 */
export function linkDocument(
  store: Store, doc: CleanDocument, textHash: string, ann: DocAnnotations | null, fp?: Fingerprint | null, layers: AnnotateOptions = ALL_LAYERS,
): DuplicateResult {
  const dup = linkDuplicates(store, doc.id, doc.main.text, textHash, fp);
  if (ann) {
    const entityIds = linkEntities(store, doc, ann);
    if (layers.events) linkEvents(store, doc, ann, entityIds);
    if (layers.quotes) linkQuotes(store, doc, ann, entityIds);
  }
  return dup;
}
