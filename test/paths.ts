// Where the tests find what lives outside the repository: the shared corpus and a browser.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.ATTACHE_SHARED ?? path.resolve(REPO, '..', 'shared');
export const SEEDS = path.join(SHARED, 'corpus', 'seeds');
export const GOLD = path.join(SHARED, 'gold', 'seeds.gold.json');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A PostgreSQL database the tests may create schemas in (the machine's local service by default). */
export const POSTGRES_URL = process.env.ATTACHE_TEST_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/test';
