// Text reuse: a document that quotes or rewrites passages of another "reports on" it. Candidates
// come from the store's index of word 5-gram shingles (never from comparing every pair); shingles
// found in many documents (boilerplate, set phrases) are skipped, and two primary records (releases,
// transcripts, statements) never report on each other.
import type { Store } from '../store/db.js';
import { docsWithShingles, insertReportsOn, insertShingles, shingleCount } from '../store/quotes.js';
import type { DocKind } from '../types.js';
import { fnv1a, normalizedWords } from './minhash.js';

const N = 5;
/** A shingle in more documents than this is common language, not reuse. */
const COMMON = 40;
/** Distinct shared passages of at least MIN_RUN overlapping 5-grams (6+ words) that make reuse… */
const MIN_PASSAGES = 3;
const MIN_RUN = 2;
/** …or this share of the reporting document's shingles (with at least MIN_SHARED of them). */
const MIN_SHARE = 0.2;
const MIN_SHARED = 8;

/** At most this many documents are weighed as sources of one document. */
const MAX_SOURCES = 20;

const PRIMARY_KINDS = new Set<DocKind>(['transcript', 'statement', 'press_release', 'readout', 'joint_statement']);

export interface ReuseDoc {
  id: string;
  text: string;
  published: string | null;
  kind: DocKind;
}

interface Info {
  id: string;
  published: string | null;
  kind: DocKind;
  duplicate_of: string | null;
  seq: number;
}

/** A text's word 5-gram shingles: each distinct hash with the word position where it first stands. */
export interface Shingles {
  hashes: number[];
  at: number[];
}

/** Pure, so a worker thread can make them while the store thread links. */
export function reuseShingles(text: string): Shingles {
  const words = normalizedWords(text);
  const positions = new Map<number, number>();
  for (let i = 0; i + N <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + N).join(' '));
    if (!positions.has(h)) positions.set(h, i);
  }
  return { hashes: [...positions.keys()], at: [...positions.values()] };
}

/** Index the document's shingles and record which stored documents it reports on, or which report on it. */
export function linkReuse(store: Store, doc: ReuseDoc, shingles: Shingles = reuseShingles(doc.text)): void {
  const { hashes } = shingles;
  const positions = new Map<number, number>(hashes.map((h, i) => [h, shingles.at[i]]));
  const shared = new Map<string, number[]>();
  // Two primary records sharing set phrases (two releases of one ministry) do not report on each other:
  // a primary record only looks among reports, a report among everything.
  const primaryKind = PRIMARY_KINDS.has(doc.kind);
  for (const { hash, doc: d } of docsWithShingles(store, hashes, COMMON, primaryKind)) if (d !== doc.id) (shared.get(d) ?? shared.set(d, []).get(d)!).push(positions.get(hash)!);
  insertShingles(store, doc.id, primaryKind, hashes, COMMON);
  if (!shared.size) return;

  const info = store.db.prepare('SELECT id, published, kind, duplicate_of, seq FROM documents WHERE id = ?');
  const self = info.get(doc.id) as Info;
  const root = (d: Info) => d.duplicate_of ?? d.id;
  // the documents sharing most are the only plausible sources (a report draws on a few, not hundreds),
  // and one sharing less than a passage's worth is no source at all
  const best = [...shared.entries()].filter(([, ats]) => ats.length >= Math.min(MIN_RUN * MIN_PASSAGES, MIN_SHARED)).sort((a, b) => b[1].length - a[1].length).slice(0, MAX_SOURCES);
  for (const [other, ats] of best) {
    const o = info.get(other) as Info | undefined;
    if (!o || root(o) === root(self) || o.duplicate_of === self.id) continue; // a copy does not report on its original
    const passages = runs(ats.sort((a, b) => a - b));
    const [reporter, source] = direction(self, o);
    const share = () => ats.length / Math.max(1, reporter === self ? positions.size : shingleCount(store, reporter.id));
    if (passages >= MIN_PASSAGES || (ats.length >= MIN_SHARED && share() >= MIN_SHARE))
      insertReportsOn(store, reporter.id, source.id, passages);
  }
}

/**
 * Passages the two texts share: runs of overlapping shared shingles, counted when at least MIN_RUN
 * long (a single shared 5-gram is often a set phrase: "on the Korean Peninsula and").
 */
function runs(sorted: number[]): number {
  let count = 0;
  let length = 0;
  let prev = -Infinity;
  for (const at of sorted) {
    if (at > prev + 1) {
      if (length >= MIN_RUN) count++;
      length = 0;
    }
    length++;
    prev = at;
  }
  return length >= MIN_RUN ? count + 1 : count;
}

/** The later document reports on the earlier; on the same day a news report on a primary text; else the newcomer on the stored one. */
function direction(self: Info, other: Info): [Info, Info] {
  const a = self.published, b = other.published;
  if (a && b) {
    const n = Math.min(a.length, b.length);
    if (a.slice(0, n) !== b.slice(0, n)) return a.slice(0, n) > b.slice(0, n) ? [self, other] : [other, self];
  }
  const selfPrimary = PRIMARY_KINDS.has(self.kind), otherPrimary = PRIMARY_KINDS.has(other.kind);
  if (selfPrimary !== otherPrimary) return selfPrimary ? [other, self] : [self, other];
  return self.seq > other.seq ? [self, other] : [other, self];
}
