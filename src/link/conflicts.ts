// Conflicts between sources: a claim about the record ("the first dialogue … since 2009") against
// the events the store holds between the same two states. Both ways, so ingest order does not
// matter: a new document's claims meet the stored events of their pair of states (the states
// index), and the events a new document reports meet the stored claims of their pairs (the
// claims' pair index). Never a comparison of all documents.
import { CAPITALS } from '../lexicons/en/country-aliases.js';
import { CLAIM_SORTS, COUNTED, NUMBER_WORDS } from '../lexicons/en/claims.js';
import type { Store } from '../store/db.js';
import {
  claimsOfPair, eventsOfDocument, eventsOfPair, insertClaim, insertConflict, repeatsConflict, sameTextDocs, type Claim, type PairEvent,
} from '../store/conflicts.js';
import { getDocument } from '../store/documents.js';
import { entityRoles, getEntity } from '../store/entities.js';
import { eventEvidence, readEvent } from '../store/events.js';
import type { CleanDocument, DocAnnotations, Span } from '../types.js';
import { findClaims, holdsOffice } from './claims.js';
import { checkDisagreements, checkParticipants } from './conflicts-events.js';

/** An event with more states than this is a multilateral gathering: no bilateral claim is about it. */
const MAX_STATES = 6;

export function linkConflicts(store: Store, doc: CleanDocument, ann: DocAnnotations): void {
  for (const claim of findClaims(doc, ann)) {
    insertClaim(store, claim);
    const [a, b] = claim.states;
    for (const ev of eventsOfPair(store, a, b, claim.since, claim.before)) checkClaim(store, claim, ev);
  }
  // this document's events against the claims other documents made
  for (const id of eventsOfDocument(store, doc.id)) {
    checkDisagreements(store, id);
    checkParticipants(store, id);
    const ev = readEvent(store, id);
    if (!ev || ev.status !== 'occurred' || !ev.date || ev.countries.length < 2 || ev.countries.length > MAX_STATES) continue;
    checkCounts(store, ev.id, doc.id, ev.summary, ev.date);
    const states = ev.countries;
    for (let i = 0; i < states.length; i++) {
      for (let j = i + 1; j < states.length; j++) {
        for (const claim of claimsOfPair(store, states[i], states[j])) {
          if (claim.span.doc === doc.id) continue; // checked above
          const inPeriod = eventsOfPair(store, states[i], states[j], claim.since, claim.before).find((e) => e.id === id);
          if (inPeriod) checkClaim(store, claim, inPeriod);
        }
      }
    }
  }
}

/** Records a conflict when the event is a happening of the claim's sort that the claim says did not take place. */
function checkClaim(store: Store, claim: Claim, ev: PairEvent): void {
  const sort = CLAIM_SORTS[claim.sort];
  if (!sort || ev.type !== sort.type || !ev.mode || !sort.modes.includes(ev.mode)) return;
  // the claim's own words may report an event ("… since 2009" read as a meeting in 2009): not evidence against it
  const evidence = eventEvidence(store, ev.id);
  if (evidence.some((s) => s.doc === claim.span.doc && s.start < claim.sentence.end && s.end > claim.sentence.start)) return;
  // only other texts contradict: the claiming text and its copies are one source
  const own = sameTextDocs(store, claim.span.doc);
  const against = evidence.filter((s) => !own.has(s.doc));
  if (!against.length) return;
  if (claim.office && !officeHeld(store, ev.id, claim)) return;
  if (claim.destination && ev.location && CAPITALS[ev.location] && CAPITALS[ev.location] !== claim.destination) return;
  // a text repeating its claim (a lede restated below) makes one conflict with that event, at the first
  if (repeatsConflict(store, claim.span, ev.id)) return;
  insertConflict(store, { kind: 'claim', claim: claim.span, against: firstPerDocument(against), event: ev.id, reason: reasonOf(store, claim, ev, against) });
}

/** Whether the event's people hold the claim's office: on both sides when the claim says both ("the two foreign ministers"). */
function officeHeld(store: Store, event: string, claim: Claim): boolean {
  const ev = readEvent(store, event);
  if (!ev || !claim.office) return false;
  const sides = new Set<string>();
  for (const p of ev.participants) {
    const entity = getEntity(store, p.entity);
    if (entity?.type !== 'person') continue;
    for (const r of entityRoles(store, p.entity)) {
      const state = r.country ?? entity.country;
      if (state && claim.states.includes(state) && holdsOffice(r.title, claim.office)) sides.add(state);
    }
  }
  return claim.bothHold ? sides.size === 2 : sides.size > 0;
}

/** One span per contradicting document (the first that reports the event): enough to open each source. */
function firstPerDocument(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(s.doc) && !!seen.add(s.doc));
}

function reasonOf(store: Store, claim: Claim, ev: PairEvent, against: Span[]): string {
  const source = getDocument(store, against[0].doc);
  const name = source?.title ?? source?.source_name ?? against[0].doc;
  const who = ev.summary.split(':')[0];
  const office = claim.office ? ` ${claim.office}s` : '';
  return `says ${claim.says} (${claim.states.join('–')}${office}), but “${name}” records a ${ev.mode ?? ev.type.toLowerCase()} of ${who}${ev.location ? ` in ${ev.location}` : ''} on ${ev.date}`;
}

/** A count one document gives for an event ("a three-day visit"), with its words. */
interface Count {
  name: string;
  n: number;
  span: Span;
}

/**
 * Two sources counting one event differently: the new document's counts against those of the
 * other texts reporting the event (read from the event's evidence, a handful of sentences). A
 * document giving two counts of one thing is not clear enough to hold against another.
 */
function checkCounts(store: Store, event: string, doc: string, summary: string, date: string): void {
  const evidence = eventEvidence(store, event);
  const own = sameTextDocs(store, doc);
  const mine = countsOf(store, evidence.filter((s) => s.doc === doc));
  if (!mine.length) return;
  const others = new Map<string, Span[]>();
  for (const s of evidence) if (!own.has(s.doc)) others.set(s.doc, [...(others.get(s.doc) ?? []), s]);
  for (const [, spans] of others) {
    const theirs = countsOf(store, spans);
    for (const c of mine) {
      const t = theirs.find((x) => x.name === c.name);
      if (!t || t.n === c.n) continue;
      const name = getDocument(store, t.span.doc)?.title ?? t.span.doc;
      insertConflict(store, { kind: 'number', claim: c.span, against: [t.span], event, reason: `“${c.span.text}” here, but “${name}” says “${t.span.text}” of the same event (${summary.split(':')[0]}, ${date})` });
    }
  }
}

/** The counted things' patterns, compiled once (matchAll reads from a copy, so they hold no state). */
const COUNT_PATTERNS = COUNTED.map(({ name, pattern }) => ({ name, pattern: new RegExp(pattern, 'gi') }));

function countsOf(store: Store, spans: Span[]): Count[] {
  const found: Count[] = [];
  for (const s of spans) {
    // (whether the span stands as is in its original is asked only of a span holding a count: most
    // hold none, and reading a stored original per evidence sentence grew with an event's reports)
    let exact: boolean | undefined;
    const isExact = () => (exact ??= (getDocument(store, s.doc)?.original ?? '').slice(s.start, s.end) === s.text);
    for (const { name, pattern } of COUNT_PATTERNS) {
      for (const m of s.text.matchAll(pattern)) {
        const word = m.groups!.n.toLowerCase();
        const n = NUMBER_WORDS[word] ?? Number(word.replace(/,/g, ''));
        if (!Number.isFinite(n)) continue;
        const span = isExact() ? { doc: s.doc, start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] } : s;
        found.push({ name, n, span });
      }
    }
  }
  // one clear count per thing: a document giving two different ones is left out
  return found.filter((c) => !found.some((x) => x.name === c.name && x.n !== c.n)).filter((c, i, all) => all.findIndex((x) => x.name === c.name) === i);
}
