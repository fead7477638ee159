// attache brief — a briefing from the record with numbered citations to the exact words.
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../server/serve.js';
import { buildBrief, FilterError } from '../../views/brief.js';
import { briefHtml, briefMarkdown } from '../../views/brief-render.js';
import { fail } from '../output.js';
import { openFromOptions, withDb } from '../store-option.js';

export function briefCommand(): Command {
  return withDb(new Command('brief'))
    .description('a briefing to forward: the relationship, the timeline, the people, what each side said, open contradictions — every sentence cited to the exact words')
    .option('--about <name...>', 'people, organisations or countries (names or ISO alpha-3 codes); countries must all take part, any of the people')
    .option('--from <date>', 'events from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'events up to this date')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--app <url>', 'the web app the HTML citations link into', `http://${DEFAULT_HOST}:${DEFAULT_PORT}`)
    .action((opts: { db: string; about?: string[]; from?: string; to?: string; format: string; out?: string; app: string }) => {
      const store = openFromOptions(opts);
      try {
        const brief = buildBrief(store, { about: opts.about, from: opts.from, to: opts.to });
        const text = opts.format === 'html' ? briefHtml(brief, opts.app.replace(/\/$/, '')) : briefMarkdown(brief);
        if (opts.out) fs.writeFileSync(opts.out, text);
        else process.stdout.write(text);
      } catch (err) {
        if (err instanceof FilterError) fail(err.message);
        throw err;
      } finally {
        store.close();
      }
    });
}
