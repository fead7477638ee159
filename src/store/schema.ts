// Every area's tables, created in this order when a store is opened (CREATE … IF NOT EXISTS).
import { CONFLICTS_SCHEMA } from './conflicts.js';
import { DOCUMENTS_SCHEMA } from './documents.js';
import { ENTITIES_SCHEMA } from './entities.js';
import { EVENTS_SCHEMA } from './events.js';
import { MINHASH_SCHEMA } from './minhash.js';
import { QUOTES_SCHEMA } from './quotes.js';

/**
 * A function, not a constant: documents.ts and db.ts import each other, so whichever a program
 * imports first, the schema strings are read only once every module has been evaluated.
 */
export function schemas(): string[] {
  return [DOCUMENTS_SCHEMA, MINHASH_SCHEMA, ENTITIES_SCHEMA, EVENTS_SCHEMA, QUOTES_SCHEMA, CONFLICTS_SCHEMA];
}
