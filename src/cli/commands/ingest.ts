// attache ingest PATH… — read files, folders or "-" into the store.
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { parseGivenDate } from '../../clean/meta/dates.js';
import { KINDS } from '../../ingest/sidecar.js';
import type { AnnotateOptions } from '../../annotate/index.js';
import { DEFAULT_MAX_BYTES, defaultJobs, ingestPaths, type IngestResult } from '../../ingest/run.js';
import type { DocKind } from '../../types.js';
import { openFromOptions, withDb } from '../store-option.js';

function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('a size such as 500k, 20M or 1G');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(parseFloat(m[1]) * mult);
}

function parseDate(v: string): string {
  if (!parseGivenDate(v)) throw new InvalidArgumentError('a date such as 2021-03-25, 2021-03 or 2021');
  return v;
}

const LAYER_NAMES = ['entities', 'events', 'quotes'] as const;

/** "events,quotes" → the layers to run; events and quotes are about people, so they bring entities. */
function parseLayers(v: string): AnnotateOptions {
  const names = v.split(',').map((n) => n.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !(LAYER_NAMES as readonly string[]).includes(n));
  if (unknown.length || !names.length) throw new InvalidArgumentError(`a comma-separated list of ${LAYER_NAMES.join(', ')}`);
  const has = (n: string) => names.includes(n);
  return { entities: true, events: has('events'), quotes: has('quotes') };
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number of threads from 1 to 64');
  return n;
}

export function ingestCommand(): Command {
  return withDb(new Command('ingest'))
    .description('ingest files, folders (recursively) or - for standard input into the store')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .addOption(new Option('--max-size <size>', 'refuse inputs larger than this (e.g. 500k, 1G)').argParser(parseSize).default(DEFAULT_MAX_BYTES, '20M'))
    .option('--encoding <name>', 'decode inputs with this encoding instead of detecting it (e.g. windows-1251)')
    .option('--published <date>', 'publication date for inputs that do not state one (a sidecar FILE.meta.json can give one per file)', parseDate)
    .addOption(new Option('--kind <kind>', 'document kind for these inputs').choices(KINDS))
    .option('--jobs <n>', 'threads for cleaning and annotating (the store is written by one, in input order)', parseJobs, defaultJobs())
    .option('--layers <list>', 'annotation layers to run, comma-separated: entities, events, quotes (default: all)', parseLayers)
    .option('--no-annotate', 'store documents only: no people, events or quotes')
    .option('-q, --quiet', 'print only errors and the summary')
    .action(async (paths: string[], opts) => {
      const store = openFromOptions(opts, false);
      const tty = process.stderr.isTTY && !opts.quiet;
      let bar: cliProgress.SingleBar | null = null;
      const hints: { publishedIfUnstated?: string; kind?: DocKind } = {};
      if (opts.published) hints.publishedIfUnstated = opts.published;
      if (opts.kind) hints.kind = opts.kind;
      let storedSoFar = 0;
      const onSigint = () => {
        // Runs between store transactions (each commit is synchronous): every batch reported
        // stored is committed, the open one was never started, and the store stays consistent.
        bar?.stop();
        process.stderr.write(`\nattache: interrupted; the ${storedSoFar} documents stored so far are kept (run the same command again to finish)\n`);
        process.exit(130);
      };
      process.once('SIGINT', onSigint);
      const say = (line: string) => {
        // Above a progress bar: clear its line, print, and let the next update redraw it.
        if (bar) {
          process.stderr.clearLine?.(0);
          process.stderr.cursorTo?.(0);
        }
        process.stderr.write(line + '\n');
      };
      const summary = await ingestPaths(store, paths, {
        maxBytes: opts.maxSize,
        encoding: opts.encoding,
        hints,
        layers: opts.annotate ? (opts.layers as AnnotateOptions | undefined) : null,
        jobs: opts.jobs,
        // Counting the inputs is a walk of their folders: only worth it for a bar on a terminal.
        onStart: tty
          ? (total) => {
              if (total <= 20) return;
              bar = new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files  {eta_formatted} left', stream: process.stderr, hideCursor: true, etaBuffer: 200 }, cliProgress.Presets.shades_classic);
              bar.start(total, 0);
            }
          : undefined,
        onInput(done) {
          bar?.update(done);
        },
        onResult(r: IngestResult) {
          if (r.status === 'stored') storedSoFar++;
          if (r.status === 'failed') say(`error: ${r.source}: ${r.reason}`);
          else if (r.status === 'warning') say(`warning: ${r.source}: ${r.reason}`);
          else if (opts.quiet || bar) return;
          else if (r.status === 'already') say(`already stored: ${r.source} (${r.id})${opts.published || opts.kind ? `; to correct its date or kind: attache doc set ${r.id} --published … --kind …` : ''}`);
          else if (r.status === 'skipped') say(`skipped: ${r.source} (${r.reason})`);
          else say(`stored: ${r.source} → ${r.id}${r.duplicateOf ? ` (duplicate of ${r.duplicateOf})` : ''}`);
        },
      });
      (bar as cliProgress.SingleBar | null)?.stop();
      process.off('SIGINT', onSigint);
      store.close();
      process.stderr.write(
        `read ${summary.read}, stored ${summary.stored} (${summary.duplicates} duplicates), already stored ${summary.already}, failed ${summary.failed}${summary.incomplete ? `, stored incomplete ${summary.incomplete}` : ''}${skippedLine(summary.skipped)}\n`,
      );
      if (summary.failed > 0 || summary.incomplete > 0) process.exitCode = 1;
    });
}

/** ", skipped 3: 2 hidden, 1 a database file" — what a folder held that was not read, and why. */
function skippedLine(skipped: Record<string, number>): string {
  const total = Object.values(skipped).reduce((a, b) => a + b, 0);
  return total ? `, skipped ${total}: ${Object.entries(skipped).map(([why, n]) => `${n} ${why}`).join(', ')}` : '';
}
