// Opening a PostgreSQL store: the tables of every area created once (several processes may open a
// new database at the same moment: an advisory lock makes one of them create it), and the store's
// version kept in a table of its own, as SQLite keeps it in PRAGMA user_version.
import { StoreError } from '../connection.js';
import { STORE_VERSION } from '../migrations.js';
import { POSTGRES } from '../dialect.js';
import { schemas } from '../schema.js';
import { displayUrl, firstLine, PgClient } from './client.js';
import { postgresSchema } from './ddl.js';

export interface PgStore {
  client: PgClient;
  url: string;
  close(): void;
}

/** Any fixed number: every Attaché process creating tables takes this lock first. */
const SCHEMA_LOCK = 0x41747461;

export function openPostgresStore(url: string, options: { readonly?: boolean } = {}): PgStore {
  const client = new PgClient(url);
  try {
    const exists = client.query(POSTGRES.parameters(POSTGRES.tableExists), ['documents']).length > 0;
    if (options.readonly && !exists) throw new StoreError(`${displayUrl(url)}: no store here (run "attache ingest --db ${displayUrl(url)} …" first)`);
    if (!options.readonly) client.transaction(() => {
      client.query(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
      client.query('CREATE TABLE IF NOT EXISTS attache_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      for (const sql of postgresSchema(schemas())) client.query(sql);
      client.query("INSERT INTO attache_meta (key, value) VALUES ('version', $1) ON CONFLICT (key) DO NOTHING", [String(STORE_VERSION)]);
    });
    const version = Number(client.query<{ value: string }>("SELECT value FROM attache_meta WHERE key = 'version'")[0]?.value ?? STORE_VERSION);
    if (version > STORE_VERSION) throw new StoreError(`${displayUrl(url)}: the store was made by a newer Attaché (version ${version}; this one reads up to ${STORE_VERSION})`);
  } catch (err) {
    client.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${displayUrl(url)}: not an Attaché store or damaged (${firstLine(err)})`);
  }
  return { client, url, close: () => client.close() };
}
