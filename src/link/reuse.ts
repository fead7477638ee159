// Text reuse: a document that quotes or rewrites passages of another "reports on" it. Candidates
// come from the store's index of sampled word 5-gram shingles, the anchors (never from comparing
// every pair); each candidate is then compared shingle by shingle with the new text. Anchors found
// in many documents (boilerplate, set phrases) are skipped, and two primary records (releases,
// transcripts, statements) never report on each other.
import type { Store } from '../store/db.js';
import { anchorCandidates, anchorCounts, insertAnchors, insertReportsOn, mainTextBySeq, reuseCandidate, reuseInfo, type ReuseRow } from '../store/quotes.js';
import type { DocKind } from '../types.js';
import { anchorPositions, COMMON_ANCHOR as COMMON, PRIMARY_KINDS, WINDOW, REUSE_N as N, reuseShingles, type Shingles } from './minhash.js';

export { reuseShingles, type Shingles };

/** Distinct shared passages of at least MIN_RUN overlapping 5-grams (6+ words) that make reuse… */
const MIN_PASSAGES = 3;
const MIN_RUN = 2;
/** …or this share of the reporting document's shingles (with at least MIN_SHARED of them). */
const MIN_SHARE = 0.2;
const MIN_SHARED = 8;

/** A source shares at least this many rare anchors (reuse worth the name shares a passage of WINDOW, and more). */
const MIN_ANCHORS = 2;
/** Of them, at most this many (those sharing most anchors) are compared word by word when the anchors do not settle it. */
const MAX_CHECKED = 4;
/** Postings of anchors read per document, the rarest anchors first: the work per document stays flat. */
const POSTINGS = 1000;
/** At most this many documents (those sharing most anchors) are weighed as sources of one document. */
const MAX_SOURCES = 20;

export interface ReuseDoc {
  id: string;
  text: string;
  published: string | null;
  kind: DocKind;
}

/** Each distinct shingle with the word position where it first stands. */
function firstPositions(shingles: Shingles): Map<number, number> {
  const first = new Map<number, number>();
  for (let i = 0; i < shingles.length; i++) if (!first.has(shingles[i])) first.set(shingles[i], i);
  return first;
}

/** Index the document's anchors and record which stored documents it reports on, or which report on it. */
export function linkReuse(store: Store, doc: ReuseDoc, shingles: Shingles = reuseShingles(doc.text)): void {
  const anchors = anchorsAt(shingles);
  const counts = anchorCounts(store, [...anchors.keys()]);
  const common = new Set([...anchors.keys()].filter((h) => (counts.get(h) ?? 0) > COMMON));
  const rare = rarest([...anchors.keys()].filter((h) => !common.has(h)), counts);
  // Two primary records sharing set phrases (two releases of one ministry) do not report on each other:
  // a primary record only looks among reports, a report among everything.
  const primaryKind = PRIMARY_KINDS.has(doc.kind);
  const self = reuseInfo(store, doc.id);
  const candidates = anchorCandidates(store, rare, primaryKind, MIN_ANCHORS, MAX_SOURCES + 1).filter((c) => c.seq !== self.seq);
  insertAnchors(store, self.seq, primaryKind, [...anchors.keys()], COMMON);
  if (!candidates.length) return;

  let positions: Map<number, number> | null = null;
  let checks = MAX_CHECKED;
  const rareSet = new Set([...anchors.keys()].filter((h) => !common.has(h)));
  const root = (d: ReuseRow) => d.duplicate_of ?? d.id;
  for (const c of candidates.slice(0, MAX_SOURCES)) {
    const o = reuseCandidate(store, c.seq);
    if (!o || root(o) === root(self) || o.duplicate_of === self.id) continue; // a copy does not report on its original
    // Passages the anchors show (runs of WINDOW shingles or more hold two or more): enough of them settle it…
    const sure = anchorPassages(c.keys.map((k) => anchors.get(rare[k])!));
    let passages = sure;
    let theirs: Shingles | null = null;
    let ats = 0;
    if (sure < MIN_PASSAGES) {
      if (checks-- <= 0) continue;
      // …else the two texts are compared shingle by shingle: short passages and the share of the text
      theirs = candidateShingles(store, o);
      const shared = sharedRuns((positions ??= firstPositions(shingles)), theirs, common, (at) => rareSet.has(shingles[at]));
      ats = shared.reduce((n, r) => n + r, 0);
      if (ats < Math.min(MIN_RUN * MIN_PASSAGES, MIN_SHARED)) continue;
      passages = shared.filter((r) => r >= MIN_RUN).length;
    }
    const [reporter, source] = direction(self, o);
    const share = () => ats / Math.max(1, reporter === self ? positions!.size : new Set(theirs).size);
    if (passages >= MIN_PASSAGES || (ats >= MIN_SHARED && share() >= MIN_SHARE)) insertReportsOn(store, reporter.id, source.id, passages);
  }
}

/** Shingles of recent candidates by document id (a document's main text never changes), per store. */
const shingleCache = new WeakMap<Store, Map<string, Shingles>>();
/** Candidates kept: a source many reports draw on is compared again and again (~10 MB at most). */
const CACHED_CANDIDATES = 4096;

function candidateShingles(store: Store, doc: ReuseRow): Shingles {
  const cache = shingleCache.get(store) ?? shingleCache.set(store, new Map()).get(store)!;
  let s = cache.get(doc.id);
  if (s) cache.delete(doc.id);
  else {
    s = reuseShingles(mainTextBySeq(store, doc.seq));
    if (cache.size >= CACHED_CANDIDATES) cache.delete(cache.keys().next().value!);
  }
  // (re-inserted: the Map's order is the order of last use, the first key the least recently used)
  cache.set(doc.id, s);
  return s;
}

/**
 * The rarest anchors, as many as POSTINGS postings hold (an anchor in a few documents says more
 * than one in forty, and reading every posting of every anchor would cost more as the store grows).
 */
function rarest(anchors: number[], counts: Map<number, number>): number[] {
  const n = (h: number) => counts.get(h) ?? 0;
  if (anchors.reduce((sum, h) => sum + n(h), 0) <= POSTINGS) return anchors;
  const out: number[] = [];
  let read = 0;
  for (const h of [...anchors].sort((a, b) => n(a) - n(b))) {
    if ((read += n(h)) > POSTINGS) break;
    out.push(h);
  }
  return out;
}

/** A text's distinct anchors, each with the word position where it first stands, in text order. */
function anchorsAt(shingles: Shingles): Map<number, number> {
  const out = new Map<number, number>();
  for (const at of anchorPositions(shingles)) if (!out.has(shingles[at])) out.set(shingles[at], at);
  return out;
}

/**
 * Shared passages shown by shared anchors alone: anchors at most WINDOW words apart stand in one run
 * of shared text, and a run showing two anchors is a passage of WINDOW shingles or so, never a set phrase.
 */
function anchorPassages(ats: number[]): number {
  ats.sort((a, b) => a - b);
  let passages = 0;
  let inRun = 1;
  for (let i = 1; i <= ats.length; i++) {
    if (i < ats.length && ats[i] - ats[i - 1] <= WINDOW) inRun++;
    else {
      if (inRun >= 2) passages++;
      inRun = 1;
    }
  }
  return passages;
}

/**
 * The lengths of the runs of overlapping shingles the two texts share (at the new text's positions),
 * without common language: a common anchor and the shingles overlapping it are cut out (as the full
 * index cut out each common shingle), and a run counts only when it holds a rare anchor (a run
 * without one is common language the sample cannot vouch for; any run of WINDOW holds an anchor).
 */
function sharedRuns(positions: Map<number, number>, theirs: Shingles, common: Set<number>, rareAt: (at: number) => boolean): number[] {
  const ats: number[] = [];
  const cut: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < theirs.length; i++) {
    const at = positions.get(theirs[i]);
    if (at === undefined || seen.has(at)) continue;
    seen.add(at);
    if (common.has(theirs[i])) cut.push(at);
    else ats.push(at);
  }
  ats.sort((a, b) => a - b);
  const kept = cut.length ? awayFrom(ats, cut) : ats;
  const out: number[] = [];
  let length = 0;
  let anchored = false;
  for (let i = 0; i < kept.length; i++) {
    length++;
    anchored ||= rareAt(kept[i]);
    if (i + 1 === kept.length || kept[i + 1] > kept[i] + 1) {
      if (anchored) out.push(length);
      length = 0;
      anchored = false;
    }
  }
  return out;
}

/** The sorted positions `ats` not within N of any cut position: one pass over both, both sorted. */
function awayFrom(ats: number[], cut: number[]): number[] {
  cut.sort((a, b) => a - b);
  const out: number[] = [];
  let j = 0;
  for (const at of ats) {
    while (j < cut.length && cut[j] <= at - N) j++;
    if (j === cut.length || cut[j] >= at + N) out.push(at);
  }
  return out;
}

/** The later document reports on the earlier; on the same day a news report on a primary text; else the newcomer on the stored one. */
function direction(self: ReuseRow, other: ReuseRow): [ReuseRow, ReuseRow] {
  const a = self.published, b = other.published;
  if (a && b) {
    const n = Math.min(a.length, b.length);
    if (a.slice(0, n) !== b.slice(0, n)) return a.slice(0, n) > b.slice(0, n) ? [self, other] : [other, self];
  }
  const selfPrimary = PRIMARY_KINDS.has(self.kind), otherPrimary = PRIMARY_KINDS.has(other.kind);
  if (selfPrimary !== otherPrimary) return selfPrimary ? [other, self] : [self, other];
  return self.seq > other.seq ? [self, other] : [other, self];
}
