// attache docs — list documents; attache search QUERY — find them by words of their main text.
import { Command, InvalidArgumentError } from 'commander';
import { FilterError, filtersDocuments } from '../../views/filters.js';
import { listDocuments, parseSort, searchDocuments, type DocSort } from '../../views/docs.js';
import { table, truncate, userErrors } from '../output.js';
import { truncateMiddle } from '../../views/timeline-format.js';
import { openFromOptions, withDb } from '../store-option.js';
import { parseCount, recordFilter, withRecordFilters, type FilterWording } from '../validate.js';

const DOCUMENT_FILTERS: FilterWording = {
  dates: 'documents published',
  country: 'documents about this state (it, or anyone or anything of it, is mentioned or takes part in an event)',
  person: 'documents mentioning this person or organisation',
  kind: 'documents of this kind',
};

function sortOption(v: string): DocSort {
  try {
    return parseSort(v);
  } catch (err) {
    if (err instanceof FilterError) throw new InvalidArgumentError('date, title or source, optionally :asc or :desc (date:asc, title:desc)');
    throw err;
  }
}

export function docsCommand(): Command {
  return withRecordFilters(withDb(new Command('docs')), DOCUMENT_FILTERS)
    .description('list stored documents, newest first: date, kind, title, source, duplicate-of')
    .option('--sort <order>', 'date, title or source, optionally :asc or :desc (default date:desc, newest first)', sortOption)
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many', parseCount)
    .action((opts) => {
      const store = openFromOptions(opts);
      const docs = userErrors(() => listDocuments(store, { limit: opts.limit, filter: recordFilter(opts), sort: opts.sort }));
      store.close();
      if (opts.json) return void process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
      if (!docs.length) return void process.stdout.write(filtersDocuments(recordFilter(opts)) ? 'no documents match these filters\n' : 'no documents stored\n');
      const rows = docs.map((d) => [d.id, d.published ?? '(no date)', d.kind, truncate(d.title ?? '(no title)', 60), truncateMiddle(d.source, 40), d.duplicateOf ?? '']);
      process.stdout.write(table(rows, ['id', 'date', 'kind', 'title', 'source', 'duplicate of']) + '\n');
    });
}

export function searchCommand(): Command {
  return withRecordFilters(withDb(new Command('search')), DOCUMENT_FILTERS)
    .description('find documents by words in their main text (full-text index)')
    .argument('<query...>', 'words, "a phrase", or FTS5 syntax (AND, OR, NEAR, prefix*)')
    .option('--limit <n>', 'at most this many', parseCount, 20)
    .option('--json', 'print JSON')
    .action((words: string[], opts) => {
      const store = openFromOptions(opts);
      const { hits, asWords } = userErrors(() => searchDocuments(store, words.join(' '), opts.limit, recordFilter(opts)));
      store.close();
      if (asWords) process.stderr.write(`attache: "${words.join(' ')}" is not valid search syntax (${asWords}); searched for its words instead\n`);
      if (opts.json) return void process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
      if (!hits.length) return void process.stdout.write('no matches\n');
      for (const h of hits) process.stdout.write(`${h.id}  ${h.published ?? '(no date)'}  ${truncate(h.title ?? h.source, 70)}${h.duplicateOf ? `  (duplicate of ${h.duplicateOf})` : ''}\n    ${truncate(h.snippet, 160)}\n`);
    });
}
