// Short references to documents and entities that the web views attach to what they return.
import type { Store } from '../store/db.js';

export interface DocRef {
  id: string;
  title: string | null;
  published: string | null;
  kind: string;
  sourceName: string;
}

/** Looks documents up once per id, however many spans point into them. */
export function docRefs(store: Store): (id: string) => DocRef | null {
  const stmt = store.db.prepare('SELECT id, title, published, kind, source_name AS sourceName FROM documents WHERE id = ?');
  const cache = new Map<string, DocRef | null>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, (stmt.get(id) as DocRef | undefined) ?? null);
    return cache.get(id)!;
  };
}
