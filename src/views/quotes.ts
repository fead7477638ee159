// The quote list: every quote with its speaker, verification status and best match, filtered by
// document, speaker name or status.
import type { Store } from '../store/db.js';
import { documentsBySourceNamePrefix, findDocument, type DocumentRow } from '../store/documents.js';
import { displayName, entityNames, getEntity } from '../store/entities.js';
import { findEntities } from './entities.js';
import { documentFilter, resolveActors, type RecordFilter } from './filters.js';
import { listQuoteRows, type Match, type QuoteFilter } from '../store/quotes.js';
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
  /** Dates and kinds are the quoting document's; persons and countries are the speaker's. */
  filter?: RecordFilter;
}

/** Speakers' display names, read once per entity, and the entities a user's NAME may mean. */
export function speakerDirectory(store: Store): { name(id: string | null): Speaker | null; matching(name: string): string[] } {
  const names = new Map<string, string>();
  return {
    name(id) {
      if (!id) return null;
      if (!names.has(id)) {
        const e = getEntity(store, id);
        names.set(id, e ? displayName(e, entityNames(store, id)) : id);
      }
      return { id, name: names.get(id)! };
    },
    matching: (name) => findEntities(store, name).map((e) => e.id),
  };
}

/** A stored document by id, id prefix, file name, or the start of a file name ("001" for 001_….txt). */
export function resolveDocument(store: Store, ref: string): DocumentRow {
  const byName = () => {
    const rows = documentsBySourceNamePrefix(store, ref, 2);
    return rows.length === 1 ? rows[0] : null;
  };
  const row = findDocument(store, ref) ?? byName();
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
    ...(query.filter ? quoteCondition(store, query.filter) : {}),
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

/** The quotes a record filter keeps: said in a document of its dates and kinds, by one of its people or a speaker of one of its states. */
function quoteCondition(store: Store, filter: RecordFilter): Pick<QuoteFilter, 'docs' | 'by' | 'speakerCountries'> {
  const docs = documentFilter(store, { from: filter.from, to: filter.to, kinds: filter.kinds });
  const people = resolveActors(store, filter.persons);
  return { docs, by: people ? [...people] : undefined, speakerCountries: (filter.countries ?? []).map((c) => c.toUpperCase()) };
}
