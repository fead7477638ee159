// Every command of the attache CLI; each lives in its own file.
import type { Command } from 'commander';
import { briefCommand } from './brief.js';
import { conflictsCommand } from './conflicts.js';
import { docCommand } from './doc.js';
import { docsCommand, searchCommand } from './docs.js';
import { entitiesCommand, whoCommand } from './entities.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { checkCommand, quotesCommand } from './quotes.js';
import { serveCommand } from './serve.js';
import { eventCommand, timelineCommand } from './timeline.js';

export const COMMANDS: (() => Command)[] = [
  ingestCommand, exportCommand, docsCommand, docCommand, searchCommand, entitiesCommand, whoCommand, timelineCommand, eventCommand,
  quotesCommand, checkCommand, conflictsCommand, briefCommand, serveCommand,
];
