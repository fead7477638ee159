// GET /api/timeline, /api/events/:id, /api/entities, /api/entities/:id, /api/quotes?doc=,
// /api/quoted-documents, /api/conflicts?doc= — the linked record, read through the views (the timeline over a cached index).
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';
import { entityList, entityView } from '../../views/web-entity.js';
import { conflictItems } from '../../views/conflicts.js';
import { quotedDocuments, quoteCheckView } from '../../views/web-quotes.js';
import { eventView, timelineView } from '../../views/web-timeline.js';
import { documentRef, download, intParam, notFound } from '../params.js';
import type { IndexCache } from '../index-cache.js';

const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function recordRoutes(app: FastifyInstance, store: Store, cache: IndexCache): void {
  app.get('/api/timeline', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const filter = {
      countries: list(q.countries).slice(0, 2),
      actor: q.actor || undefined,
      type: q.type || undefined,
      status: q.status || undefined,
      from: q.from || undefined,
      to: q.to || undefined,
    };
    const rows = () => {
      const all = timelineView(cache.get().index, filter, { limit: Infinity, points: false });
      return [...all.dated, ...all.undated].map((e) => ({ ...e, actors: e.actors.map((a) => `${a.name} (${a.role})`) }));
    };
    return download(reply, q.format, 'timeline', rows) ?? timelineView(cache.get().index, filter, { limit: intParam(q.limit, 300, 'limit', 5000), points: q.points !== '0' });
  });

  app.get('/api/events/:id', async (req, reply) => {
    const id = (req.params as { id: string }).id;
    return eventView(store, id) ?? notFound(reply, `no event ${id}`);
  });

  app.get('/api/entities', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const query = { q: q.q, type: q.type || undefined, country: q.country || undefined, sort: q.sort };
    return (
      download(reply, q.format, 'entities', () => entityList(store, query, Infinity).entities as unknown as Record<string, unknown>[]) ??
      entityList(store, query, intParam(q.limit, 200, 'limit', 2000))
    );
  });

  app.get('/api/entities/:id', async (req, reply) => {
    const id = (req.params as { id: string }).id;
    return entityView(store, cache.get().index, id) ?? notFound(reply, `no entity ${id}`);
  });

  app.get('/api/quotes', async (req, reply) => {
    const ref = (req.query as Record<string, string | undefined>).doc ?? '';
    const row = documentRef(store, ref);
    const view = row ? quoteCheckView(store, row.id, cache.get().index.names) : null;
    if (!view) return notFound(reply, `no document ${ref}`);
    const rows = () =>
      view.quotes.map((q) => ({
        id: q.id, doc: view.doc.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name ?? null, speakerId: q.speaker?.id ?? null, cue: q.cue, status: q.status,
        match: q.match?.text ?? null, similarity: q.match?.similarity ?? null, matchDoc: q.match?.doc ?? null,
      }));
    return download(reply, (req.query as Record<string, string | undefined>).format, `quotes-${view.doc.id}`, rows) ?? view;
  });

  app.get('/api/quoted-documents', async (req, reply) => {
    const documents = quotedDocuments(store);
    return download(reply, (req.query as Record<string, string | undefined>).format, 'quoted-documents', () => documents as unknown as Record<string, unknown>[]) ?? { documents };
  });

  app.get('/api/conflicts', async (req, reply) => {
    const ref = (req.query as Record<string, string | undefined>).doc;
    const row = ref ? documentRef(store, ref) : null;
    if (ref && !row) return notFound(reply, `no document ${ref}`);
    const conflicts = conflictItems(store, row ? { doc: row.id } : {});
    return download(reply, (req.query as Record<string, string | undefined>).format, 'conflicts', () => conflicts as unknown as Record<string, unknown>[]) ?? { conflicts };
  });
}
