// MinHash signatures of a text's word shingles and their LSH band keys (pure, no store).

export const NUM_HASHES = 64;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
const SHINGLE = 4;

// Fixed odd multipliers and offsets: signatures must agree across runs and machines.
const A = new Uint32Array(NUM_HASHES);
const B = new Uint32Array(NUM_HASHES);
{
  let x = 0x9e3779b9;
  const next = () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), x);
  for (let i = 0; i < NUM_HASHES; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

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
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function shingleHashes(words: string[]): Uint32Array {
  const n = Math.max(0, words.length - SHINGLE + 1);
  const set = new Set<number>();
  for (let i = 0; i < n; i++) set.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return Uint32Array.from(set);
}

export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s];
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = (Math.imul(A[i], x) + B[i]) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
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
