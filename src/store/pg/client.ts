// A synchronous PostgreSQL connection through libpq (its Node binding), with the statements it has
// prepared. Synchronous on purpose: the store's interface is synchronous for both backends (see
// src/store/README.md), as better-sqlite3 is; a process gains parallelism by running several
// ingests or servers against one database, not by overlapping its own queries.
import { createRequire } from 'node:module';
import { StoreError } from '../connection.js';

/** The part of libpq's binding we use: its synchronous calls, each leaving one result to read. */
export interface NativeClient {
  connectSync(params: string): void;
  exec(sql: string): void;
  execParams(sql: string, params: unknown[]): void;
  prepare(name: string, sql: string, params: number): void;
  execPrepared(name: string, params: unknown[]): void;
  resultStatus(): string;
  resultErrorMessage(): string;
  errorMessage(): string;
  ntuples(): number;
  nfields(): number;
  fname(field: number): string;
  ftype(field: number): number;
  getvalue(row: number, field: number): string;
  getisnull(row: number, field: number): boolean;
  finish(): void;
}

type NativeClientClass = new () => NativeClient;

let loaded: NativeClientClass | null | undefined;

/** libpq's binding, an optional dependency (it builds against the system's libpq); null when it is not installed. */
export function nativeClient(): NativeClientClass | null {
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)('libpq') as NativeClientClass;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

/** Type oids whose text PostgreSQL sends as a number or a truth value. */
const NUMBERS = new Set([20, 21, 23, 26, 700, 701, 1700]);
const BOOLEAN = 16;

/** A postgres:// or postgresql:// address: the store is a PostgreSQL database, not a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The address without its password, for messages. */
export function displayUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]+):[^@/]*@/i, '$1:***@');
}

export class PgClient {
  private readonly client: NativeClient;
  private readonly names = new Map<string, string>();
  private depth = 0;

  constructor(readonly url: string) {
    const Client = nativeClient();
    if (!Client)
      throw new StoreError(`${displayUrl(url)}: PostgreSQL needs the optional package libpq, which builds against the system's libpq (apt-get install libpq-dev, then npm install)`);
    this.client = new Client();
    try {
      this.client.connectSync(url);
    } catch (err) {
      throw new StoreError(`${displayUrl(url)}: cannot reach the PostgreSQL server (${firstLine(err)})`);
    }
  }

  /** Runs SQL with $1… parameters, prepared once per connection; returns the rows. */
  query<Row = Record<string, unknown>>(sql: string, params: unknown[] = []): Row[] {
    if (!params.length) this.client.exec(sql);
    else {
      let name = this.names.get(sql);
      if (!name) {
        name = `s${this.names.size + 1}`;
        this.client.prepare(name, sql, params.length);
        this.check(sql);
        this.names.set(sql, name);
      }
      this.client.execPrepared(name, params.map(toText));
    }
    this.check(sql);
    return this.rows<Row>();
  }

  private check(sql: string): void {
    const status = this.client.resultStatus();
    if (status === 'PGRES_FATAL_ERROR' || status === 'PGRES_BAD_RESPONSE' || status === 'PGRES_NONFATAL_ERROR') {
      const message = (this.client.resultErrorMessage() || this.client.errorMessage()).trim().split('\n')[0];
      throw new Error(`${message} (in: ${sql.replace(/\s+/g, ' ').slice(0, 120)})`);
    }
  }

  /** The rows of the last result, numbers and truth values as such, nulls as null. */
  private rows<Row>(): Row[] {
    const c = this.client;
    const n = c.ntuples();
    const fields = c.nfields();
    if (!fields) return [];
    const names: string[] = [];
    const types: number[] = [];
    for (let f = 0; f < fields; f++) (names.push(c.fname(f)), types.push(c.ftype(f)));
    const out: Row[] = [];
    for (let r = 0; r < n; r++) {
      const row: Record<string, unknown> = {};
      for (let f = 0; f < fields; f++) {
        if (c.getisnull(r, f)) row[names[f]] = null;
        else {
          const v = c.getvalue(r, f);
          row[names[f]] = NUMBERS.has(types[f]) ? Number(v) : types[f] === BOOLEAN ? v === 't' : v;
        }
      }
      out.push(row as Row);
    }
    return out;
  }

  /** Runs `work` in one transaction (a savepoint when one is open already); rolls back when it throws. */
  transaction<T>(work: () => T): T {
    const savepoint = this.depth > 0 ? `sp${this.depth}` : null;
    this.query(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN');
    this.depth++;
    try {
      const result = work();
      this.query(savepoint ? `RELEASE SAVEPOINT ${savepoint}` : 'COMMIT');
      return result;
    } catch (err) {
      this.query(savepoint ? `ROLLBACK TO SAVEPOINT ${savepoint}` : 'ROLLBACK');
      throw err;
    } finally {
      this.depth--;
    }
  }

  close(): void {
    finish(this.client);
  }
}

/** Closed connections kept from the garbage collector until the event loop has run (see finish). */
const closing = new Set<NativeClient>();

/**
 * Ends a connection. The binding's finish() hands its socket watcher to libuv to close on the
 * loop's next turn; were the object collected before that turn, libuv would touch freed memory and
 * abort the process (seen as "uv__finish_close: Assertion" when a program went on with other async
 * work). So the object is held until a timer after that turn; the timer does not keep a program alive.
 */
export function finish(client: NativeClient): void {
  client.finish();
  closing.add(client);
  setTimeout(() => closing.delete(client), 100).unref();
}

/** A parameter as libpq takes it: text, or null. */
function toText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (Buffer.isBuffer(v)) return '\\x' + v.toString('hex');
  return String(v);
}

/** The first line of an error's message (libpq's run over several). */
export function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0].trim();
}
