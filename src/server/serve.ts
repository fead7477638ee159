// Starts the web app on a host and port; bound to loopback unless the user names another host.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/db.js';
import { buildApp, type AppOptions } from './app.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8737;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export async function startServer(
  store: Store,
  options: { host?: string; port?: number } & Omit<AppOptions, 'store' | 'loopbackOnly'> = {},
): Promise<{ app: FastifyInstance; url: string }> {
  const host = options.host ?? DEFAULT_HOST;
  const app = buildApp({ preload: true, ...options, store, loopbackOnly: isLoopback(host) });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port;
  return { app, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/` };
}
