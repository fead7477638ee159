// Changes to what an existing store holds, applied once when a store made by an older version is
// opened for writing (its PRAGMA user_version says which it has had). New stores start current.
import type { DB } from './connection.js';
import { anchorsOf, COMMON_ANCHOR, PRIMARY_KINDS, reuseShingles } from '../link/minhash.js';

/**
 * The text-reuse index of version 3 from the documents the older one held (those ingested with the
 * quotes layer), in the order they were stored, with the same cap on an anchor's postings.
 */
function rebuildReuseAnchors(db: DB): void {
  const old = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'reuse_docs'").get();
  if (!old) return;
  const count = db.prepare('INSERT INTO reuse_anchor_counts (hash, n) SELECT value, 1 FROM json_each(?) WHERE true ON CONFLICT(hash) DO UPDATE SET n = n + 1');
  const add = db.prepare(
    'INSERT OR IGNORE INTO reuse_anchors (hash, seq, primary_kind) SELECT j.value, ?, ? FROM json_each(?) j JOIN reuse_anchor_counts c ON c.hash = j.value WHERE c.n <= ?',
  );
  const text = db.prepare('SELECT main_text FROM documents WHERE seq = ?').pluck();
  const docs = db.prepare('SELECT d.seq, d.kind FROM reuse_docs r JOIN documents d ON d.id = r.doc ORDER BY d.seq').all() as { seq: number; kind: string }[];
  for (const d of docs) {
    const json = JSON.stringify(anchorsOf(reuseShingles(text.get(d.seq) as string)));
    count.run(json);
    add.run(d.seq, PRIMARY_KINDS.has(d.kind) ? 1 : 0, json, COMMON_ANCHOR + 1);
  }
  db.exec('DROP TABLE reuse_shingles; DROP TABLE reuse_counts; DROP TABLE reuse_docs;');
}

/** Adds the columns a documents table lacks (a store whose version was set back may have them). */
function addDocumentColumns(columns: string[]): (db: DB) => void {
  return (db) => {
    const has = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('documents') as string[]));
    for (const c of columns) if (!has.has(c.split(' ')[0])) db.exec(`ALTER TABLE documents ADD COLUMN ${c}`);
  };
}

export interface Migration {
  version: number;
  why: string;
  sql: string;
  /** What SQL alone cannot do, run after `sql` in the same transaction. */
  run?(db: DB): void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    why: "day keys of events name a state or an actor; pair keys name the year",
    sql: `
INSERT OR IGNORE INTO event_keys (key, event)
  SELECT 'd|' || e.type || '|' || e.status || '|' || e.date || '|c:' || c.country, e.id
  FROM events e JOIN event_countries c ON c.event = e.id WHERE e.date IS NOT NULL;
INSERT OR IGNORE INTO event_keys (key, event)
  SELECT 'd|' || e.type || '|' || e.status || '|' || e.date || '|a:' || p.entity, e.id
  FROM events e JOIN event_participants p ON p.event = e.id AND p.actor = 1 WHERE e.date IS NOT NULL;
DELETE FROM event_keys WHERE key GLOB 'd|*' AND key NOT GLOB 'd|*|*|*|*';
INSERT OR IGNORE INTO event_keys (key, event)
  SELECT p.prefix || '|' || coalesce(substr(p.date, 1, 4), '-') || substr(p.key, length(p.prefix) + 1), p.event
  FROM (SELECT k.key, k.event, e.date, 'p|' || e.type || '|' || e.status AS prefix FROM event_keys k JOIN events e ON e.id = k.event
        WHERE k.key GLOB 'p|*' AND k.key NOT GLOB 'p|*|*|*|*|*') p;
DELETE FROM event_keys WHERE key GLOB 'p|*' AND key NOT GLOB 'p|*|*|*|*|*';`,
  },
  {
    version: 2,
    why: 'nothing reads mentions by document',
    sql: 'DROP INDEX IF EXISTS entity_mentions_doc;',
  },
  {
    version: 3,
    why: 'text reuse indexes a sample of the shingles (anchors), by document seq',
    sql: '',
    run: rebuildReuseAnchors,
  },
  {
    version: 4,
    why: "documents keep the authors and tags their front matter gives (null in documents stored before)",
    sql: '',
    run: addDocumentColumns(['authors TEXT', 'tags TEXT']),
  },
  {
    version: 5,
    why: "a speaker's waiting quotes are read by date (quotes_waiting), which also serves speaker and status alone",
    sql: 'DROP INDEX IF EXISTS quotes_speaker_status;',
  },
];

export const STORE_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
