// MinHash signatures and LSH band buckets, so a new document meets only its likely near-duplicates.
import { prepared, type Store } from './connection.js';

// Both tables are keyed by the document's integer seq, not its text id: the signature table is then
// appended to in order, and the bucket index (one row per band and document, clustered WITHOUT
// ROWID) stays small, so each commit rewrites fewer of its pages.
export const MINHASH_SCHEMA = `
CREATE TABLE IF NOT EXISTS minhash (
  seq INTEGER PRIMARY KEY REFERENCES documents(seq),
  signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh_keys (
  key INTEGER NOT NULL,
  seq INTEGER NOT NULL REFERENCES documents(seq),
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;
`;

/**
 * The band number and the band's bucket as one integer key: band × 2³² + bucket, below 2⁵³ for any
 * band count we use, so a plain number holds it exactly (BigInt arithmetic cost more than the insert).
 */
function bandKey(band: number, bucket: number): number {
  return band * 0x1_0000_0000 + (bucket >>> 0);
}

/** Stores a signature and its band keys, except in `full` bands (see FULL_BUCKET). */
export function storeSignature(store: Store, seq: number, sig: Uint32Array, keys: number[], full: Set<number> = new Set()): void {
  prepared(store, 'INSERT INTO minhash (seq, signature) VALUES (?, ?) ON CONFLICT (seq) DO UPDATE SET signature = excluded.signature').run(seq, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
  const ins = prepared(store, 'INSERT INTO lsh_keys (key, seq) VALUES (?, ?) ON CONFLICT DO NOTHING');
  keys.forEach((k, band) => {
    if (!full.has(band)) ins.run(bandKey(band, k), seq);
  });
}

/**
 * A bucket holding this many documents is boilerplate shared by many texts, not a sign of a copy:
 * it is skipped (and not grown), which bounds the work per new document whatever the store's size.
 * A true copy still meets its original in the other bands.
 */
export const FULL_BUCKET = 64;

/** Documents sharing at least one (not full) band bucket, with their signatures; full buckets are reported. */
export function bandCandidates(store: Store, keys: number[]): { candidates: { doc: string; signature: Uint32Array }[]; full: Set<number> } {
  const inBucket = prepared(store, `SELECT seq FROM lsh_keys WHERE key = ? LIMIT ${FULL_BUCKET}`, { pluck: true });
  const sigQ = prepared(store, 'SELECT d.id AS doc, m.signature AS signature FROM minhash m JOIN documents d ON d.seq = m.seq WHERE m.seq = ?');
  const seqs = new Set<number>();
  const full = new Set<number>();
  keys.forEach((k, band) => {
    const found = inBucket.all(bandKey(band, k)) as number[];
    if (found.length >= FULL_BUCKET) full.add(band);
    else for (const s of found) seqs.add(s);
  });
  const candidates = [...seqs].map((seq) => {
    const { doc, signature: buf } = sigQ.get(seq) as { doc: string; signature: Buffer };
    return { doc, signature: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)) };
  });
  return { candidates, full };
}
