// Shared helpers for the ingest tests: temporary folders, an ingest that records every result line,
// the CLI run as a user runs it, and where the shared seeds and gold live.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { ingestPaths, type IngestOptions, type IngestResult, type IngestSummary } from '../src/ingest/run.js';
import type { Store } from '../src/store/db.js';
import { REPO, SEEDS } from './paths.js';

export { GOLD, REPO, SEEDS, SHARED } from './paths.js';

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-test-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes files (name → text or bytes) into a folder and returns the folder. */
export function writeFiles(dir: string, files: { [name: string]: string | Uint8Array }): string {
  for (const [name, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

export interface Run {
  summary: IngestSummary;
  results: IngestResult[];
  /** The result lines for one input (by the end of its path). */
  of(name: string): IngestResult[];
}

export async function ingest(store: Store, paths: string[], options: IngestOptions = {}): Promise<Run> {
  const results: IngestResult[] = [];
  const summary = await ingestPaths(store, paths, { layers: null, jobs: 1, ...options, onResult: (r) => results.push(r) });
  return { summary, results, of: (name) => results.filter((r) => r.source.endsWith(name) || r.source.includes(`${name}#`) || r.source.includes(`${name} (`)) };
}

export function seedPath(prefix: string): string {
  const f = fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix} in ${SEEDS}`);
  return path.join(SEEDS, f);
}

/** The attache command as a user runs it (from source, so the test needs no build). */
export function cli(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'src', 'cli', 'main.ts'), ...args], { cwd: REPO, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
