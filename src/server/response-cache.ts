// Answers of GET /api/… kept as the bytes sent, until the store changes: the record only changes
// through an ingest, so between ingests an analyst's repeated pages (the timeline, the entity list)
// cost a lookup instead of a query and a JSON serialisation that block the one server thread.
import type { FastifyInstance } from 'fastify';

interface Entry {
  version: string;
  type: string;
  body: string;
}

export interface ResponseCacheOptions {
  /** Identifies the store's state; an answer kept under another version is stale. */
  version: () => string;
  /** Total size of kept answers (characters); the least recently used go first. */
  maxChars?: number;
  /** Larger answers are not kept. */
  maxEntryChars?: number;
}

export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  const maxChars = options.maxChars ?? 64 * 1024 * 1024;
  const maxEntry = options.maxEntryChars ?? 8 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let size = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e) size -= e.body.length;
    entries.delete(key);
  };
  const cacheable = (method: string, url: string) => method === 'GET' && url.startsWith('/api/');

  app.addHook('onRequest', async (req, reply) => {
    if (!cacheable(req.method, req.url)) return;
    const e = entries.get(req.url);
    if (!e) return;
    if (e.version !== options.version()) {
      drop(req.url);
      return;
    }
    // most recently used last
    entries.delete(req.url);
    entries.set(req.url, e);
    return reply.header('content-type', e.type).header('x-attache-cache', 'hit').send(e.body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (!cacheable(req.method, req.url) || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    // downloads (CSV, attachments) carry their own headers: not kept
    if (reply.getHeader('content-disposition') || reply.getHeader('x-attache-cache')) return payload;
    if (payload.length > maxEntry) return payload;
    drop(req.url);
    entries.set(req.url, { version: options.version(), type: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'), body: payload });
    size += payload.length;
    for (const key of entries.keys()) {
      if (size <= maxChars) break;
      drop(key);
    }
    return payload;
  });
}
