// Changes to what an existing store holds, applied once when a store made by an older version is
// opened for writing (its PRAGMA user_version says which it has had). New stores start current.

export interface Migration {
  version: number;
  why: string;
  sql: string;
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
];

export const STORE_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
