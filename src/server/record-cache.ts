// The linked record (events, entities, quotes) read once and kept until the store changes: our own
// ingests bump a counter, another process's commits change SQLite's data_version.
import type { Store } from '../store/db.js';
import { exportQuotes } from '../store/quotes.js';
import type { ExportQuote } from '../types.js';
import { storeLinker } from '../views/web-links.js';
import type { MarkLinker } from '../views/web-reader.js';
import { loadRecord, type Record } from '../views/web-timeline.js';

export interface CachedRecord extends Record {
  quotes: ExportQuote[];
  /** Mention and quote lookups for the reader, built on first use. */
  linker: MarkLinker;
}

export class RecordCache {
  private cached: CachedRecord | null = null;
  private version = '';
  private writes = 0;

  constructor(private readonly store: Store) {}

  /** Call after writing to the store through this connection (data_version only sees other connections). */
  changed(): void {
    this.writes++;
  }

  get(): CachedRecord {
    const v = `${this.store.db.pragma('data_version', { simple: true })}:${this.writes}`;
    if (!this.cached || v !== this.version) {
      const record = { ...loadRecord(this.store), quotes: exportQuotes(this.store) };
      this.cached = { ...record, linker: storeLinker(record) };
      this.version = v;
    }
    return this.cached;
  }
}
