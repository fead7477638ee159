// A briefing from the record: the relationship in a paragraph, the timeline, the people and their
// roles, what each side said, open contradictions. Every sentence is a template filled from stored
// events, entities, quotes and conflicts, and carries numbered citations to the exact words of the
// documents it rests on; a sentence with no citation that resolves to its document's original text
// is left out, so nothing is said that the record does not show. Deterministic: same store, same brief.
import { countryCode, countryName } from '../annotate/entities/gazetteer.js';
import { CONFLICT_NOUNS, COUNTRY_NAMES_WITH_THE, EVENT_MODE_NOUNS, EVENT_TYPE_NOUNS, STATUS_PHRASES } from '../lexicons/en/brief.js';
import { listConflicts } from '../store/conflicts.js';
import type { Store } from '../store/db.js';
import { getDocument } from '../store/documents.js';
import { displayName, entityMentions, entityNames, entityRoles, getEntity, type EntityRow } from '../store/entities.js';
import { allEvents, eventEvidence, type StoredEvent } from '../store/events.js';
import { listQuoteRows, type QuoteRow } from '../store/quotes.js';
import type { Span } from '../types.js';
import { findEntities } from './entities.js';
import { checkDates, FilterError, inDateRange, resolveActors } from './filters.js';

export interface BriefOptions {
  /** Names of people or organisations, or countries (names or ISO alpha-3 codes). */
  about?: string[];
  from?: string;
  to?: string;
}

/** A numbered source: the document and the exact words. */
export interface Citation extends Span {
  n: number;
  sourceName: string;
  title: string | null;
  published: string | null;
}

/** One generated sentence and the citations it rests on. */
export interface BriefSentence {
  text: string;
  cites: number[];
}

export interface BriefSection {
  heading: string;
  /** Sentences read as one paragraph (the overview) or as a list (the rest). */
  items: BriefSentence[];
  paragraph?: boolean;
}

export interface Brief {
  title: string;
  period: string | null;
  sections: BriefSection[];
  citations: Citation[];
}

/** Quotes shown per speaker: a briefing, not the full list. */
const QUOTES_PER_SPEAKER = 4;
/** Evidence cited per event: one per reporting document, up to this many. */
const CITES_PER_EVENT = 3;

export function buildBrief(store: Store, opts: BriefOptions = {}): Brief {
  checkDates(opts);
  const about = resolveAbout(store, opts.about ?? []);
  const cite = citer(store);
  const names = nameCache(store);
  const isActor = (id: string) => ['person', 'organization'].includes(getEntity(store, id)?.type ?? '');
  const events = allEvents(store)
    .filter((e) => about.countries.every((c) => e.countries.includes(c)))
    .filter((e) => !about.actors || e.participants.some((p) => about.actors!.has(p.entity)))
    .filter((e) => inDateRange(e.date, opts.from, opts.to))
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.id.localeCompare(b.id));
  const evidence = new Map(events.map((e) => [e.id, eventEvidence(store, e.id)]));
  const eventDocs = new Set([...evidence.values()].flat().map((s) => s.doc));
  const citeEvent = (e: StoredEvent) => firstPerDoc(evidence.get(e.id) ?? []).slice(0, CITES_PER_EVENT).map(cite).filter((n): n is number => n !== null);

  const timeline = events.map((e) => said(`${e.date ?? 'Date not given'}: ${eventPhrase(e, names, isActor)}${e.status === 'planned' ? ' (planned)' : ''}.`, citeEvent(e)));
  const people = peopleOf(store, events, about.actors, names, cite);
  const quotes = quotesOf(store, events, eventDocs, about, opts, names, cite);
  const conflicts = conflictsOf(store, events, eventDocs, about.countries, cite);
  const overview = overviewOf(events, about, about.label, eventDocs.size, conflicts.filter(cited), names, isActor, citeEvent);

  const sections: BriefSection[] = [
    { heading: 'The relationship', items: overview.filter(cited), paragraph: true },
    { heading: 'Timeline', items: timeline.filter(cited) },
    { heading: 'People and their roles', items: people.filter(cited) },
    ...quotes.map((q) => ({ heading: q.heading, items: q.items.filter(cited) })),
    { heading: 'Open contradictions', items: conflicts.filter(cited) },
  ];
  const citations = renumber(sections, cite.list);
  return {
    title: `Briefing: ${about.title ?? 'the whole record'}`,
    period: opts.from || opts.to ? `${opts.from ?? 'the start of the record'} to ${opts.to ?? 'the end of the record'}` : null,
    sections,
    citations,
  };
}

/** Numbers citations in reading order (sections are built in another), keeping only those cited. */
function renumber(sections: BriefSection[], all: Citation[]): Citation[] {
  const order = new Map<number, number>();
  for (const sec of sections) for (const s of sec.items) for (const n of s.cites) if (!order.has(n)) order.set(n, order.size + 1);
  for (const sec of sections) for (const s of sec.items) s.cites = s.cites.map((n) => order.get(n)!);
  return all.filter((c) => order.has(c.n)).map((c) => ({ ...c, n: order.get(c.n)! })).sort((a, b) => a.n - b.n);
}

const cited = (s: BriefSentence) => s.cites.length > 0;
/** A sentence and its citations; one full stop at the end even when the last word brings its own ("Jr."). */
const said = (text: string, cites: (number | null)[]): BriefSentence => ({ text: text.replace(/\.\.$/, '.'), cites: [...new Set(cites.filter((n): n is number => n !== null))] });
/** A state's name as a sentence reads it ("the United States"). */
const stateName = (code: string) => `${COUNTRY_NAMES_WITH_THE.test(countryName(code)) ? 'the ' : ''}${countryName(code)}`;
const a = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;

/** The --about terms as states (all must take part) and actors (any must take part), and a title. */
function resolveAbout(store: Store, terms: string[]): { countries: string[]; actors: Set<string> | null; label: string | null; title: string | null } {
  const countries: string[] = [];
  const people: string[] = [];
  for (const t of terms) {
    const code = /^[A-Z]{3}$/.test(t) ? t : countryCode(t);
    if (code) countries.push(code);
    else people.push(t);
  }
  const actors = resolveActors(store, people, '--about');
  // a person by the name the record shows ("Lavrov" → "Sergey Lavrov"), when the term means one
  const shown = people.map((t) => {
    const found = findEntities(store, t);
    return found.length === 1 ? displayName(found[0], entityNames(store, found[0].id)) : t;
  });
  const labels = [...new Set(countries)].map(stateName).concat(shown);
  const title = [...new Set(countries)].map(countryName).concat(shown);
  return { countries: [...new Set(countries)], actors, label: labels.length ? list(labels) : null, title: title.length ? list(title) : null };
}

/** Numbers spans in the order first cited; a span whose words are not its document's original slice is not cited. */
function citer(store: Store): ((s: Span) => number | null) & { list: Citation[] } {
  const list: Citation[] = [];
  const byKey = new Map<string, number>();
  const docs = new Map<string, ReturnType<typeof getDocument>>();
  const cite = (s: Span): number | null => {
    const key = `${s.doc}:${s.start}:${s.end}`;
    const known = byKey.get(key);
    if (known) return known;
    if (!docs.has(s.doc)) docs.set(s.doc, getDocument(store, s.doc));
    const d = docs.get(s.doc);
    if (!d || d.original.slice(s.start, s.end) !== s.text || !s.text.trim()) return null;
    const n = list.length + 1;
    list.push({ n, doc: s.doc, start: s.start, end: s.end, text: s.text, sourceName: d.source_name, title: d.title, published: d.published });
    byKey.set(key, n);
    return n;
  };
  return Object.assign(cite, { list });
}

function nameCache(store: Store): (id: string) => string {
  const names = new Map<string, string>();
  return (id) => {
    if (!names.has(id)) {
      const e = getEntity(store, id);
      names.set(id, !e ? id : e.type === 'country' && e.country ? countryName(e.country) : displayName(e, entityNames(store, id)));
    }
    return names.get(id)!;
  };
}

function firstPerDoc(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(s.doc) && !!seen.add(s.doc));
}

const list = (xs: string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** "a meeting of Yun Byung-se and Sergey Lavrov in Moscow": the act, who, where — from the event's fields. */
function eventPhrase(e: StoredEvent, names: (id: string) => string, isActor: (id: string) => boolean): string {
  const noun = e.mode ? EVENT_MODE_NOUNS[e.mode] ?? e.mode : EVENT_TYPE_NOUNS[e.type] ?? e.type.toLowerCase();
  const actors = e.participants.filter((p) => isActor(p.entity));
  const who = actors.length ? list(actors.map((p) => names(p.entity))) : list(e.countries.map(stateName));
  return `${noun}${who ? ` involving ${who}` : ''}${e.location ? ` in ${e.location}` : ''}`;
}

function overviewOf(events: StoredEvent[], about: { countries: string[]; actors: Set<string> | null }, label: string | null, docs: number, conflicts: BriefSentence[], names: (id: string) => string, isActor: (id: string) => boolean, citeEvent: (e: StoredEvent) => number[]): BriefSentence[] {
  if (!events.length) return [];
  const out: BriefSentence[] = [];
  const dated = events.filter((e) => e.date);
  const first = dated[0], last = dated[dated.length - 1];
  const span = first ? (first.date === last.date ? `, dated ${first.date}` : `, dated from ${first.date} to ${last.date}`) : '';
  const n = events.length;
  out.push(said(`The record holds ${n} event${n === 1 ? '' : 's'}${label ? ` ${about.countries.length === 2 && !about.actors ? 'between' : 'involving'} ${label}` : ''}${span}, reported in ${docs} document${docs === 1 ? '' : 's'}.`,
    [...(first ? citeEvent(first).slice(0, 1) : []), ...(last ? citeEvent(last).slice(0, 1) : citeEvent(events[0]).slice(0, 1))]));
  const coop = events.filter((e) => e.quadClass === 1 || e.quadClass === 2);
  const conflict = events.filter((e) => e.quadClass === 3 || e.quadClass === 4);
  const parts: string[] = [];
  if (coop.length) parts.push(`${coop.length} ${coop.length === 1 ? 'is' : 'are'} cooperative`);
  if (conflict.length) parts.push(`${conflict.length} ${conflict.length === 1 ? 'is' : 'are'} conflictual`);
  if (parts.length) out.push(said(`Of these, ${list(parts)}.`, [...(coop.length ? citeEvent(coop[coop.length - 1]).slice(0, 1) : []), ...(conflict.length ? citeEvent(conflict[conflict.length - 1]).slice(0, 1) : [])]));
  const recent = [...dated].reverse().find((e) => e.status === 'occurred');
  if (recent) out.push(said(`The most recent that took place is ${a(eventPhrase(recent, names, isActor))} on ${recent.date}.`, citeEvent(recent)));
  const planned = dated.filter((e) => e.status === 'planned');
  if (planned.length) {
    const p = planned[planned.length - 1];
    out.push(said(`${planned.length} ${planned.length === 1 ? 'is' : 'are'} announced or planned, the latest ${a(eventPhrase(p, names, isActor))} for ${p.date}.`, citeEvent(p)));
  }
  const c = conflicts.length;
  if (c) out.push(said(`The sources contradict each other in ${c} place${c === 1 ? '' : 's'} (see Open contradictions).`, conflicts.map((x) => x.cites[0])));
  return out;
}

/** The people taking part in these events, most involved first, each with a title the sources give and where. */
function peopleOf(store: Store, events: StoredEvent[], about: Set<string> | null, names: (id: string) => string, cite: (s: Span) => number | null): BriefSentence[] {
  const count = new Map<string, number>();
  for (const e of events) for (const p of e.participants) count.set(p.entity, (count.get(p.entity) ?? 0) + 1);
  for (const id of about ?? []) if (!count.has(id)) count.set(id, 0);
  const people = [...count].map(([id, n]) => ({ e: getEntity(store, id), n })).filter((x): x is { e: EntityRow; n: number } => x.e?.type === 'person');
  people.sort((a, b) => b.n - a.n || names(a.e.id).localeCompare(names(b.e.id)));
  return people.map(({ e, n }) => {
    const name = names(e.id);
    const role = titledMention(store, e);
    const state = role?.country ?? e.country;
    const where = state ? ` of ${stateName(state)}` : '';
    const events = n ? `, taking part in ${n} of these events` : '';
    if (role) return said(`${name}: ${role.title}${where}${events}.`, [cite(role.span)]);
    const mention = entityMentions(store, e.id)[0];
    return said(`${name}${state ? ` (${countryName(state)})` : ''}${events}.`, [mention ? cite(mention) : null]);
  });
}

/** A role of the person with the words that give it: the title within a few words of a mention of them. */
function titledMention(store: Store, e: EntityRow): { title: string; country: string | null; span: Span } | null {
  const mentions = entityMentions(store, e.id);
  for (const r of entityRoles(store, e.id)) {
    const original = getDocument(store, r.doc)?.original ?? '';
    const lower = original.toLowerCase(), title = r.title.toLowerCase();
    for (const m of mentions.filter((x) => x.doc === r.doc)) {
      const lo = Math.max(0, m.start - 120);
      const at = lower.lastIndexOf(title, m.start);
      const after = lower.indexOf(title, m.end);
      const start = at >= lo ? at : m.start;
      const end = at >= lo ? m.end : after >= 0 && after - m.end <= 60 ? after + title.length : -1;
      if (end < 0) continue;
      const text = original.slice(start, end);
      if (text.includes('\n\n')) continue;
      return { title: r.title, country: r.country, span: { doc: r.doc, start, end, text } };
    }
  }
  return null;
}

/**
 * What each side said: quotes of the people the brief is about, or of these events' people and the
 * states' speakers in the documents that report the events, grouped by the speaker's state.
 */
function quotesOf(store: Store, events: StoredEvent[], docs: Set<string>, about: { countries: string[]; actors: Set<string> | null }, opts: BriefOptions, names: (id: string) => string, cite: (s: Span) => number | null): BriefSection[] {
  const participants = new Set(events.flatMap((e) => e.participants.map((p) => p.entity)));
  const states = new Set(about.countries);
  const keep = (q: QuoteRow) => {
    if (!q.speaker || !inDateRange(q.docDate, opts.from, opts.to)) return false;
    if (about.actors?.has(q.speaker)) return true;
    if (!docs.has(q.doc)) return false;
    const country = getEntity(store, q.speaker)?.country;
    return participants.has(q.speaker) || (!!country && states.has(country));
  };
  const bySide = new Map<string, Map<string, QuoteRow[]>>();
  for (const q of listQuoteRows(store).filter(keep)) {
    const side = getEntity(store, q.speaker!)?.country ?? '';
    const speakers = bySide.get(side) ?? bySide.set(side, new Map()).get(side)!;
    speakers.set(q.speaker!, [...(speakers.get(q.speaker!) ?? []), q]);
  }
  const sides = [...bySide.keys()].sort((a, b) => (a ? (b ? countryName(a).localeCompare(countryName(b)) : -1) : 1));
  return sides.map((side) => {
    const items: BriefSentence[] = [];
    const speakers = [...bySide.get(side)!].sort(([a], [b]) => names(a).localeCompare(names(b)));
    for (const [speaker, quotes] of speakers)
      for (const q of quotes.slice(0, QUOTES_PER_SPEAKER)) {
        const match = (q.status === 'verbatim' || q.status === 'close') && q.matches[0] ? cite(q.matches[0]) : null;
        items.push(said(`${names(speaker)} said: “${q.text.replace(/\s+/g, ' ')}” (${STATUS_PHRASES[q.status] ?? q.status}).`, [cite(q), match]));
      }
    return { heading: `What ${side ? stateName(side) : 'others'} said`, items };
  });
}

/** Contradictions about these events, or made in the documents that report them. */
function conflictsOf(store: Store, events: StoredEvent[], docs: Set<string>, countries: string[], cite: (s: Span) => number | null): BriefSentence[] {
  const ids = new Set(events.map((e) => e.id));
  return listConflicts(store)
    .filter((c) => (c.event ? ids.has(c.event) : docs.has(c.claim.doc) && countries.length === 0))
    .map((c) => said(`${CONFLICT_NOUNS[c.kind] ?? c.kind}: the claim “${c.claim.text.replace(/\s+/g, ' ')}” — ${c.reason}.`, [cite(c.claim), ...c.against.map(cite)]));
}

export { FilterError };
