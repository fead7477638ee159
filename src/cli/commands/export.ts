// attache export --format json [--out FILE] — the attache/1 contract.
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { buildExport } from '../../views/export.js';
import { fail } from '../output.js';
import { openFromOptions, withDb } from '../store-option.js';

export function exportCommand(): Command {
  return withDb(new Command('export'))
    .description('export everything in the store as attache/1 JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--pretty', 'indent the JSON')
    .action((opts) => {
      const store = openFromOptions(opts);
      const data = buildExport(store);
      store.close();
      const json = JSON.stringify(data, null, opts.pretty ? 2 : undefined) + '\n';
      if (opts.out) {
        try {
          fs.writeFileSync(opts.out, json);
        } catch (err) {
          fail(`${opts.out}: cannot write (${(err as Error).message})`);
        }
        process.stderr.write(`wrote ${opts.out}: ${data.documents.length} documents, ${data.entities.length} entities, ${data.events.length} events, ${data.quotes.length} quotes\n`);
      } else process.stdout.write(json);
    });
}
