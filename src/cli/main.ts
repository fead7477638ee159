#!/usr/bin/env node
// attache: from raw diplomatic documents to a source-traced record. Commands are thin: parse, call, print.
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

const program = new Command('attache')
  .description('Source-traced record of who met whom, when, where, and who said what')
  .version('0.1.0')
  .showHelpAfterError();
for (const make of COMMANDS) program.addCommand(make());

// A reader that goes away (`attache export | head`) ends the command quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`attache: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
