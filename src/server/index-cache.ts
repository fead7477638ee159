// The timeline index and entity names, read once and kept until the store changes: our own
// ingests bump a counter, another process's commits change SQLite's data_version.
import type { Store } from '../store/db.js';
import { loadTimelineIndex, type TimelineIndex } from '../views/web-index.js';

export interface CachedIndex {
  index: TimelineIndex;
}

export class IndexCache {
  private cached: CachedIndex | null = null;
  private version = '';
  private writes = 0;

  constructor(private readonly store: Store) {}

  /** Call after writing to the store through this connection (data_version only sees other connections). */
  changed(): void {
    this.writes++;
  }

  get(): CachedIndex {
    const v = `${this.store.db.pragma('data_version', { simple: true })}:${this.writes}`;
    if (!this.cached || v !== this.version) {
      this.cached = { index: loadTimelineIndex(this.store) };
      this.version = v;
    }
    return this.cached;
  }
}
