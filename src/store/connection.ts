// A connection to the store and the statements compiled on it: what every area of the store
// needs, kept apart from opening the store (db.ts), which needs every area's schema.
import type Database from 'better-sqlite3';

export type DB = Database.Database;

export class StoreError extends Error {}

export interface Store {
  db: DB;
  path: string;
  close(): void;
}

/** Per connection, statements by SQL: as written, and plucking (two maps: no key to build per call). */
const statements = new WeakMap<DB, [Map<string, Database.Statement>, Map<string, Database.Statement>]>();

/**
 * A prepared statement, compiled once per connection: ingest runs the same few statements per
 * document. `pluck` (rows as their first column) is a statement's own state, so a plucking use gets
 * a statement of its own: one use switching a shared statement once read `{entity}` rows as strings.
 */
export function prepared(store: Store, sql: string, options: { pluck?: boolean } = {}): Database.Statement {
  let maps = statements.get(store.db);
  if (!maps) statements.set(store.db, (maps = [new Map(), new Map()]));
  const m = maps[options.pluck ? 1 : 0];
  let st = m.get(sql);
  if (!st) m.set(sql, (st = options.pluck ? store.db.prepare(sql).pluck() : store.db.prepare(sql)));
  return st;
}

/**
 * FN as one transaction: all its writes or none (an exception rolls back and is thrown again). Called
 * inside another such function, it is a savepoint of that transaction. Make it once and call it often:
 * the function made keeps its statements.
 */
export function transaction<A extends unknown[], R>(store: Store, fn: (...args: A) => R): (...args: A) => R {
  return store.db.transaction(fn);
}

/** Changes with every commit another connection makes to the store (not with this connection's own). */
export function dataVersion(store: Store): number {
  return store.db.pragma('data_version', { simple: true }) as number;
}
