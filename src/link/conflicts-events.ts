// Two sources disagreeing about one happening: the same people doing the same kind of thing (type
// and mode, two actors or more, mostly the same ones) on days a few apart, or on one day in two
// places that cannot both hold. Linking keeps such reports apart (their dates or places differ);
// they meet again here through the actor-pair keys linking filed them under, so no scan. A date
// given only to the month, or a place that contains the other (Seoul in South Korea), linking
// merges or this lets pass: precision is not a contradiction.
import { countryCode } from '../annotate/entities/gazetteer.js';
import { CITY_SPELLINGS, CITY_STATES } from '../lexicons/en/cities.js';
import { CLAIM_OFFICES, NOT_OFFICE_HOLDER } from '../lexicons/en/claims.js';
import { CAPITALS } from '../lexicons/en/country-aliases.js';
import { eventsUnderKeys, mentionedIn, putConflict, sameTextDocs } from '../store/conflicts.js';
import type { Store } from '../store/db.js';
import { getDocument } from '../store/documents.js';
import { displayName, entityNames, entityRolesInDoc, getEntity } from '../store/entities.js';
import { eventActors, eventEvidence, readEvent, type StoredEvent } from '../store/events.js';
import type { ConflictKind, Span } from '../types.js';
import { pairKeys } from './events.js';

/** Reports of one happening this many days apart are a disagreement; further apart, two happenings. */
const MAX_DAYS_APART = 3;

/** Modes of an act that moves: a trip's places are its stops, not rival accounts of one place. */
const MOVING = new Set(['visit', 'tour', 'trip']);

/** One event as the sources on one side report it. */
interface Side {
  ev: StoredEvent;
  actors: string[];
  evidence: Span[];
  /** The texts reporting it (a document and its copies count once). */
  sources: Set<string>;
}

/** Checks an event a document reported against the stored events of the same actors that year. */
export function checkDisagreements(store: Store, event: string): void {
  const a = sideOf(store, event);
  if (!a || a.actors.length < 2) return;
  for (const id of eventsUnderKeys(store, pairKeys(a.ev, a.actors))) {
    if (id === event) continue;
    // the event's own fields first: its evidence is read only for a likely rival
    const head = readEvent(store, id);
    if (!head || head.type !== a.ev.type || head.mode !== a.ev.mode || !head.date || !rivalDates(a.ev.date!, head.date)) continue;
    const b = sideOf(store, id);
    if (b && sameHappening(a, b)) compare(store, a, b);
  }
}

/** Dates that may be one happening told two ways: days a few apart, or the same one (then the places may differ). */
function rivalDates(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return a.length === 10 && b.length === 10 && Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 <= MAX_DAYS_APART;
}

function sideOf(store: Store, id: string): Side | null {
  const ev = readEvent(store, id);
  if (!ev || ev.status !== 'occurred' || !ev.date || !ev.mode) return null;
  const evidence = eventEvidence(store, id);
  const sources = new Set<string>();
  for (const doc of new Set(evidence.map((s) => s.doc))) sources.add([...sameTextDocs(store, doc)].sort()[0]);
  return { ev, actors: eventActors(store, id), evidence, sources };
}

/** Same kind of act by mostly the same actors, each reported by texts that do not report the other. */
function sameHappening(a: Side, b: Side): boolean {
  if (a.ev.type !== b.ev.type || a.ev.mode !== b.ev.mode || b.actors.length < 2) return false;
  const shared = a.actors.filter((x) => b.actors.includes(x)).length;
  if (shared < 2 || shared * 2 < new Set([...a.actors, ...b.actors]).size) return false;
  // a text reporting both tells them apart: two meetings, not one in dispute
  return ![...a.sources].some((s) => b.sources.has(s));
}

function compare(store: Store, a: Side, b: Side): void {
  const da = a.ev.date!, db = b.ev.date!;
  if (da.length === 10 && db.length === 10 && da !== db) {
    const apart = Math.abs(Date.parse(da) - Date.parse(db)) / 86_400_000;
    const wa = statedDate(store, a), wb = statedDate(store, b);
    if (apart <= MAX_DAYS_APART && wa && wb) record(store, 'date', a, b, wa, wb);
    return;
  }
  if (!(da.startsWith(db) || db.startsWith(da)) || !a.ev.location || !b.ev.location || MOVING.has(a.ev.mode!)) return;
  if (!placesDisagree(a.ev.location, b.ev.location)) return;
  const wa = statedPlace(a), wb = statedPlace(b);
  if (wa && wb) record(store, 'place', a, b, wa, wb);
}

/** Where a side's date was read, when a sentence of its report says it (not the date the document bears). */
function statedDate(store: Store, s: Side): { span: Span; words: string } | null {
  const w = s.ev.dateEvidence;
  if (!w) return null;
  const doc = getDocument(store, w.doc);
  if (doc && doc.published_start === w.start) return null;
  const inDoc = s.evidence.filter((e) => e.doc === w.doc);
  if (!inDoc.length) return null;
  return { span: inDoc.find((e) => e.start <= w.start && e.end >= w.end) ?? inDoc[0], words: w.text };
}

/** The words of a side's report that name its place (a place only a dateline gives is no claim). */
function statedPlace(s: Side): { span: Span; words: string } | null {
  const span = s.evidence.find((e) => e.text.includes(s.ev.location!));
  return span ? { span, words: s.ev.location! } : null;
}

/** A place as a city and the state it lies in, or a state alone; null when not known. */
function resolvePlace(name: string): { city: string | null; state: string } | null {
  const city = CITY_SPELLINGS[name] ?? name;
  const state = CAPITALS[city] ?? CITY_STATES[city];
  if (state) return { city, state };
  const code = countryCode(name);
  return code ? { city: null, state: code } : null;
}

/** Two places that cannot both be where one thing happened: other states, or two cities. */
export function placesDisagree(a: string, b: string): boolean {
  const x = resolvePlace(a), y = resolvePlace(b);
  if (!x || !y) return false;
  return x.state !== y.state || (!!x.city && !!y.city && x.city !== y.city);
}

/**
 * Files the disagreement with the side fewer texts report as the claim (a tie: the later
 * published, then the larger document id), so the claim does not depend on the order of ingest.
 */
function record(store: Store, kind: ConflictKind, a: Side, b: Side, wa: { span: Span; words: string }, wb: { span: Span; words: string }): void {
  const published = (s: Span) => getDocument(store, s.doc)?.published ?? '';
  const aClaims = a.sources.size !== b.sources.size ? a.sources.size < b.sources.size
    : published(wa.span) !== published(wb.span) ? published(wa.span) > published(wb.span) : wa.span.doc > wb.span.doc;
  const [claim, cw, against, aw] = aClaims ? [a, wa, b, wb] : [b, wb, a, wa];
  const source = getDocument(store, aw.span.doc);
  const name = source?.title ?? source?.source_name ?? aw.span.doc;
  const what = `the ${claim.ev.mode} of ${claim.ev.summary.split(':')[0]}`;
  const reason = kind === 'date'
    ? `dates ${what} to ${claim.ev.date} (“${cw.words}”), but “${name}” dates it to ${against.ev.date} (“${aw.words}”)`
    : `places ${what} in ${claim.ev.location} on ${claim.ev.date}, but “${name}” places it in ${against.ev.location}`;
  const key = `${kind}:${[a.ev.id, b.ev.id].sort().join(':')}`;
  putConflict(store, key, { kind, claim: cw.span, against: [aw.span], event: against.ev.id, reason });
}

/** Offices one person holds for a state at a time (a state has many leaders' titles, so not "leader"). */
const SOLE_OFFICES = CLAIM_OFFICES.filter((o) => o.name !== 'leader').map((o) => ({ name: o.name, title: new RegExp(`^(?:${o.titles})$`, 'i') }));
const NOT_HOLDER = new RegExp(NOT_OFFICE_HOLDER, 'i');
/** Titles are few and repeat over a store: each is matched against the offices once. */
const officeOfTitle = new Map<string, (typeof SOLE_OFFICES)[number] | null>();
function soleOfficeOf(title: string): (typeof SOLE_OFFICES)[number] | null {
  let office = officeOfTitle.get(title);
  if (office === undefined) {
    office = SOLE_OFFICES.find((o) => o.title.test(title.trim())) ?? null;
    if (officeOfTitle.size < 10_000) officeOfTitle.set(title, office);
  }
  return office;
}

/**
 * Two sources naming different people as one state's holder of a sole office (its foreign
 * minister) at one event: each text's holder is the person its own evidence sentences name with
 * that exact title in that text, and neither text names the other person in its report.
 */
export function checkParticipants(store: Store, event: string): void {
  // only people some text titles with a sole office can be rivals: most events have fewer than two
  // (the roles of the event's reports only: a well-known person holds thousands in a large store)
  const ev = readEvent(store, event);
  const docs = [...new Set(eventEvidence(store, event).map((e) => e.doc))];
  const soleOffice = (id: string) => docs.some((d) => entityRolesInDoc(store, id, d).some((r) => soleOfficeOf(r.title)));
  const people = (ev?.participants ?? []).map((p) => p.entity).filter((id) => getEntity(store, id)?.type === 'person' && soleOffice(id));
  if (people.length < 2) return;
  const s = sideOf(store, event);
  if (!s) return;
  // per office and state: the holder each source names, with the sentence naming them
  const holders = new Map<string, Map<string, { person: string; span: Span }[]>>();
  for (const span of s.evidence) {
    const source = [...sameTextDocs(store, span.doc)].sort()[0];
    for (const person of people) {
      if (!mentionedIn(store, person, span)) continue;
      const entity = getEntity(store, person)!;
      for (const r of entityRolesInDoc(store, person, span.doc)) {
        const office = soleOfficeOf(r.title);
        const state = r.country ?? entity.country;
        if (!office || !state || NOT_HOLDER.test(r.title)) continue;
        const key = `${state}|${office.name}`;
        const bySource = holders.get(key) ?? holders.set(key, new Map()).get(key)!;
        const named = bySource.get(source) ?? bySource.set(source, []).get(source)!;
        if (!named.some((x) => x.person === person)) named.push({ person, span });
      }
    }
  }
  for (const [key, bySource] of holders) {
    const clear = [...bySource].filter(([, named]) => named.length === 1).map(([source, named]) => ({ source, ...named[0] }));
    const people = new Set(clear.map((c) => c.person));
    if (people.size !== 2) continue;
    const [p1, p2] = [...people];
    const side = (p: string) => clear.filter((c) => c.person === p);
    // a text naming both people in its report tells them apart (one of them came along): no dispute
    if ([...side(p1), ...side(p2)].some((c) => s.evidence.some((e) => sameTextDocs(store, e.doc).has(c.source) && mentionedIn(store, c.person === p1 ? p2 : p1, e)))) continue;
    const [claim, against] = side(p1).length < side(p2).length || (side(p1).length === side(p2).length && p1 > p2) ? [side(p1), side(p2)] : [side(p2), side(p1)];
    const [state, office] = key.split('|');
    const source = getDocument(store, against[0].span.doc);
    const name = (id: string) => {
      const e = getEntity(store, id);
      return e ? displayName(e, entityNames(store, id)) : id;
    };
    const reason = `names ${name(claim[0].person)} as the ${office} of ${state} at the ${s.ev.mode} on ${s.ev.date}, but “${source?.title ?? source?.source_name ?? against[0].span.doc}” names ${name(against[0].person)}`;
    putConflict(store, `participants:${event}:${key}`, { kind: 'participants', claim: claim[0].span, against: against.map((c) => c.span), event, reason });
  }
}
