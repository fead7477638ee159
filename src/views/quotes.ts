// The quote list: every quote with its speaker, verification status and best match, filtered by
// document, speaker name or status.
import type { Store } from '../store/db.js';
import { findDocument, type DocumentRow } from '../store/documents.js';
import { exportEntities } from '../store/entities.js';
import { listQuoteRows, type Match } from '../store/quotes.js';
import type { Span, VerificationStatus } from '../types.js';

export const STATUSES: VerificationStatus[] = ['verbatim', 'close', 'not_found', 'no_primary_source'];

export class ViewError extends Error {}

export interface Speaker {
  id: string;
  name: string;
}

export interface QuoteListItem {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  speaker: Speaker | null;
  cue: Span | null;
  status: VerificationStatus;
  matches: Match[];
}

export interface QuoteQuery {
  /** Document id, id prefix or file name. */
  doc?: string;
  /** Part of a speaker's name or alias, any case. */
  speaker?: string;
  status?: string;
}

/** Names of stored entities by id, and the ids whose name or an alias contains `part`. */
export function speakerDirectory(store: Store): { name(id: string | null): Speaker | null; matching(part: string): string[] } {
  const byId = new Map<string, { name: string; aliases: string[] }>();
  for (const e of exportEntities(store)) byId.set(e.id, e);
  return {
    name: (id) => (id ? { id, name: byId.get(id)?.name ?? id } : null),
    matching(part) {
      const p = part.toLowerCase();
      return [...byId.entries()].filter(([, e]) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(p))).map(([id]) => id);
    },
  };
}

/** A stored document by id, id prefix, file name, or the start of a file name ("001" for 001_….txt). */
export function resolveDocument(store: Store, ref: string): DocumentRow {
  const row =
    findDocument(store, ref) ??
    ((store.db.prepare("SELECT * FROM documents WHERE source_name LIKE ? || '%' ORDER BY seq LIMIT 2").all(ref) as DocumentRow[]).length === 1
      ? (store.db.prepare("SELECT * FROM documents WHERE source_name LIKE ? || '%' ORDER BY seq LIMIT 1").get(ref) as DocumentRow)
      : null);
  if (!row) throw new ViewError(`no document "${ref}" in the store (give an id, an id prefix or a file name)`);
  return row;
}

export function listQuotes(store: Store, query: QuoteQuery = {}): QuoteListItem[] {
  let doc: string | undefined;
  if (query.doc) {
    doc = resolveDocument(store, query.doc).id;
  }
  if (query.status && !STATUSES.includes(query.status as VerificationStatus))
    throw new ViewError(`unknown status "${query.status}" (one of ${STATUSES.join(', ')})`);
  const speakers = speakerDirectory(store);
  const rows = listQuoteRows(store, {
    doc,
    status: query.status as VerificationStatus | undefined,
    speakers: query.speaker ? speakers.matching(query.speaker) : undefined,
  });
  return rows.map((q) => ({
    id: q.id,
    doc: q.doc,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker: speakers.name(q.speaker),
    cue: q.cue,
    status: q.status,
    matches: q.matches,
  }));
}
