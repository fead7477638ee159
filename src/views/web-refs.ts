// Short references to documents and entities that the web views attach to what they return.
import type { Store } from '../store/db.js';
import { documentRef, type DocumentRef } from '../store/documents.js';

export type DocRef = DocumentRef;

/** Looks documents up once per id, however many spans point into them. */
export function docRefs(store: Store): (id: string) => DocRef | null {
  const cache = new Map<string, DocRef | null>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, documentRef(store, id));
    return cache.get(id)!;
  };
}
