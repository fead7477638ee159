// GET /api/documents, /api/documents/:id (the reader), /api/search — thin: parse, call a view, answer.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';
import { documentPage } from '../../views/web-documents.js';
import { documentLinker } from '../../views/web-links.js';
import { readerView } from '../../views/web-reader.js';
import { webSearch } from '../../views/web-search.js';
import { documentRef, download, filtered, intParam, notFound, textParam } from '../params.js';

export function documentRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/documents', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const query = { kind: q.kind, language: q.language, from: q.from, to: q.to, duplicates: q.duplicates, sort: q.sort };
    return filtered(reply, () =>
      download(reply, q.format, 'documents', () => documentPage(store, { limit: 100_000, query }).items as unknown as Record<string, unknown>[]) ??
        documentPage(store, { offset: intParam(q.offset, 0, 'offset', 1e12), limit: intParam(q.limit, 100, 'limit', 500), query }),
    );
  });

  app.get('/api/documents/:id', async (req, reply) => {
    const ref = (req.params as { id: string }).id;
    const row = documentRef(store, ref);
    const view = row ? readerView(store, row.id, documentLinker(store, row.id)) : null;
    return view ?? notFound(reply, `no document ${ref}`);
  });

  app.get('/api/search', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const query = textParam(q.q);
    return (
      download(reply, q.format, 'search', () => webSearch(store, query, 10_000).hits.map(({ snippet, ...h }) => ({ ...h, snippet: snippet.map((p) => p.text).join('') }))) ??
      webSearch(store, query, intParam(q.limit, 50, 'limit', 500))
    );
  });
}
