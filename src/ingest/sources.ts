// Expands what the user named (files, folders, "-") into inputs, reading nothing large up front.
import fs from 'node:fs';
import path from 'node:path';
import { describeError } from './errors.js';

export interface InputFile {
  /** The path as given (or joined under a given folder), or "-" for standard input. */
  source: string;
  sourceName: string;
  /** Bytes already in memory (an upload): read instead of the file system, with no sidecar. */
  bytes?: Buffer;
}

/** Files we skip inside folders: our own sidecars, stores and hidden files. */
const SKIP_IN_FOLDERS = [/^\./, /\.meta\.json$/i, /\.db(-wal|-shm)?$/i];

export type Expanded = { file: InputFile } | { error: { source: string; reason: string } };

/**
 * The inputs named, one at a time (folders walked in name order, one folder listing in memory at a
 * time): a run over a million files does not hold a million paths.
 */
export function* expandInputs(paths: string[]): Generator<Expanded> {
  for (const p of paths) {
    if (p === '-') {
      yield { file: { source: '-', sourceName: 'stdin' } };
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) && !fs.existsSync(p)) {
      // we do not fetch pages: a saved copy keeps what the user saw, and its bytes can be traced
      yield { error: { source: p, reason: 'URLs are not fetched: save the page (or the crawler output) and ingest the file' } };
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (err) {
      yield { error: { source: p, reason: describeError(err) } };
      continue;
    }
    if (stat.isDirectory()) yield* walk(p);
    else yield { file: { source: p, sourceName: path.basename(p) } };
  }
}

/** How many inputs expandInputs will yield (for a progress bar): a walk that keeps only a count. */
export function countInputs(paths: string[]): number {
  let n = 0;
  for (const x of expandInputs(paths)) if ('file' in x) n++;
  return n;
}

function* walk(dir: string): Generator<Expanded> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    yield { error: { source: dir, reason: describeError(err) } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (SKIP_IN_FOLDERS.some((re) => re.test(e.name))) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield { file: { source: full, sourceName: e.name } };
  }
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** Reads one input, refusing files over the limit before loading them. */
export function readInput(file: InputFile, maxBytes: number, stdin: () => Buffer): ReadResult {
  try {
    if (file.bytes || file.source === '-') {
      const bytes = file.bytes ?? stdin();
      return bytes.length > maxBytes ? { ok: false, reason: `larger than the size limit (${maxBytes} bytes)` } : { ok: true, bytes };
    }
    const size = fs.statSync(file.source).size;
    if (size > maxBytes) return { ok: false, reason: `${size} bytes is over the size limit of ${maxBytes} bytes (raise it with --max-size)` };
    return { ok: true, bytes: fs.readFileSync(file.source) };
  } catch (err) {
    return { ok: false, reason: describeError(err) };
  }
}
