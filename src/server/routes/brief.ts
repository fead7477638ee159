// GET /api/brief?about=NAME&about=CODE&from=&to=&format=html|md — the briefing `attache brief`
// writes, served so the web app's "Brief on this" opens it; its citations link into this app's reader.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';
import { buildBrief, FilterError } from '../../views/brief.js';
import { BRIEF_CSS, briefHtml, briefMarkdown } from '../../views/brief-render.js';

const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean);

export function briefRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/brief.css', async (_req, reply) => reply.type('text/css; charset=utf-8').send(BRIEF_CSS));
  app.get('/api/brief', async (req, reply) => {
    const q = req.query as Record<string, string | string[] | undefined>;
    const one = (k: string) => (typeof q[k] === 'string' && q[k] ? (q[k] as string) : undefined);
    try {
      const brief = buildBrief(store, { about: many(q.about), from: one('from'), to: one('to') });
      if (one('format') === 'md') return reply.type('text/markdown; charset=utf-8').send(briefMarkdown(brief));
      return reply.type('text/html; charset=utf-8').send(briefHtml(brief, '', '/api/brief.css'));
    } catch (err) {
      if (err instanceof FilterError) return reply.code(400).send({ error: err.message });
      throw err;
    }
  });
}
