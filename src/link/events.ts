// Merging a document's events with the store's reports of the same happening. Filled in by issue 4.
import type { Store } from '../store/db.js';
import type { CleanDocument, DocAnnotations } from '../types.js';

export function linkEvents(_store: Store, _doc: CleanDocument, _ann: DocAnnotations, _entityIds: Map<string, string>): void {}
