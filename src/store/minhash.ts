// MinHash signatures and LSH band buckets, so a new document meets only its likely near-duplicates.
import { BANDS } from '../link/minhash.js';
import type { Store } from './db.js';

export const MINHASH_SCHEMA = `
CREATE TABLE IF NOT EXISTS minhash (
  doc TEXT PRIMARY KEY REFERENCES documents(id),
  signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh_bands (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  doc TEXT NOT NULL REFERENCES documents(id)
);
CREATE INDEX IF NOT EXISTS lsh_bands_bucket ON lsh_bands(band, bucket);
`;

export function storeSignature(store: Store, doc: string, sig: Uint32Array, keys: number[]): void {
  store.db.prepare('INSERT OR REPLACE INTO minhash (doc, signature) VALUES (?, ?)').run(doc, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
  const ins = store.db.prepare('INSERT INTO lsh_bands (band, bucket, doc) VALUES (?, ?, ?)');
  keys.forEach((k, band) => ins.run(band, k, doc));
}

/** Documents sharing at least one band bucket, with their signatures. */
export function bandCandidates(store: Store, keys: number[]): { doc: string; signature: Uint32Array }[] {
  const found = new Set<string>();
  const q = store.db.prepare('SELECT doc FROM lsh_bands WHERE band = ? AND bucket = ?');
  for (let band = 0; band < BANDS; band++) for (const r of q.all(band, keys[band]) as { doc: string }[]) found.add(r.doc);
  const sigQ = store.db.prepare('SELECT signature FROM minhash WHERE doc = ?');
  return [...found].map((doc) => {
    const buf = (sigQ.get(doc) as { signature: Buffer }).signature;
    return { doc, signature: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)) };
  });
}
