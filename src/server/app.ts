// The web app's server: the JSON API over the store and the bundled pages, on Fastify.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/db.js';
import { briefRoutes } from './routes/brief.js';
import { registerGuards } from './guard.js';
import { documentRoutes } from './routes/documents.js';
import { ingestRoutes } from './routes/ingest.js';
import { recordRoutes } from './routes/record.js';
import { registerStatic, defaultAssetsDir } from './static.js';
import { IndexCache } from './index-cache.js';
import { registerResponseCache } from './response-cache.js';

/** Uploads through the page are smaller than the CLI's default: they travel as JSON in memory. */
export const DEFAULT_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  assetsDir?: string;
  maxUploadBytes?: number;
  /** Refuse requests not addressed to a loopback name (true when bound to a loopback address). */
  loopbackOnly?: boolean;
  logger?: boolean;
  /** Keeps the timeline index (default: read from the store, again whenever it changes). */
  cache?: IndexCache;
  /** Read the timeline index now rather than on the first request (a large store takes a moment). */
  preload?: boolean;
}

export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });
  const maxBytes = options.maxUploadBytes ?? DEFAULT_UPLOAD_BYTES;
  const { store } = options;
  registerGuards(app, { loopbackOnly: options.loopbackOnly ?? true });
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const code = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    reply.code(code).send({ error: code === 413 ? `the upload is larger than the size limit (${maxBytes} bytes)` : err.message });
  });
  app.get('/api/config', async () => ({ maxUploadBytes: maxBytes, store: store.path }));
  const cache = options.cache ?? new IndexCache(store);
  if (options.preload) cache.get();
  registerResponseCache(app, { version: () => cache.version() });
  documentRoutes(app, store);
  recordRoutes(app, store, cache);
  briefRoutes(app, store);
  ingestRoutes(app, store, maxBytes, () => cache.changed());
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: `no such route: ${req.method} ${req.url.split('?')[0]}` }));
  registerStatic(app, options.assetsDir ?? defaultAssetsDir());
  return app;
}
