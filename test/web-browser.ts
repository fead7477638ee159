// Debian's Chromium driven by playwright-core for the browser tests: a fresh profile each launch,
// no network services, pages at 1280×800, screenshots into test-output/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Store } from '../src/store/db.js';
import { needing } from './needs.js';
import { CHROMIUM_PATH as CHROMIUM } from './paths.js';
import { listen, ROOT, seedStore, tempDir } from './web-fixtures.js';
// @ts-expect-error the bundler script is plain JavaScript
import { buildWeb } from '../scripts/build-web.mjs';

export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = tempDir('attache-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Opens a route of the app and waits until the page for it has rendered. */
export async function openRoute(page: Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}#/${route}`);
  await rendered(page, `#/${route}`);
}

/** Waits until the app has rendered the page for a hash (or one matching a pattern). */
export async function rendered(page: Page, hash: string | RegExp): Promise<void> {
  const source = typeof hash === 'string' ? `^${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : hash.source;
  await page.waitForFunction((src) => new RegExp(src).test(document.body.dataset.route ?? ''), source);
}

/** The app a browser test file drives: its address, the page open on it, and the errors it threw. */
export interface BrowserApp {
  url: string;
  page: Page;
  pageErrors: string[];
  /** node:test's `test`, or a single skip line where the seeds or Chromium are missing. */
  test: ReturnType<typeof needing>['test'];
}

/**
 * For the test file calling it: the app over a store of the seeds, its pages bundled the way `npm
 * run build` bundles them, open in a browser page; all of it closed and removed after the file.
 */
export function browserApp(): BrowserApp {
  const { test, before, after } = needing('shared', 'chromium');
  const web = { url: '', page: undefined as unknown as Page, pageErrors: [] as string[], test };
  let store: Store | undefined;
  let dir = '';
  let app: FastifyInstance | undefined;
  let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
  before(async () => {
    ({ store, dir } = await seedStore());
    let url: string;
    ({ app, url } = await listen(store, { assetsDir: await buildWeb(tempDir('attache-web-assets-')) }));
    web.url = url;
    browser = await launch();
    web.page = await browser.context.newPage();
    web.page.on('pageerror', (e) => web.pageErrors.push(e.message));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    store?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return web;
}
