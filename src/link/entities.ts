// Cross-document entity resolution through the store. Filled in by issue 3.
import type { Store } from '../store/db.js';
import type { CleanDocument, DocAnnotations } from '../types.js';

/** Resolves the document's local entities to store entities; returns localId → entity id. */
export function linkEntities(_store: Store, _doc: CleanDocument, _ann: DocAnnotations): Map<string, string> {
  return new Map();
}
