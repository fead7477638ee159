// The embedded SQLite store: one file, no server. Each area registers its own tables (schema.ts).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { SQLITE } from './dialect.js';
import { MIGRATIONS, STORE_VERSION } from './migrations.js';
import { schemas } from './schema.js';
import { StoreError, type DB, type Store } from './connection.js';
import { displayUrl, isPostgresUrl } from './pg/client.js';

export { StoreError, type DB, type Store } from './connection.js';

export interface OpenOptions {
  readonly?: boolean;
  /**
   * Pages kept in memory, in KB (default 256 MB, taken only as the store grows). A reader that reads
   * each page once, in order (an export), keeps its memory flat with a small cache.
   */
  cacheKb?: number;
}

export function openStore(file: string, options: OpenOptions = {}): Store {
  // (a file named after the address would be made otherwise)
  if (isPostgresUrl(file))
    throw new StoreError(`${displayUrl(file)}: PostgreSQL stores cannot be ingested into or read yet (only their tables are built so far); use a SQLite file`);
  if (options.readonly && file !== ':memory:' && !fs.existsSync(file))
    throw new StoreError(`${file}: no store here (run "attache ingest --db ${file} …" first)`);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: DB;
  try {
    db = new Database(file, { readonly: !!options.readonly, fileMustExist: !!options.readonly });
  } catch (err) {
    throw new StoreError(`${file}: cannot open the store (${(err as Error).message})`);
  }
  try {
    if (!options.readonly) {
      // A new store gets 16 KB pages (an existing one keeps its own): a bulk ingest rewrites the same
      // index pages commit after commit, and a quarter as many pages means a quarter as many reads
      // and writes of the file (system time of the storing thread 8.7 → 3.5 s on the 20,000-document bench).
      db.pragma('page_size = 16384');
      // WAL keeps readers working during an ingest; NORMAL sync is durable at each commit in WAL mode.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Checkpoint the log into the store every ~40 MB instead of every 4 MB: index pages that
      // several commits rewrite are copied once (a third fewer writes in a bulk ingest).
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma('foreign_keys = ON');
    // Up to 256 MB of pages in memory (taken only as the store grows): an ingest's indexes are
    // updated all over at each commit, and with 64 MB most of those pages were read back from the file.
    db.pragma(`cache_size = -${Math.max(1024, Math.round(options.cacheKb ?? 262144))}`);
    db.pragma('temp_store = MEMORY');
    if (!options.readonly) {
      const existed = !!db.prepare(SQLITE.tableExists).get('documents');
      const version = db.pragma('user_version', { simple: true }) as number;
      for (const sql of schemas()) if (sql.trim()) db.exec(sql);
      const due = existed ? MIGRATIONS.filter((m) => m.version > version) : [];
      if (due.length) db.transaction(() => due.forEach((m) => (db.exec(m.sql), m.run?.(db))))();
      if (version !== STORE_VERSION) db.pragma(`user_version = ${STORE_VERSION}`);
    }
  } catch (err) {
    db.close();
    throw new StoreError(`${file}: not an Attaché store or damaged (${(err as Error).message})`);
  }
  return { db, path: file, close: () => db.close() };
}
