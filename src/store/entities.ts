// Tables of the entities area and their readers: entities, the names seen for them, a key index
// through which documents link to them (never a scan of all entities), roles with the documents
// and dates that attest them, and every mention.
import type { EntityType, ExportEntity, Span } from '../types.js';
import type { Statement } from 'better-sqlite3';
import { prepared, type DB, type Store } from './connection.js';
import { documentWhere, type DocumentFilter } from './document-filter.js';

export const ENTITIES_SCHEMA = `
CREATE TABLE IF NOT EXISTS entities (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT
);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
CREATE TABLE IF NOT EXISTS entity_countries (
  entity TEXT NOT NULL,
  country TEXT NOT NULL,
  docs INTEGER NOT NULL,
  PRIMARY KEY (entity, country)
);
CREATE TABLE IF NOT EXISTS entity_names (
  entity TEXT NOT NULL,
  name TEXT NOT NULL,
  count INTEGER NOT NULL,
  first_seq INTEGER NOT NULL,
  PRIMARY KEY (entity, name)
) WITHOUT ROWID;
-- a new name's first_seq is max + 1: without this index every name added scans them all
CREATE INDEX IF NOT EXISTS entity_names_first_seq ON entity_names(first_seq);
CREATE TABLE IF NOT EXISTS entity_keys (
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  entity TEXT NOT NULL,
  PRIMARY KEY (type, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_surnames (
  key TEXT NOT NULL,
  entity TEXT NOT NULL,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_roles (
  entity TEXT NOT NULL,
  title TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL,
  date TEXT,
  PRIMARY KEY (entity, title, country, doc)
) WITHOUT ROWID;
-- the roles a document gives (the conflicts check reads those of an event's reports only)
CREATE INDEX IF NOT EXISTS entity_roles_doc ON entity_roles(doc, entity);
-- one B-tree, keyed as readers look mentions up (by entity); a span is one mention however often it is filed
CREATE TABLE IF NOT EXISTS entity_mentions (
  entity TEXT NOT NULL,
  doc TEXT NOT NULL,
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  clean_start INTEGER NOT NULL,
  clean_end INTEGER NOT NULL,
  PRIMARY KEY (entity, doc, start, "end")
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_locals (
  doc TEXT NOT NULL,
  local_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  speaker INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc, local_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_locals_entity ON entity_locals(entity);
`;

/** Names in the order a person is shown by: full names before one-word ones, then the most used. */
const FULL_NAMES_FIRST = "instr(trim(name), ' ') > 0 DESC, count DESC, first_seq";

export interface EntityRow {
  seq: number;
  id: string;
  type: EntityType;
  /** The name it was created with; people are shown by their most frequent spelling instead. */
  name: string;
  country: string | null;
}

export interface NameRow {
  name: string;
  count: number;
}

export interface RoleRow {
  title: string;
  country: string | null;
  doc: string;
  date: string | null;
}

export interface MentionRow extends Span {
  entity: string;
  cleanStart: number;
  cleanEnd: number;
}

/** The area's statements, in forms both backends accept (the test of the PostgreSQL store runs them on both). */
export const ENTITY_STATEMENTS = {
  findKey: 'SELECT entity FROM entity_keys WHERE type = ? AND key = ?',
  addKey: 'INSERT INTO entity_keys (type, key, entity) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  bySurname: 'SELECT entity FROM entity_surnames WHERE key = ?',
  addSurname: 'INSERT INTO entity_surnames (key, entity) VALUES (?, ?) ON CONFLICT DO NOTHING',
  addEntity: 'INSERT INTO entities (id, type, name, country) VALUES (?, ?, ?, ?)',
  getEntity: 'SELECT seq, id, type, name, country FROM entities WHERE id = ?',
  voteCountry: `INSERT INTO entity_countries (entity, country, docs) VALUES (?, ?, 1)
                ON CONFLICT (entity, country) DO UPDATE SET docs = entity_countries.docs + 1`,
  setCountry: `UPDATE entities SET country = (SELECT country FROM entity_countries WHERE entity = ? ORDER BY docs DESC, rowid LIMIT 1) WHERE id = ?`,
  addName: `INSERT INTO entity_names (entity, name, count, first_seq) VALUES (?, ?, ?, (SELECT coalesce(max(first_seq), 0) + 1 FROM entity_names))
            ON CONFLICT (entity, name) DO UPDATE SET count = entity_names.count + excluded.count`,
  addRole: 'INSERT INTO entity_roles (entity, title, country, doc, date) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  addMention: 'INSERT INTO entity_mentions (entity, doc, local_id, start, "end", text, clean_start, clean_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  addLocal: `INSERT INTO entity_locals (doc, local_id, entity, speaker) VALUES (?, ?, ?, ?)
            ON CONFLICT (doc, local_id) DO UPDATE SET entity = excluded.entity, speaker = excluded.speaker`,
} as const;

type Statements = { [K in keyof typeof ENTITY_STATEMENTS]: Statement };
const cache = new WeakMap<DB, Statements>();

/** Prepared statements, made once per connection (linking runs them for every document). */
function statements(db: DB): Statements {
  let s = cache.get(db);
  if (!s) {
    s = Object.fromEntries(Object.entries(ENTITY_STATEMENTS).map(([k, sql]) => [k, db.prepare(sql)])) as Statements;
    cache.set(db, s);
  }
  return s;
}

export function entityByKey(store: Store, type: EntityType, key: string): string | null {
  return (statements(store.db).findKey.pluck().get(type, key) as string | undefined) ?? null;
}

export function entitiesBySurname(store: Store, key: string): string[] {
  return statements(store.db).bySurname.pluck().all(key) as string[];
}

export function createEntity(store: Store, id: string, type: EntityType, name: string, country: string | null): void {
  statements(store.db).addEntity.run(id, type, name, country);
}

export function getEntity(store: Store, id: string): EntityRow | null {
  return (statements(store.db).getEntity.get(id) as EntityRow | undefined) ?? null;
}

/** One document's word on an entity's state; the entity keeps the state most documents give it. */
export function voteEntityCountry(store: Store, id: string, country: string): void {
  const s = statements(store.db);
  s.voteCountry.run(id, country);
  s.setCountry.run(id, id);
}

export function addEntityKey(store: Store, type: EntityType, key: string, entity: string): void {
  statements(store.db).addKey.run(type, key, entity);
}

export function addEntitySurname(store: Store, key: string, entity: string): void {
  statements(store.db).addSurname.run(key, entity);
}

export function addEntityName(store: Store, entity: string, name: string, count: number): void {
  statements(store.db).addName.run(entity, name, count);
}

export function addEntityRole(store: Store, entity: string, role: RoleRow): void {
  statements(store.db).addRole.run(entity, role.title, role.country ?? '', role.doc, role.date);
}

export function addEntityMention(store: Store, entity: string, localId: string, m: Span & { cleanStart: number; cleanEnd: number }): void {
  statements(store.db).addMention.run(entity, m.doc, localId, m.start, m.end, m.text, m.cleanStart, m.cleanEnd);
}

export function addEntityLocal(store: Store, doc: string, localId: string, entity: string, speaker: boolean): void {
  statements(store.db).addLocal.run(doc, localId, entity, speaker ? 1 : 0);
}

// ---------------------------------------------------------------- readers

export function entityNames(store: Store, entity: string): NameRow[] {
  return store.db.prepare(`SELECT name, count FROM entity_names WHERE entity = ? ORDER BY ${FULL_NAMES_FIRST}`).all(entity) as NameRow[];
}

export function entityRoles(store: Store, entity: string): RoleRow[] {
  return (store.db.prepare(
    `SELECT r.title, r.country, r.doc, r.date FROM entity_roles r JOIN documents d ON d.id = r.doc
     WHERE r.entity = ? ORDER BY r.date IS NULL, r.date, d.seq`,
  ).all(entity) as RoleRow[]).map((r) => ({ ...r, country: r.country || null }));
}

/** The roles one document gives an entity (through the roles' document index: a famous person's other roles are not read). */
export function entityRolesInDoc(store: Store, entity: string, doc: string): RoleRow[] {
  return (prepared(store, 'SELECT title, country, doc, date FROM entity_roles WHERE doc = ? AND entity = ?').all(doc, entity) as RoleRow[]).map((r) => ({ ...r, country: r.country || null }));
}

export function entityMentions(store: Store, entity: string): MentionRow[] {
  return store.db
    .prepare(
      `SELECT m.entity, m.doc, m.start, m."end", m.text, m.clean_start AS cleanStart, m.clean_end AS cleanEnd
       FROM entity_mentions m JOIN documents d ON d.id = m.doc WHERE m.entity = ? ORDER BY d.seq, m.start, m."end"`,
    )
    .all(entity) as MentionRow[];
}

/** The store entity a document's local entity was linked to. */
export function entityOfLocal(store: Store, doc: string, localId: string): string | null {
  return (store.db.prepare('SELECT entity FROM entity_locals WHERE doc = ? AND local_id = ?').pluck().get(doc, localId) as string | undefined) ?? null;
}

/** Entities whose names contain `text` (case-insensitive), best known first. */
export function findEntitiesByName(store: Store, text: string, limit = 20): EntityRow[] {
  return store.db
    .prepare(
      `SELECT e.seq, e.id, e.type, e.name, e.country FROM entities e
       JOIN (SELECT entity, sum(count) AS n FROM entity_names WHERE name LIKE ? ESCAPE '\\' GROUP BY entity) x ON x.entity = e.id
       ORDER BY (SELECT count(*) FROM entity_mentions m WHERE m.entity = e.id) DESC LIMIT ?`,
    )
    .all(`%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`, limit) as EntityRow[];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  mentions: number;
  documents: number;
}

export function listEntities(
  store: Store,
  filter: { type?: EntityType; country?: string; countries?: string[]; docs?: DocumentFilter } = {},
): EntitySummary[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.type) where.push('e.type = ?'), args.push(filter.type);
  if (filter.country) where.push('e.country = ?'), args.push(filter.country);
  if (filter.countries?.length) where.push(`e.country IN (${filter.countries.map(() => '?').join(', ')})`), args.push(...filter.countries);
  const name = `CASE WHEN e.type = 'person' THEN (SELECT name FROM entity_names n WHERE n.entity = e.id ORDER BY ${FULL_NAMES_FIRST} LIMIT 1) ELSE e.name END AS name`;
  // Counted only in the documents a filter keeps (alias d), when there is one.
  if (filter.docs) {
    const docs = documentWhere(filter.docs);
    return store.db
      .prepare(
        `SELECT e.id, e.type, e.country, ${name}, count(*) AS mentions, count(DISTINCT m.doc) AS documents
         FROM entities e JOIN entity_mentions m ON m.entity = e.id JOIN documents d ON d.id = m.doc
         WHERE ${[...where, `(${docs.sql})`].join(' AND ')}
         GROUP BY e.id ORDER BY mentions DESC, e.seq`,
      )
      .all(...args, ...docs.args) as EntitySummary[];
  }
  return store.db
    .prepare(
      `SELECT e.id, e.type, e.country, ${name},
         (SELECT count(*) FROM entity_mentions m WHERE m.entity = e.id) AS mentions,
         (SELECT count(DISTINCT doc) FROM entity_mentions m WHERE m.entity = e.id) AS documents
       FROM entities e ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY mentions DESC, e.seq`,
    )
    .all(...args) as EntitySummary[];
}

/** Every entity in the attache/1 shape; duplicates' mentions and roles count like any document's. */
export function exportEntities(store: Store): ExportEntity[] {
  const db = store.db;
  const names = new Map<string, NameRow[]>();
  for (const r of db.prepare(`SELECT entity, name, count FROM entity_names ORDER BY entity, ${FULL_NAMES_FIRST}`).all() as (NameRow & { entity: string })[]) {
    const list = names.get(r.entity) ?? [];
    list.push(r);
    names.set(r.entity, list);
  }
  const roles = new Map<string, { title: string; country: string | null; docs: string[] }[]>();
  for (const r of db
    .prepare('SELECT r.entity, r.title, r.country, r.doc FROM entity_roles r JOIN documents d ON d.id = r.doc ORDER BY r.entity, d.seq')
    .all() as (RoleRow & { entity: string })[]) {
    const list = roles.get(r.entity) ?? [];
    const country = r.country || null;
    let role = list.find((x) => x.title === r.title && x.country === country);
    if (!role) list.push((role = { title: r.title, country, docs: [] }));
    if (!role.docs.includes(r.doc)) role.docs.push(r.doc);
    roles.set(r.entity, list);
  }
  const mentions = new Map<string, Span[]>();
  for (const m of db
    .prepare('SELECT m.entity, m.doc, m.start, m."end", m.text FROM entity_mentions m JOIN documents d ON d.id = m.doc ORDER BY m.entity, d.seq, m.start, m."end"')
    .all() as (Span & { entity: string })[]) {
    const list = mentions.get(m.entity) ?? [];
    list.push({ doc: m.doc, start: m.start, end: m.end, text: m.text });
    mentions.set(m.entity, list);
  }
  return (db.prepare('SELECT seq, id, type, name, country FROM entities ORDER BY seq').all() as EntityRow[]).map((e) => {
    const n = names.get(e.id) ?? [];
    const name = displayName(e, n);
    return {
      id: e.id,
      type: e.type,
      name,
      aliases: n.map((x) => x.name).filter((x) => x !== name),
      country: e.country,
      roles: foldUnplacedRoles(roles.get(e.id) ?? []),
      mentions: mentions.get(e.id) ?? [],
    };
  });
}

/** People go by their full name seen most often (names come in FULL_NAMES_FIRST order); other entities keep their canonical name. */
export function displayName(e: EntityRow, names: NameRow[]): string {
  return e.type === 'person' && names.length ? names[0].name : e.name;
}

/** A role a document gives without a country joins the same title held for one known country. */
function foldUnplacedRoles<R extends { title: string; country: string | null; docs: string[] }>(roles: R[]): R[] {
  const out = roles.filter((r) => r.country !== null);
  for (const r of roles) {
    if (r.country !== null) continue;
    const placed = out.filter((x) => x.title === r.title);
    if (placed.length === 1) for (const d of r.docs) !placed[0].docs.includes(d) && placed[0].docs.push(d);
    else out.push(r);
  }
  return out;
}

/** Every entity mention with its entity, in entity order, read one at a time (the connection is busy until the walk ends). */
export function* mentionRows(store: Store): Generator<Span & { entity: string }> {
  yield* store.db.prepare('SELECT entity, doc, start, "end", text FROM entity_mentions ORDER BY entity, doc, start').iterate() as IterableIterator<Span & { entity: string }>;
}

/** Entity ids in creation order. */
export function entityIdsInOrder(store: Store): string[] {
  return store.db.prepare('SELECT id FROM entities ORDER BY seq').pluck().all() as string[];
}

/** The documents that mention an entity. */
export function mentionDocs(store: Store, id: string): string[] {
  return store.db.prepare('SELECT DISTINCT doc FROM entity_mentions WHERE entity = ?').pluck().all(id) as string[];
}
