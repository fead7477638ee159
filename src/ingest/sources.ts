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

/** Files we skip inside folders, and why: hidden files, our own sidecars and stores. */
const SKIP_IN_FOLDERS: [RegExp, string][] = [
  [/^\./, 'hidden'],
  [/\.meta\.json$/i, 'metadata sidecar with no document beside it'],
  [/\.db(-wal|-shm|-journal)?$/i, 'a database file'],
];

export type Expanded = { file: InputFile } | { error: { source: string; reason: string } } | { skipped: { source: string; reason: string } };

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

/**
 * A folder's files in name order, its subfolders walked as met. Symbolic links are followed to files
 * and folders alike, each folder read once (a link back up the tree is a loop, not more input).
 */
function* walk(dir: string, seen = new Set<string>()): Generator<Expanded> {
  let entries: fs.Dirent[];
  try {
    seen.add(fs.realpathSync(dir));
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    yield { error: { source: dir, reason: describeError(err) } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const skip = SKIP_IN_FOLDERS.find(([re]) => re.test(e.name));
    // a sidecar beside its document is read with it: not input of its own, and nothing to report
    if (skip && /\.meta\.json$/i.test(e.name) && (names.has(e.name.slice(0, -10)) || names.has(`${e.name.slice(0, -10)}.gz`))) continue;
    if (skip) {
      yield { skipped: { source: full, reason: skip[1] } };
      continue;
    }
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const target = fs.statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        yield { skipped: { source: full, reason: 'broken symbolic link' } };
        continue;
      }
    }
    if (isDir && seen.has(realpath(full))) yield { skipped: { source: full, reason: 'a folder already read (through a link)' } };
    else if (isDir) yield* walk(full, seen);
    else if (isFile) yield { file: { source: full, sourceName: e.name } };
    else yield { skipped: { source: full, reason: 'not a regular file' } };
  }
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
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
