// MinHash signatures of a text's word shingles and their LSH band keys (pure, no store).

// 16 bands of 8 rows: two texts with Jaccard 0.8 share a band with probability 0.95 (0.9: >0.9999),
// while texts that only share boilerplate (Jaccard 0.3) do with probability 0.001, so candidate
// lists stay short even in a store full of look-alike press releases.
export const NUM_HASHES = 128;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
const SHINGLE = 4;

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Words of a text, folded so that quotes, dashes and case do not matter. */
export function normalizedWords(text: string): string[] {
  const lower = text.toLowerCase();
  // NFKC changes nothing in ASCII text: skip it there (most of the cost for English).
  return (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKC') : lower).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * fnv1a of each word of normalizedWords(text), in order. ASCII text (most of it) is hashed in one
 * pass without making the words; other text goes through normalizedWords.
 */
export function wordHashes(text: string): number[] {
  if (/[^\x00-\x7f]/.test(text)) return normalizedWords(text).map(fnv1a);
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32; // the ASCII of toLowerCase
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) (h = 0x811c9dc5), (inWord = true);
      h ^= c;
      h = Math.imul(h, 0x01000193);
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** The hash of the run of SHINGLE words starting at word i, from word hashes (no joined strings). */
function shingleAt(wh: ArrayLike<number>, i: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul((h ^ wh[i + k]) >>> 0, 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hash of every run of n consecutive words, one per starting word, from word hashes (repeats kept). */
export function ngramHashes(wh: ArrayLike<number>, n: number): Uint32Array {
  const out = new Uint32Array(Math.max(0, wh.length - n + 1));
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = Math.imul((h ^ wh[i + k]) >>> 0, 0x01000193);
    out[i] = mix(h >>> 0);
  }
  return out;
}

/** Hashes of every run of SHINGLE consecutive words, each once. */
export function shingleHashes(words: string[]): Uint32Array {
  const n = Math.max(0, words.length - SHINGLE + 1);
  const wh = words.map(fnv1a);
  const set = new Set<number>();
  for (let i = 0; i < n; i++) set.add(shingleAt(wh, i));
  return Uint32Array.from(set);
}

/** A 32-bit finaliser (MurmurHash3 fmix32): spreads the bits of a shingle hash. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const BIN_BITS = Math.log2(NUM_HASHES);

/**
 * One-permutation MinHash: each shingle is hashed once; its top bits pick one of NUM_HASHES bins
 * and the bin keeps its smallest remaining value. Empty bins borrow from the next filled bin
 * (rotation densification), so short texts still get a full signature. Costs one hash per
 * shingle instead of NUM_HASHES, with the same collision behaviour for LSH.
 */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const filled = new Uint8Array(NUM_HASHES);
  for (let s = 0; s < shingles.length; s++) keepMin(sig, filled, shingles[s]);
  return densify(sig, filled, shingles.length > 0);
}

/** The signature of the shingles of words with these hashes (repeated shingles change no minimum, so no set). */
function signatureOfWords(wh: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const filled = new Uint8Array(NUM_HASHES);
  const n = wh.length - SHINGLE + 1;
  for (let i = 0; i < n; i++) keepMin(sig, filled, shingleAt(wh, i));
  return densify(sig, filled, n > 0);
}

function keepMin(sig: Uint32Array, filled: Uint8Array, shingle: number): void {
  const h = mix(shingle);
  const bin = h >>> (32 - BIN_BITS);
  const v = (h << BIN_BITS) >>> 0;
  if (!filled[bin] || v < sig[bin]) {
    sig[bin] = v;
    filled[bin] = 1;
  }
}

function densify(sig: Uint32Array, filled: Uint8Array, any: boolean): Uint32Array {
  if (!any) return sig;
  for (let i = 0; i < NUM_HASHES; i++) {
    if (filled[i]) continue;
    let d = 1;
    while (!filled[(i + d) % NUM_HASHES]) d++;
    sig[i] = mix((sig[(i + d) % NUM_HASHES] + Math.imul(d, 0x9e3779b9)) >>> 0);
  }
  return sig;
}

/** One key per band: documents sharing any band key are candidates. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193);
    keys.push(h | 0);
  }
  return keys;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** Texts shorter than this many words are compared only exactly (short texts collide easily). */
export const MIN_WORDS = 40;

export interface Fingerprint {
  signature: Uint32Array;
  keys: number[];
}

/**
 * The MinHash signature and band keys of a main text, or null when it is too short to compare
 * (`wh`: its wordHashes, when the caller has them already).
 */
export function fingerprint(mainText: string, wh: ArrayLike<number> = wordHashes(mainText)): Fingerprint | null {
  if (wh.length < MIN_WORDS) return null;
  const sig = signatureOfWords(wh);
  return { signature: sig, keys: bandKeys(sig) };
}

// ---------------------------------------------------------------- text-reuse shingles

/** Text reuse compares word 5-grams (a shared passage is 6+ words: two overlapping ones). */
export const REUSE_N = 5;
/**
 * Anchors are the shingles winnowing picks (Schleimer et al. 2003): the smallest hash of every
 * WINDOW consecutive shingles. Only anchors are indexed (about 2 / (WINDOW + 1) of the shingles),
 * and any passage of WINDOW shingles (WINDOW + 4 words) two texts share gives both the same anchor:
 * real reuse (a quoted sentence) is always found; a few words in common, mostly set phrases, may not be.
 */
export const WINDOW = 8;

/** An anchor in more documents than this is common language, not reuse: its postings stop growing. */
export const COMMON_ANCHOR = 40;

/** A text's word 5-gram shingles, one hash per starting word (a typed array: it crosses threads without a copy). */
export type Shingles = Uint32Array;

/** Pure, so a worker thread can make them while the store thread links (`wh`: the text's wordHashes, when made already). */
export function reuseShingles(text: string, wh: ArrayLike<number> = wordHashes(text)): Shingles {
  return ngramHashes(wh, REUSE_N);
}

/** Kinds of primary records: two of them never report on each other (a ministry's releases share set phrases). */
export const PRIMARY_KINDS: ReadonlySet<string> = new Set(['transcript', 'statement', 'press_release', 'readout', 'joint_statement']);

/** Positions of a text's anchors, in order: in each window the smallest hash (the rightmost of equals). */
export function anchorPositions(shingles: Shingles): number[] {
  const out: number[] = [];
  if (!shingles.length) return out;
  if (shingles.length <= WINDOW) return [minAt(shingles, 0, shingles.length)];
  let last = -1;
  for (let i = 0; i + WINDOW <= shingles.length; i++) {
    // the window's minimum is the last one unless it fell out of the window
    const at = last >= i ? (shingles[i + WINDOW - 1] <= shingles[last] ? i + WINDOW - 1 : last) : minAt(shingles, i, i + WINDOW);
    if (at !== last) out.push((last = at));
  }
  return out;
}

function minAt(a: Shingles, from: number, to: number): number {
  let at = from;
  for (let i = from + 1; i < to; i++) if (a[i] <= a[at]) at = i;
  return at;
}

/** A text's distinct anchor hashes. */
export function anchorsOf(shingles: Shingles): number[] {
  return [...new Set(anchorPositions(shingles).map((i) => shingles[i]))];
}
