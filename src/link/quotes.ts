// Quotes checked against their speaker's primary record. A quote meets only the passages of its
// own speaker, found through that speaker's term index and dated near the quoting document; when a
// new primary record arrives, that speaker's earlier quotes are checked again (any ingest order).
import { readable, spanFromOriginal, toOriginalRange } from '../clean/main-text.js';
import { timed } from '../stage-times.js';
import { getDocument, type DocumentRow } from '../store/documents.js';
import type { Store } from '../store/db.js';
import {
  getPassages, getQuote, hasPrimary, primaryTermCounts, indexQuoteTerms, insertPassage, insertQuote, insertQuotedFrom, passagesWithTerm, quotesWithTerm, rootDocument, updateVerification, waitingQuotes,
  type Match, type PassageRow,
} from '../store/quotes.js';
import type { CleanDocument, DocAnnotations, MainText, VerificationStatus } from '../types.js';
import { align, fnv1a, termsOf, wordsOf, type Word } from './quote-align.js';
import { linkReuse, type Shingles } from './reuse.js';

/** A primary record may precede the report quoting it by up to a year… */
export const DAYS_BEFORE = 366;
/** …and be published a little after it (transcripts often appear a day or two late). */
export const DAYS_AFTER = 14;
/** Similarity at or above which the quote stands in the record with small differences. */
export const CLOSE = 0.75;
/** A term in more of one speaker's passages than this is too common to find a passage by. */
const COMMON_TERM = 500;
/** Share of a stored quote's terms a new primary record must hold for the quote to be checked again. */
const REVERIFY_SHARE = 0.5;
/** Postings read per quote (rarest terms first), and the terms read whatever their postings. */
const POSTINGS_BUDGET = 400;
const MIN_LOOKUP_TERMS = 3;
/** Passages aligned word by word per quote, the best by shared terms. */
const CANDIDATES = 12;
const MAX_MATCHES = 3;
/** The best candidates are also tried joined with the sentence before and after. */
const JOINED = 5;

export interface Verification {
  status: VerificationStatus;
  matches: Match[];
}

export interface QuoteToVerify {
  doc: string;
  text: string;
  speaker: string | null;
  docDate: string | null;
}

export function linkQuotes(store: Store, doc: CleanDocument, ann: DocAnnotations, entityIds: Map<string, string>, shingles?: Shingles): void {
  const date = doc.published?.value ?? null;
  const newTerms = new Map<string, Set<number>>();
  for (const p of ann.primary) {
    const speaker = entityIds.get(p.speakerLocalId);
    if (!speaker) continue;
    let text: string;
    let words: number[];
    if (doc.format === 'text') {
      // plain text: the passage is a slice of the original, word offsets are direct
      text = p.span.text;
      words = wordsOf(text).flatMap((w) => [p.span.start + w.start, p.span.start + w.end]);
    } else {
      const [cs, ce] = cleanRange(doc.main, p.span.start, p.span.end);
      text = doc.main.text.slice(cs, ce);
      words = wordsOf(text).flatMap((w) => {
        const r = toOriginalRange(doc.main, cs + w.start, cs + w.end);
        return [r.start, r.end];
      });
    }
    const terms = termsOf(wordsOf(text)).map(fnv1a);
    insertPassage(store, { speaker, doc: doc.id, format: doc.format, start: p.span.start, end: p.span.end, text, words, date }, terms, COMMON_TERM);
    const set = newTerms.get(speaker) ?? newTerms.set(speaker, new Set()).get(speaker)!;
    for (const t of terms) set.add(t);
  }
  timed('link text reuse', () => linkReuse(store, { id: doc.id, text: doc.main.text, published: date, kind: doc.kind }, shingles));
  for (const q of ann.quotes) {
    const speaker = q.speakerLocalId ? entityIds.get(q.speakerLocalId) ?? null : null;
    const id = `${doc.id}:q${q.span.start}-${q.span.end}`;
    const v = verifyQuote(store, { doc: doc.id, text: q.span.text, speaker, docDate: date });
    insertQuote(store, { id, ...q.span, speaker, cue: q.cue, docDate: date, ...v });
    noteQuotedFrom(store, doc.id, q.span.text, v);
    if (speaker) indexQuoteTerms(store, speaker, id, termsOf(wordsOf(q.span.text)).map(fnv1a));
  }
  const pending = deferred.get(store);
  for (const [speaker, terms] of newTerms) {
    if (!pending) {
      reverifySpeaker(store, speaker, date, terms, doc.id);
      continue;
    }
    // in a batch, one check per speaker at its end instead of one per new record
    const p = pending.get(speaker) ?? pending.set(speaker, { terms: new Set(), dates: [] }).get(speaker)!;
    for (const t of terms) p.terms.add(t);
    p.dates.push(date);
  }
}

/** Speakers with new primary records in the open batch: their terms and the records' dates. */
const deferred = new WeakMap<Store, Map<string, { terms: Set<number>; dates: (string | null)[] }>>();

/**
 * From now until `finishQuoteBatch`, earlier quotes are checked again once per speaker for the whole
 * batch of new primary records (a bulk ingest brings many records of one speaker at a time).
 */
export function beginQuoteBatch(store: Store): void {
  if (!deferred.has(store)) deferred.set(store, new Map());
}

/** Checks again the quotes the batch's new primary records could verify; call inside the batch's transaction. */
export function finishQuoteBatch(store: Store): void {
  const pending = deferred.get(store);
  deferred.delete(store);
  if (!pending) return;
  for (const [speaker, { terms, dates }] of pending) {
    const known = dates.filter((d): d is string => !!d).sort();
    const undated = known.length < dates.length;
    const from = undated ? null : shiftDays(known[0], -DAYS_AFTER);
    const to = undated ? null : shiftDays(known[known.length - 1], DAYS_BEFORE, 'last');
    reverifyInWindow(store, speaker, from, to, terms, null, dates);
  }
}

/**
 * Checks again the stored quotes of `speaker` that a new primary record (dated `date`, with index
 * terms `terms`) could verify: those sharing a term with it, found through the quote-term index.
 */
export function reverifySpeaker(store: Store, speaker: string, date: string | null, terms: Iterable<number>, exceptDoc: string | null = null): number {
  const from = date ? shiftDays(date, -DAYS_AFTER) : null;
  const to = date ? shiftDays(date, DAYS_BEFORE, 'last') : null;
  return reverifyInWindow(store, speaker, from, to, terms, exceptDoc, [date]);
}

/**
 * Could a record dated `date` (null: undated) be the record a quote dated `quoteDate` waits for?
 * The window `verifyQuote` looks in (through `hasPrimary`), compared as SQLite compares there.
 */
function inQuoteWindow(quoteDate: string | null, date: string | null): boolean {
  if (!quoteDate || !date) return true;
  return date >= shiftDays(quoteDate, -DAYS_BEFORE) && date <= shiftDays(quoteDate, DAYS_AFTER, 'last');
}

/**
 * `dates`: of the new records. A quote waiting for any record of its speaker (no_primary_source)
 * is checked again only when one of them falls in its window: it waits because none stood there
 * when it was last checked, and every record added since was checked against it then, so no other
 * record can change it (a speaker's waiting quotes are not all checked again at every new record).
 */
function reverifyInWindow(store: Store, speaker: string, from: string | null, to: string | null, terms: Iterable<number>, exceptDoc: string | null, dates: (string | null)[]): number {
  // how many of each quote's terms the new record holds: only a quote whose words it mostly holds can change
  const shared = new Map<string, number>();
  for (const t of terms) {
    const found = quotesWithTerm(store, speaker, t, COMMON_TERM);
    if (found.length <= COMMON_TERM) for (const id of found) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  // a quote still waiting for any record of its speaker is checked whatever words it shares
  const waiting = new Set<string>();
  const newDates = [...new Set(dates)];
  // only quotes whose window can hold a new record (from…to, null when a new record is undated),
  // from the year on: a quote dated by year or month sorts before its days
  for (const q of waitingQuotes(store, speaker, from && from.slice(0, 4), to)) {
    if (newDates.some((d) => inQuoteWindow(q.date, d))) (waiting.add(q.id), shared.set(q.id, Infinity));
    else shared.delete(q.id);
  }
  let n = 0;
  for (const [id, count] of shared) {
    if (count < 2) continue;
    const q = getQuote(store, id);
    if (!q || q.doc === exceptDoc || q.status === 'verbatim') continue;
    if (!waiting.has(id) && count < REVERIFY_SHARE * termsOf(wordsOf(q.text)).length) continue;
    if (from && to && q.docDate && (q.docDate < from.slice(0, q.docDate.length) || q.docDate > to)) continue;
    const v = verifyQuote(store, q);
    updateVerification(store, q.id, v.status, v.matches);
    noteQuotedFrom(store, q.doc, q.text, v);
    n++;
  }
  return n;
}

/** Words a quotation must have for its verbatim source to be a text the quoting one reports on. */
const QUOTED_WORDS = 8;

/** A quotation of a sentence or more found word for word in a record: its document reports on that record. */
function noteQuotedFrom(store: Store, doc: string, text: string, v: Verification): void {
  const best = v.matches[0];
  if (v.status !== 'verbatim' || !best || best.doc === doc || wordsOf(text).length < QUOTED_WORDS) return;
  insertQuotedFrom(store, doc, best.doc);
}

/**
 * verbatim: the words stand in a primary passage of the speaker; close: they do with small
 * differences; not_found: the speaker has a primary record from around then without them;
 * no_primary_source: none — also when the speaker is unknown (there is no record to check against).
 */
export function verifyQuote(store: Store, q: QuoteToVerify): Verification {
  const none: Verification = { status: 'no_primary_source', matches: [] };
  if (!q.speaker) return none;
  const from = q.docDate ? shiftDays(q.docDate, -DAYS_BEFORE) : null;
  const to = q.docDate ? shiftDays(q.docDate, DAYS_AFTER, 'last') : null;
  // a document and its copies are one record: a quote is never verified by the copy of its own text
  const ownRoot = rootDocument(store, q.doc);
  if (!hasPrimary(store, q.speaker, from, to, ownRoot)) return none;
  const quoteWords = wordsOf(q.text);
  // Candidates come through the quote's rarest terms in the speaker's record: their postings are short
  // and they are what tells one passage from another (a speaker's common words are in thousands).
  const terms = [...new Set(termsOf(quoteWords).map(fnv1a))];
  const df = primaryTermCounts(store, q.speaker, terms);
  const rare = terms.filter((t) => (df.get(t) ?? 0) > 0 && df.get(t)! <= COMMON_TERM).sort((a, b) => df.get(a)! - df.get(b)!);
  const scores = new Map<number, number>();
  let postings = 0;
  for (const [k, term] of rare.entries()) {
    if (k >= MIN_LOOKUP_TERMS && postings + df.get(term)! > POSTINGS_BUDGET) break;
    const ids = passagesWithTerm(store, q.speaker, term, COMMON_TERM);
    postings += ids.length;
    const weight = 1 / Math.log2(2 + ids.length);
    for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + weight);
  }
  const candidates = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([id]) => id);
  const rows = new Map<string, DocumentRow>();
  const docRow = (id: string) => rows.get(id) ?? rows.set(id, getDocument(store, id)!).get(id)!;
  const found: (Match & { root: string; rank: number; joined: boolean })[] = [];
  const roots = new Map<string, string>();
  const rootId = (doc: string) => roots.get(doc) ?? roots.set(doc, rootDocument(store, doc)).get(doc)!;
  getPassages(store, candidates).forEach((p, rank) => {
    if (p.doc === q.doc || rootId(p.doc) === ownRoot || (from && to && p.date && (p.date < from.slice(0, p.date.length) || p.date > to))) return;
    let m = matchIn(p, quoteWords, q.text);
    let joined = false;
    if ((!m || m.similarity < 1) && rank < JOINED) {
      // the quote may run over two sentences of the record
      for (const pair of withNeighbours(store, p)) {
        const two = matchIn(pair, quoteWords, q.text);
        if (two && (!m || two.similarity > m.similarity)) (m = two), (joined = true);
      }
    }
    if (!m) return;
    found.push({ ...m, root: rootId(p.doc), rank, joined });
  });
  found.sort((a, b) => b.similarity - a.similarity || a.rank - b.rank);
  // one match per passage text and original document: copies of a record say the same thing
  const seen = new Set<string>();
  const matches: Match[] = [];
  for (const { root, rank, joined, ...m } of found) {
    void rank;
    // two passages joined with a space: the original has whatever stood between them
    if (joined) m.text = spanFromOriginal(docRow(m.doc), m).text;
    const key = root + '\u0000' + m.text;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push(m);
    if (matches.length >= MAX_MATCHES) break;
  }
  const best = matches[0]?.similarity ?? 0;
  return { status: best >= 1 ? 'verbatim' : best >= CLOSE ? 'close' : 'not_found', matches };
}

/** The passage joined with the one before and with the one after it in the same record. */
function withNeighbours(store: Store, p: PassageRow): PassageRow[] {
  const join = (a: PassageRow, b: PassageRow): PassageRow => ({ ...a, end: b.end, text: `${a.text} ${b.text}`, words: [...a.words, ...b.words] });
  const near = getPassages(store, [p.id - 1, p.id + 1]).filter((n) => n.doc === p.doc && n.speaker === p.speaker);
  return near.map((n) => (n.id < p.id ? join(n, p) : join(p, n)));
}

function matchIn(p: PassageRow, quoteWords: Word[], quoteText: string): Match | null {
  const pw = wordsOf(p.text);
  if (pw.length * 2 !== p.words.length) return null; // stored by another version of the word splitter
  const a = align(quoteWords, quoteText, pw, p.text);
  if (!a || a.similarity <= 0) return null;
  // a close match shows the stretch the quote lines up with; a distant one the whole passage
  const whole = a.similarity < CLOSE;
  const slice = whole ? p.text : p.text.slice(pw[a.first].start, pw[a.last].end);
  const match: Match = {
    doc: p.doc,
    start: whole ? p.start : p.words[2 * a.first],
    end: whole ? p.end : p.words[2 * a.last + 1],
    text: p.format === 'html' ? readable(slice) : slice,
    similarity: a.similarity,
  };
  if (a.similarity < 1 && a.differences.length) match.differences = a.differences.slice(0, 6).join('; ');
  return match;
}

/** Main-text offsets of an original range (the main text maps back monotonically). */
function cleanRange(main: MainText, start: number, end: number): [number, number] {
  const firstAtOrAfter = (arr: Int32Array, v: number) => {
    let lo = 0, hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cs = firstAtOrAfter(main.starts, start);
  const ce = firstAtOrAfter(main.ends, end);
  return [cs, Math.min(main.text.length, ce + 1)];
}

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) moved by whole days, as YYYY-MM-DD. A year or month
 * stands for all its days: counted from its first day, or with `from = 'last'` from its last (the
 * end of a window after "2020" must reach past "2020-03-25", not stop in January).
 */
export function shiftDays(iso: string, days: number, from: 'first' | 'last' = 'first'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const last = from === 'last';
  // Date.UTC(y, 12, 0) is 31 December; Date.UTC(y, m, 0) the month's last day
  const base = d ? Date.UTC(y, m - 1, d) : m ? Date.UTC(y, last ? m : m - 1, last ? 0 : 1) : Date.UTC(y, last ? 12 : 0, last ? 0 : 1);
  const t = base + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
