// Three short news texts of our own for the CLI's filter and correction tests: two dated, one
// without a date whose meeting is placed only by "on Tuesday"; quotes by speakers of three states.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before } from 'node:test';
import { cli, tempDir, writeFiles } from '../support.js';
export const RECORD_TEXTS = {
  'oslo.txt': `Norway and Chile agree to widen fisheries talks

OSLO, 4 May 2022 — Norwegian Foreign Minister Ingrid Solvang met Chilean Foreign Minister Pablo Reyes in Oslo on Wednesday.

"We have found common ground on the fishing quotas," Solvang told reporters after the meeting.

Reyes said the two countries would meet again in the autumn. "Chile wants a lasting agreement with Norway," he said.
`,
  'lima.txt': `Chile and Peru discuss border crossings

LIMA, 12 October 2023 — Chilean Foreign Minister Pablo Reyes visited Lima on Thursday and held talks with Peruvian Foreign Minister Rosa Quispe.

"The border must stay open for trade," Quispe said at a joint press conference.
`,
  'stockholm.txt': `Sweden and Chile hold talks on trade

Swedish Foreign Minister Lars Holm met Chilean Foreign Minister Pablo Reyes in Stockholm on Tuesday to discuss trade.

"Our ports are ready for more Chilean goods," Holm said after the talks.
`,
};

/** A store of the three texts (ingested as news by the CLI before the file's tests), and the folder they were written to. */
export function recordStore(): { db: string; texts: string } {
  const dir = tempDir();
  const texts = path.join(dir, 'in');
  const db = path.join(dir, 'x.db');
  before(() => {
    writeFiles(texts, RECORD_TEXTS);
    const r = cli(['ingest', '-q', '--db', db, '--kind', 'news', texts]);
    assert.equal(r.status, 0, r.stderr);
  });
  return { db, texts };
}
