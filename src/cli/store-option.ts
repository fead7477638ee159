// The --db option every command takes, and opening the store it names with a one-line error.
import type { Command } from 'commander';
import { openStore, StoreError, type OpenOptions, type Store } from '../store/db.js';
import { fail } from './output.js';

export const DEFAULT_DB = 'attache.db';

export function withDb(cmd: Command): Command {
  return cmd.option('--db <file>', 'the store (SQLite file; default $ATTACHE_DB, else ./attache.db)', process.env.ATTACHE_DB ?? DEFAULT_DB);
}

export function openFromOptions(opts: { db: string }, readonly = true, options: Omit<OpenOptions, 'readonly'> = {}): Store {
  try {
    return openStore(opts.db, { readonly, ...options });
  } catch (err) {
    if (err instanceof StoreError) fail(err.message);
    throw err;
  }
}
