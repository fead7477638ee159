#!/usr/bin/env node
// attache: from raw diplomatic documents to a source-traced record. Commands are thin: parse, call, print.
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

const program = new Command('attache')
  .description('Source-traced record of who met whom, when, where, and who said what')
  .version('0.1.0')
  .showHelpAfterError();
for (const make of COMMANDS) program.addCommand(make());

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`attache: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
