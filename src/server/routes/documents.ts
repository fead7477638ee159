// GET /api/documents, /api/documents/:id (the reader), /api/search — thin: parse, call a view, answer.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';
import { documentPage } from '../../views/web-documents.js';
import { documentLinker } from '../../views/web-links.js';
import { readerView } from '../../views/web-reader.js';
import { webSearch } from '../../views/web-search.js';
import { documentRef, intParam, notFound } from '../params.js';

export function documentRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/documents', async (req) => {
    const q = req.query as Record<string, string | undefined>;
    return documentPage(store, { offset: intParam(q.offset, 0), limit: intParam(q.limit, 100) });
  });

  app.get('/api/documents/:id', async (req, reply) => {
    const ref = (req.params as { id: string }).id;
    const row = documentRef(store, ref);
    const view = row ? readerView(store, row.id, documentLinker(store, row.id)) : null;
    return view ?? notFound(reply, `no document ${ref}`);
  });

  app.get('/api/search', async (req) => {
    const q = req.query as Record<string, string | undefined>;
    return webSearch(store, (q.q ?? '').trim().slice(0, 500), intParam(q.limit, 50));
  });
}
