// The press and commentators a text names are no parties to the diplomacy it reports: a byline's
// author, "our correspondent X", a news agency, the journalists putting questions at a press conference.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore } from '../src/store/db.js';
import { exportEvents } from '../src/store/events.js';
import { buildExport } from '../src/views/export.js';

const STORY = `---
title: "Ministers meet in Wellington"
date: 2024-05-10
author: "Sam Carter"
---

New Zealand Foreign Minister Winston Peters met Australian Foreign Minister Penny Wong in Wellington on Thursday, the state news agency Kestrel reported. Our Pacific correspondent Dana Whitlock said the two ministers discussed fisheries. Sam Carter met Peters after the talks.
`;
const PRESS_CONFERENCE = `Joint press conference, Canberra, 12 May 2024

MINISTER WONG: We discussed regional security with the Minister today.

ALEX MORROW (DAILY COURIER): Minister, did you discuss fisheries with your counterpart?

MINISTER WONG: We did, and we agreed to meet again.
`;

test('a correspondent, the byline, a news agency and a questioner take no part in the meetings they report', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-media-'));
  const store = openStore(':memory:');
  for (const [name, text] of [['story.md', STORY], ['presser.txt', PRESS_CONFERENCE]]) {
    fs.writeFileSync(path.join(dir, name), text);
    await ingestPaths(store, [path.join(dir, name)]);
  }
  const names = new Map(buildExport(store).entities.map((e) => [e.id, e.name]));
  const events = exportEvents(store);
  const taking = new Set(events.flatMap((e) => e.participants.map((p) => names.get(p.entity))));
  for (const press of ['Sam Carter', 'Dana Whitlock', 'Kestrel', 'Alex Morrow']) assert.ok(!taking.has(press), `${press} is no participant`);
  const wellington = events.find((e) => e.type === 'CONSULT' && e.location === 'Wellington');
  assert.deepEqual(wellington?.participants.map((p) => names.get(p.entity)).filter((n) => n && /Peters|Wong/.test(n)).length, 2);
  store.close();
});
