// The timeline index and entity names, read once and kept until the store changes: our own
// ingests bump a counter, another process's commits change SQLite's data_version.
import { dataVersion, type Store } from '../store/connection.js';
import { loadTimelineIndex, type TimelineIndex } from '../views/web-index.js';

export interface CachedIndex {
  index: TimelineIndex;
}

export class IndexCache {
  private cached: CachedIndex | null = null;
  private cachedVersion = '';
  private writes = 0;

  constructor(private readonly store: Store) {}

  /** Call after writing to the store through this connection (data_version only sees other connections). */
  changed(): void {
    this.writes++;
  }

  /** The store's state as this connection sees it: changes with every ingest, ours or another process's. */
  version(): string {
    return `${dataVersion(this.store)}:${this.writes}`;
  }

  get(): CachedIndex {
    const v = this.version();
    if (!this.cached || v !== this.cachedVersion) {
      this.cached = { index: loadTimelineIndex(this.store) };
      this.cachedVersion = v;
    }
    return this.cached;
  }
}
