// attache export — the attache/1 JSON contract, CSV tables, PLOVER records and GDELT rows, with the
// timeline's filters. CSV, PLOVER and GDELT are written a row at a time (constant memory).
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { Store } from '../../store/db.js';
import { buildExport, filterExport } from '../../views/export.js';
import { gdeltRows, ploverRecords } from '../../views/export-events.js';
import { isFiltered, selectRecord, type Selection } from '../../views/export-select.js';
import { csvTable, TABLES, type Table } from '../../views/export-tables.js';
import { FilterError, type TimelineFilter } from '../../views/timeline.js';
import { fail } from '../output.js';
import { collect, parseEventType, withRecordFilters, type RecordFilterOptions } from '../validate.js';
import { openFromOptions, withDb } from '../store-option.js';

interface ExportOptions extends RecordFilterOptions {
  db: string;
  format: 'json' | 'csv' | 'plover' | 'gdelt';
  table?: Table;
  out?: string;
  pretty?: boolean;
  header?: boolean;
  actor?: string[];
  type?: string[];
}

export function exportCommand(): Command {
  return withRecordFilters(withDb(new Command('export')), {
    dates: 'only events',
    country: 'only events involving this state, and the documents reporting them',
    person: 'only events in which this person or organisation takes part',
    kind: 'only events reported by a document of this kind',
  })
    .description('export the record: attache/1 JSON (everything), CSV tables, PLOVER records (JSON Lines) or GDELT 2.0 event rows')
    .addOption(new Option('--format <format>', 'json: the attache/1 contract; csv: one table per file; plover: one event per line; gdelt: tab-separated GDELT 2.0 Events columns').choices(['json', 'csv', 'plover', 'gdelt']).default('json'))
    .addOption(new Option('--table <table>', 'with --format csv: only this table (to standard output or --out FILE)').choices([...TABLES]))
    .option('--out <path>', 'write to this file (csv without --table: this folder, one file per table) instead of standard output')
    .option('--pretty', 'indent the JSON')
    .option('--header', 'with --format gdelt: a first line naming the columns (GDELT files have none)')
    .option('--actor <name>', 'the same as --person (repeatable)', collect(String))
    .option('--type <type>', 'only events of this PLOVER type (repeatable)', collect(parseEventType))
    .action((opts: ExportOptions) => {
      if (opts.table && opts.format !== 'csv') fail('--table goes with --format csv');
      // (an export reads each page once: a small page cache keeps its memory flat however large the store)
      const store = openFromOptions(opts, true, { cacheKb: 16 * 1024 });
      const filter: TimelineFilter = { countries: opts.country, persons: opts.person, actors: opts.actor, from: opts.from, to: opts.to, types: opts.type, kinds: opts.kind };
      try {
        if (opts.format === 'json') return exportJson(store, opts, filter);
        const sel = selectRecord(store, filter);
        if (opts.format === 'csv' && !opts.table && opts.out) return csvFolder(store, sel, opts.out);
        const rows = opts.format === 'plover' ? ploverRecords(store, sel) : opts.format === 'gdelt' ? gdeltRows(store, sel, { header: opts.header }) : csvTable(store, opts.table ?? 'events', sel);
        if (opts.format === 'csv' && !opts.table) process.stderr.write('attache: no --table given: writing the events table (give --out FOLDER for every table)\n');
        const n = writeRows(rows, opts.out ?? null);
        if (opts.out) process.stderr.write(`wrote ${opts.out}: ${n} ${opts.format === 'csv' ? 'rows and a header' : 'events'}\n`);
      } catch (err) {
        if (err instanceof FilterError) fail(err.message);
        throw err;
      } finally {
        store.close();
      }
    });
}

function exportJson(store: Store, opts: ExportOptions, filter: TimelineFilter): void {
  let data = buildExport(store);
  if (isFiltered(filter)) data = filterExport(data, selectRecord(store, filter));
  const json = JSON.stringify(data, null, opts.pretty ? 2 : undefined) + '\n';
  if (!opts.out) return void process.stdout.write(json);
  try {
    fs.writeFileSync(opts.out, json);
  } catch (err) {
    fail(`${opts.out}: cannot write (${(err as Error).message})`);
  }
  process.stderr.write(`wrote ${opts.out}: ${data.documents.length} documents, ${data.entities.length} entities, ${data.events.length} events, ${data.quotes.length} quotes\n`);
}

function csvFolder(store: Store, sel: Selection, dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    fail(`${dir}: cannot make the folder (${(err as Error).message})`);
  }
  const counts = TABLES.map((t) => `${writeRows(csvTable(store, t, sel), path.join(dir, `${t}.csv`)) - 1} ${t}`);
  process.stderr.write(`wrote ${dir}: ${TABLES.map((t) => `${t}.csv`).join(', ')} (${counts.join(', ')})\n`);
}

/** Writes rows as they come, through a small buffer; returns how many. A reader that goes away ends the command quietly. */
function writeRows(rows: Iterable<string>, file: string | null): number {
  let fd = 1;
  if (file) {
    try {
      fd = fs.openSync(file, 'w');
    } catch (err) {
      fail(`${file}: cannot write (${(err as Error).message})`);
    }
  }
  let n = 0;
  let buffer = '';
  const flush = () => {
    try {
      // (a pipe that is full answers EAGAIN: wait for it rather than lose rows)
      for (let data = Buffer.from(buffer), at = 0; at < data.length; ) {
        try {
          at += fs.writeSync(fd, data, at);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
        }
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
      fail(`${file ?? 'standard output'}: cannot write (${(err as Error).message})`);
    }
    buffer = '';
  };
  for (const row of rows) {
    buffer += row;
    n++;
    if (buffer.length > 1 << 16) flush();
  }
  flush();
  if (file) fs.closeSync(fd);
  return n;
}
