// Where the tests find what lives outside the repository: the shared corpus and a browser.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.ATTACHE_SHARED ?? path.resolve(REPO, '..', 'shared');
export const SEEDS = path.join(SHARED, 'corpus', 'seeds');
export const GOLD = path.join(SHARED, 'gold', 'seeds.gold.json');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
