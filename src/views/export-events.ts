// Events for other event-data tools: PLOVER/POLECAT records (JSON Lines) and GDELT 2.0 Events rows
// (tab-separated). Only what the record holds is filled; every other field is empty, never guessed.
import type { Store } from '../store/db.js';
import { getDocument } from '../store/documents.js';
import { displayName, entityNames, getEntity } from '../store/entities.js';
import { eventEvidence, type StoredEvent } from '../store/events.js';
import type { Span } from '../types.js';
import type { Selection } from './export-select.js';

interface Party {
  name: string | null;
  country: string | null;
}

/**
 * Who acts and who is acted on: the participants with those roles; for an event without direction,
 * the first two participants; states named only as countries of the event fill what is left.
 */
function parties(e: StoredEvent, names: (id: string) => Party): { actor: Party; recipient: Party } {
  const of = (role: string) => e.participants.filter((p) => p.role === role).map((p) => names(p.entity));
  const others = of('participant');
  const actor = of('source')[0] ?? others.shift() ?? null;
  const recipient = of('target')[0] ?? others.shift() ?? null;
  const unused = e.countries.filter((c) => c !== actor?.country && c !== recipient?.country);
  return {
    actor: actor ?? { name: null, country: unused.shift() ?? null },
    recipient: recipient ?? { name: null, country: unused.shift() ?? null },
  };
}

function partyNames(store: Store): (id: string) => Party {
  const cache = new Map<string, Party>();
  return (id) => {
    let p = cache.get(id);
    if (!p) {
      const e = getEntity(store, id);
      p = e ? { name: displayName(e, entityNames(store, id)), country: e.country } : { name: null, country: null };
      cache.set(id, p);
    }
    return p;
  };
}

/** PLOVER records with POLECAT's field names, one JSON object per line. */
export function* ploverRecords(store: Store, sel: Selection): Generator<string> {
  const names = partyNames(store);
  for (const e of sel.events()) {
    const evidence = eventEvidence(store, e.id);
    const { actor, recipient } = parties(e, names);
    const record = {
      event_id: e.id,
      event_date: e.date,
      date_precision: e.datePrecision,
      event_type: e.type,
      event_mode: e.mode,
      // (PLOVER contexts such as "military" or "human_rights": we do not classify them)
      contexts: [] as string[],
      quad_code: e.quadClass,
      cameo_code: e.cameo,
      status: e.status,
      actor_name: actor.name,
      actor_country: actor.country,
      recipient_name: recipient.name,
      recipient_country: recipient.country,
      participants: e.participants.map((p) => ({ ...names(p.entity), role: p.role })),
      countries: e.countries,
      placename: e.location,
      event_text: evidence[0]?.text ?? null,
      story_ids: [...new Set(evidence.map((s) => s.doc))],
      evidence: evidence.map((s) => ({ doc: s.doc, source: getDocument(store, s.doc)?.source ?? null, start: s.start, end: s.end, text: s.text })),
    };
    yield JSON.stringify(record) + '\n';
  }
}

/** The 61 columns of a GDELT 2.0 Events row, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...['Actor1', 'Actor2'].flatMap((a) => ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => a + c)),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((g) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${g}_${c}`)),
  'DATEADDED', 'SOURCEURL',
] as const;

/** Tab-separated GDELT 2.0 Events rows (a header line first when asked; GDELT's own files have none). */
export function* gdeltRows(store: Store, sel: Selection, options: { header?: boolean } = {}): Generator<string> {
  const names = partyNames(store);
  if (options.header) yield GDELT_COLUMNS.join('\t') + '\n';
  for (const e of sel.events()) {
    const evidence = eventEvidence(store, e.id);
    const { actor, recipient } = parties(e, names);
    const row: Record<string, string | number | null> = {};
    row.GLOBALEVENTID = e.id;
    const [y, m, d] = (e.date ?? '').split('-');
    if (d) {
      row.SQLDATE = `${y}${m}${d}`;
      row.FractionDate = (+y + (+m * 30 + +d) / 365).toFixed(4); // GDELT's own approximation
    }
    if (m) row.MonthYear = `${y}${m}`;
    if (y) row.Year = y;
    for (const [prefix, p] of [['Actor1', actor], ['Actor2', recipient]] as const) {
      row[`${prefix}Code`] = p.country;
      row[`${prefix}Name`] = p.name?.toUpperCase() ?? null;
      row[`${prefix}CountryCode`] = p.country;
    }
    if (e.cameo) {
      row.EventCode = e.cameo;
      row.EventBaseCode = e.cameo.slice(0, 3);
      row.EventRootCode = e.cameo.slice(0, 2);
    }
    row.QuadClass = e.quadClass;
    row.NumMentions = evidence.length;
    row.NumArticles = new Set(evidence.map((s) => s.doc)).size;
    row.ActionGeo_FullName = e.location;
    const first = firstDocument(store, evidence);
    row.DATEADDED = first?.added ?? null;
    row.SOURCEURL = first?.source ?? null;
    yield GDELT_COLUMNS.map((c) => tsvCell(row[c])).join('\t') + '\n';
  }
}

function firstDocument(store: Store, evidence: Span[]): { source: string; added: string } | null {
  const doc = evidence[0] ? getDocument(store, evidence[0].doc) : null;
  return doc ? { source: doc.source, added: doc.ingested_at.replace(/\D/g, '').slice(0, 14) } : null;
}

/** A field of a tab-separated row: tabs and line breaks inside it become spaces. */
function tsvCell(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
}
