// attache conflicts — where sources contradict each other or a claim contradicts the record.
import { Command } from 'commander';
import { conflictItems, conflictsText } from '../../views/conflicts.js';
import { ViewError } from '../../views/quotes.js';
import { fail } from '../output.js';
import { openFromOptions, withDb } from '../store-option.js';

export function conflictsCommand(): Command {
  return withDb(new Command('conflicts'))
    .description('claims that the record contradicts ("the first … since 2009") and sources that disagree about one event')
    .option('--doc <id>', 'only claims made in this document (id, id prefix or file name)')
    .option('--json', 'print JSON')
    .action((opts: { db: string; doc?: string; json?: boolean }) => {
      const store = openFromOptions(opts);
      try {
        const items = conflictItems(store, { doc: opts.doc });
        process.stdout.write((opts.json ? JSON.stringify(items, null, 2) : conflictsText(items)) + '\n');
      } catch (err) {
        if (err instanceof ViewError) fail(err.message);
        throw err;
      } finally {
        store.close();
      }
    });
}
