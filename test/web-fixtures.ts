// Shared by the web tests: a temporary store holding the seeds plus documents we wrote that carry
// markup (a plain-text note with a <script> tag, an HTML page), and the app listening on a free port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { openStore, type Store } from '../src/store/db.js';
import { ingestPaths } from '../src/ingest/run.js';
import { SEEDS } from './paths.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export { SEEDS };

/** A plain-text note (our own words) whose text carries a script tag: it must show as words. */
export const SCRIPT_NOTE = `Embassy note on a hostile web form

On 14 June 2022 the embassy of Chile in Canberra reported that a visa form had been defaced.
The defaced field read: <script>window.__attachePwned = 1; document.title = "pwned";</script> and nothing else.
Staff restored the form the same day.
`;

/** An HTML page (our own words) with an escaped tag in its text and a live script in its markup. */
export const SCRIPT_PAGE = `<!doctype html><html><head><title>Norway and Kenya review fisheries cooperation</title>
<script>window.__attachePwned = 2;</script></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Norway and Kenya review fisheries cooperation</h1>
<p>The foreign ministers of Norway and Kenya met in Nairobi on 2 May 2023 to review their fisheries agreement and plans for a joint research vessel.</p>
<p>A slide shown at the meeting carried the caption &lt;img src=x onerror="window.__attachePwned=3"&gt; by mistake, and the ministers laughed about it.</p>
</article><footer>Copyright Ministry</footer></body></html>`;

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function seedStore(): Promise<{ store: Store; dir: string }> {
  const dir = tempDir('attache-web-');
  const extra = path.join(dir, 'extra');
  fs.mkdirSync(extra);
  fs.writeFileSync(path.join(extra, 'embassy-note.txt'), SCRIPT_NOTE);
  fs.writeFileSync(path.join(extra, 'fisheries.html'), SCRIPT_PAGE);
  const store = openStore(path.join(dir, 'store.db'));
  const summary = await ingestPaths(store, [SEEDS, extra]);
  if (summary.failed) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failures)}`);
  return { store, dir };
}

export async function listen(store: Store, options: { maxUploadBytes?: number; assetsDir?: string } = {}): Promise<{ app: FastifyInstance; url: string }> {
  const app = buildApp({ store, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (!addr || typeof addr !== 'object') throw new Error('no address');
  return { app, url: `http://127.0.0.1:${addr.port}/` };
}

/**
 * An app (not listening: tests call `app.inject`) over a new store holding `paths` of the bundled
 * example corpus, and what closes it all after the tests.
 */
export async function exampleApp(prefix: string, names: string[] = []): Promise<{ store: Store; app: FastifyInstance; close: () => Promise<void> }> {
  const dir = tempDir(prefix);
  const store = openStore(path.join(dir, 'store.db'));
  const corpus = path.join(ROOT, 'example', 'corpus');
  const summary = await ingestPaths(store, names.length ? names.map((n) => path.join(corpus, n)) : [corpus], { jobs: 1 });
  if (summary.failed) throw new Error(`example ingest failed: ${JSON.stringify(summary.failures)}`);
  const app = buildApp({ store });
  return {
    store,
    app,
    close: async () => {
      await app.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
