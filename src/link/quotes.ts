// Text reuse between documents and verification of quotes against primary records. Filled in by issue 5.
import type { Store } from '../store/db.js';
import type { CleanDocument, DocAnnotations } from '../types.js';

export function linkQuotes(_store: Store, _doc: CleanDocument, _ann: DocAnnotations, _entityIds: Map<string, string>): void {}
