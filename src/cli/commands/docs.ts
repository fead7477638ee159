// attache docs — list documents; attache search QUERY — find them by words of their main text.
import { Command } from 'commander';
import { listDocuments, searchDocuments } from '../../views/docs.js';
import { table, truncate } from '../output.js';
import { truncateMiddle } from '../../views/timeline-format.js';
import { openFromOptions, withDb } from '../store-option.js';
import { parseCount } from '../validate.js';

export function docsCommand(): Command {
  return withDb(new Command('docs'))
    .description('list stored documents: date, kind, title, source, duplicate-of')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many', parseCount)
    .action((opts) => {
      const store = openFromOptions(opts);
      const docs = listDocuments(store, { limit: opts.limit });
      store.close();
      if (opts.json) return void process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
      if (!docs.length) return void process.stdout.write('no documents stored\n');
      const rows = docs.map((d) => [d.id, d.published ?? '(no date)', d.kind, truncate(d.title ?? '(no title)', 60), truncateMiddle(d.source, 40), d.duplicateOf ?? '']);
      process.stdout.write(table(rows, ['id', 'date', 'kind', 'title', 'source', 'duplicate of']) + '\n');
    });
}

export function searchCommand(): Command {
  return withDb(new Command('search'))
    .description('find documents by words in their main text (full-text index)')
    .argument('<query...>', 'words, "a phrase", or FTS5 syntax (AND, OR, NEAR, prefix*)')
    .option('--limit <n>', 'at most this many', parseCount, 20)
    .option('--json', 'print JSON')
    .action((words: string[], opts) => {
      const store = openFromOptions(opts);
      const { hits, asWords } = searchDocuments(store, words.join(' '), opts.limit);
      store.close();
      if (asWords) process.stderr.write(`attache: "${words.join(' ')}" is not valid search syntax (${asWords}); searched for its words instead\n`);
      if (opts.json) return void process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
      if (!hits.length) return void process.stdout.write('no matches\n');
      for (const h of hits) process.stdout.write(`${h.id}  ${h.published ?? '(no date)'}  ${truncate(h.title ?? h.source, 70)}${h.duplicateOf ? `  (duplicate of ${h.duplicateOf})` : ''}\n    ${truncate(h.snippet, 160)}\n`);
    });
}
