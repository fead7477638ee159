// MinHash signatures and LSH band buckets, so a new document meets only its likely near-duplicates.
import { prepared, type Store } from './db.js';

// One row per (band, bucket) key and document, in a clustered key (WITHOUT ROWID): a lookup of all
// of a document's bands is one index range scan per key, and a write is one B-tree insert.
export const MINHASH_SCHEMA = `
CREATE TABLE IF NOT EXISTS minhash (
  doc TEXT PRIMARY KEY REFERENCES documents(id),
  signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh_keys (
  key INTEGER NOT NULL,
  doc TEXT NOT NULL REFERENCES documents(id),
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;
`;

/** The band number and the band's bucket as one integer key. */
function bandKey(band: number, bucket: number): bigint {
  return (BigInt(band) << 32n) | BigInt(bucket >>> 0);
}

/** Stores a signature and its band keys, except in `full` bands (see FULL_BUCKET). */
export function storeSignature(store: Store, doc: string, sig: Uint32Array, keys: number[], full: Set<number> = new Set()): void {
  prepared(store, 'INSERT OR REPLACE INTO minhash (doc, signature) VALUES (?, ?)').run(doc, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
  const ins = prepared(store, 'INSERT OR IGNORE INTO lsh_keys (key, doc) VALUES (?, ?)');
  keys.forEach((k, band) => {
    if (!full.has(band)) ins.run(bandKey(band, k), doc);
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
  const inBucket = prepared(store, `SELECT doc FROM lsh_keys WHERE key = ? LIMIT ${FULL_BUCKET}`).pluck();
  const sigQ = prepared(store, 'SELECT signature FROM minhash WHERE doc = ?').pluck();
  const docs = new Set<string>();
  const full = new Set<number>();
  keys.forEach((k, band) => {
    const found = inBucket.all(bandKey(band, k)) as string[];
    if (found.length >= FULL_BUCKET) full.add(band);
    else for (const d of found) docs.add(d);
  });
  const candidates = [...docs].map((doc) => {
    const buf = sigQ.get(doc) as Buffer;
    return { doc, signature: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)) };
  });
  return { candidates, full };
}
