// Tests that need something the repository does not ship: the shared corpus beside it (../shared,
// or $ATTACHE_SHARED) or a Chromium for the browser tests. On a fresh clone they skip with one line
// saying what they need; with ATTACHE_TEST_STRICT=1 (set by .ci/run) that line is a failure instead,
// so CI runs everything.
import fs from 'node:fs';
import path from 'node:path';
import * as nodeTest from 'node:test';
import { finish, firstLine, nativeClient } from '../src/store/pg/client.js';
import { CHROMIUM_PATH, POSTGRES_URL, SEEDS, SHARED } from './paths.js';

export type Need = 'shared' | 'chromium' | 'postgres';

const WHY: { [need in Need]: () => string | null } = {
  shared: () =>
    fs.existsSync(`${SHARED}/corpus/seeds`) && fs.existsSync(`${SHARED}/gold/seeds.gold.json`)
      ? null
      : `needs the shared corpus at ${SHARED} (put the shared folder beside the repository, or set ATTACHE_SHARED=DIR)`,
  chromium: () =>
    fs.existsSync(CHROMIUM_PATH) ? null : `needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
  postgres: postgresUnreachable,
};

let postgresWhy: string | null | undefined;

/** Why the PostgreSQL tests cannot run here (no libpq binding, or no server answering), or null. */
function postgresUnreachable(): string | null {
  if (postgresWhy !== undefined) return postgresWhy;
  const Client = nativeClient();
  if (!Client) return (postgresWhy = 'needs the optional package libpq (apt-get install libpq-dev, then npm install)');
  const client = new Client();
  try {
    client.connectSync(`${POSTGRES_URL}${POSTGRES_URL.includes('?') ? '&' : '?'}connect_timeout=3`);
    finish(client);
    postgresWhy = null;
  } catch (err) {
    postgresWhy = `needs a PostgreSQL server at ${POSTGRES_URL} (${firstLine(err)}; set ATTACHE_TEST_POSTGRES=postgresql://user@host/db)`;
  }
  return postgresWhy;
}

/** Why these needs are not met here, or null when they are. */
export function unmet(...needs: Need[]): string | null {
  const reasons = needs.map((n) => WHY[n]()).filter((r): r is string => r !== null);
  return reasons.length ? reasons.join('; ') : null;
}

export const STRICT = process.env.ATTACHE_TEST_STRICT === '1';

type Hook = typeof nodeTest.before;

/**
 * node:test's `test` and hooks for a file whose tests all have these needs. When one is unmet, the
 * file reports one skipped test naming what it needs (a failing one under ATTACHE_TEST_STRICT=1),
 * and its own tests and hooks are not registered.
 */
export function needing(...needs: Need[]): { test: typeof nodeTest.test; before: Hook; after: Hook; met: boolean } {
  const why = unmet(...needs);
  if (!why) return { test: nodeTest.test, before: nodeTest.before, after: nodeTest.after, met: true };
  reportUnmet(needs, why, true);
  const ignore = (() => undefined) as unknown;
  return { test: ignore as typeof nodeTest.test, before: ignore as Hook, after: ignore as Hook, met: false };
}

/** Options for one test that has these needs: skipped with the reason, or failed under strict mode. */
export function needs(...what: Need[]): { skip?: string } {
  const why = unmet(...what);
  if (!why) return {};
  reportUnmet(what, why, false);
  return { skip: why };
}

/** The one line for unmet needs: a failing test under strict mode, else (when asked) a skipped one. */
function reportUnmet(needs: Need[], why: string, skipLine: boolean): void {
  const name = `needs ${needs.join(' and ')}`;
  if (STRICT)
    nodeTest.test(name, () => {
      throw new Error(`ATTACHE_TEST_STRICT=1 and this test ${why}`);
    });
  else if (skipLine) nodeTest.test(name, { skip: why }, () => {});
}

/** The seed files' paths, or none (with the one skip line) where the shared corpus is missing. */
export function seedFiles(): string[] {
  const why = unmet('shared');
  if (why) {
    reportUnmet(['shared'], why, true);
    return [];
  }
  return fs.readdirSync(SEEDS).map((n) => path.join(SEEDS, n));
}
