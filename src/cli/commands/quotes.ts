// attache quotes — list quotes with speaker, status and best match; attache check DOC — a
// fact-check report of one document's quotes against their speakers' primary records.
import { Command, Option } from 'commander';
import { checkDocument, renderCheckMarkdown, renderCheckText } from '../../views/check.js';
import { listQuotes, STATUSES } from '../../views/quotes.js';
import { table, truncate, userErrors } from '../output.js';
import { recordFilter, withRecordFilters } from '../validate.js';
import { openFromOptions, withDb } from '../store-option.js';

export function quotesCommand(): Command {
  return withRecordFilters(withDb(new Command('quotes')), {
    dates: 'quotes in documents published',
    country: "quotes of speakers of this state",
    person: 'quotes of this person or organisation',
    kind: 'quotes in documents of this kind',
  })
    .description('list quotes with their speaker, verification status and closest primary passage')
    .option('--doc <id>', 'only quotes in this document (id, id prefix or file name)')
    .option('--speaker <name>', 'only quotes of speakers whose name contains this')
    .addOption(new Option('--status <status>', 'only quotes with this verification status').choices(STATUSES))
    .option('--json', 'print JSON')
    .action((opts) => {
      const store = openFromOptions(opts);
      const quotes = userErrors(() => listQuotes(store, { doc: opts.doc, speaker: opts.speaker, status: opts.status, filter: recordFilter(opts) }));
      store.close();
      if (opts.json) return void process.stdout.write(JSON.stringify(quotes, null, 2) + '\n');
      if (!quotes.length) return void process.stdout.write('no quotes\n');
      const rows = quotes.map((q) => [
        q.doc,
        truncate(q.speaker?.name ?? '(unknown)', 24),
        q.status,
        truncate(`“${q.text}”`, 60),
        q.matches[0] ? `${q.matches[0].similarity.toFixed(2)} ${truncate(q.matches[0].text, 60)}` : '',
      ]);
      process.stdout.write(table(rows, ['doc', 'speaker', 'status', 'quote', 'best match']) + '\n');
    });
}

export function checkCommand(): Command {
  return withDb(new Command('check'))
    .description("fact-check a document's quotes against their speakers' primary records")
    .argument('<doc>', 'document id, id prefix or file name')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((ref: string, opts) => {
      const store = openFromOptions(opts);
      const report = userErrors(() => checkDocument(store, ref));
      store.close();
      const out = opts.format === 'json' ? JSON.stringify(report, null, 2) : opts.format === 'markdown' ? renderCheckMarkdown(report) : renderCheckText(report);
      process.stdout.write(out + '\n');
    });
}
