// The document list for the web app: one page of documents at a time, newest first, with the total.
import type { Store } from '../store/db.js';

export interface DocPageItem {
  id: string;
  title: string | null;
  published: string | null;
  kind: string;
  source: string;
  sourceName: string;
  format: string;
  duplicateOf: string | null;
}

export function documentPage(store: Store, options: { offset?: number; limit?: number } = {}): { total: number; offset: number; items: DocPageItem[] } {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 500);
  const offset = Math.max(options.offset ?? 0, 0);
  const total = (store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const items = store.db
    .prepare(
      `SELECT id, title, published, kind, source, source_name AS sourceName, format, duplicate_of AS duplicateOf
       FROM documents ORDER BY published IS NULL, published DESC, seq DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as DocPageItem[];
  return { total, offset, items };
}
