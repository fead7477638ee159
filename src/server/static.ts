// The bundled front end (dist/web, built by `npm run build`): a few files, read once at start.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** dist/web beside the compiled server (dist/server), or beside src/ when run from sources. */
export function defaultAssetsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'dist', 'web');
}

export function registerStatic(app: FastifyInstance, dir: string): void {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}: the web app is not built (run "npm run build")`);
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of fs.readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    if (type) files.set(`/${name}`, { type, body: fs.readFileSync(path.join(dir, name)) });
  }
  const index = files.get('/index.html')!;
  app.get('/', async (_req, reply) => reply.type(index.type).send(index.body));
  app.get('/:file', async (req, reply) => {
    const f = files.get(`/${(req.params as { file: string }).file}`);
    if (!f) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
}
