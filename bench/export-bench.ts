// Export at scale: the example corpus's events copied until the store holds 100,000 (or --events N),
// then each export format written to a file by the CLI, with its time and peak memory.
//   npm run bench:export [-- --events 100000]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/db.js';
import { ingestPaths } from '../src/ingest/run.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' } } });
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-export-bench-'));
const db = path.join(work, 'x.db');
const store = openStore(db);
await ingestPaths(store, [path.join(repo, 'example', 'corpus')], { jobs: 1 });
const want = Number(values.events);
// copies of the events under new ids (as many reports of similar events would make), doubling in SQL
const copy = store.db.transaction((round: number, limit: number) => {
  const db = store.db;
  db.exec('DROP TABLE IF EXISTS temp.pick');
  db.prepare('CREATE TEMP TABLE pick AS SELECT id FROM events ORDER BY seq LIMIT ?').run(limit);
  const suffix = `#${round}`;
  db.prepare(`INSERT INTO events (id, type, mode, cameo, quad_class, status, date, date_precision, date_evidence, location, summary)
    SELECT id || ?, type, mode, cameo, quad_class, status, date, date_precision, date_evidence, location, summary FROM events WHERE id IN (SELECT id FROM pick)`).run(suffix);
  db.prepare('INSERT INTO event_participants (event, entity, role, actor) SELECT event || ?, entity, role, actor FROM event_participants WHERE event IN (SELECT id FROM pick)').run(suffix);
  db.prepare('INSERT INTO event_countries (event, country) SELECT event || ?, country FROM event_countries WHERE event IN (SELECT id FROM pick)').run(suffix);
  db.prepare('INSERT INTO event_evidence (event, doc, start, "end", text) SELECT event || ?, doc, start, "end", text FROM event_evidence WHERE event IN (SELECT id FROM pick)').run(suffix);
});
const count = () => store.db.prepare('SELECT count(*) FROM events').pluck().get() as number;
const base = count();
for (let round = 1, n = base; n < want; round++, n = count()) copy(round, Math.min(n, want - n));
const events = store.db.prepare('SELECT count(*) FROM events').pluck().get() as number;
store.close();
console.log(`store: ${events} events (${base} from the example corpus, copied)`);
const rss = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
for (const args of [['--format', 'json'], ['--format', 'csv'], ['--format', 'plover'], ['--format', 'gdelt']]) {
  const out = path.join(work, `out-${args[1]}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', rss, path.join(repo, 'dist', 'cli', 'main.js'), 'export', '--db', db, ...args, '--out', out], { encoding: 'utf8' });
  const s = (performance.now() - t0) / 1000;
  const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const size = fs.statSync(out).isDirectory() ? fs.readdirSync(out).reduce((n, f) => n + fs.statSync(path.join(out, f)).size, 0) : fs.statSync(out).size;
  console.log(`${args[1].padEnd(7)} ${r.status === 0 ? 'ok' : `exit ${r.status}`}  ${s.toFixed(1)} s  peak RSS ${(kb / 1024).toFixed(0)} MB  output ${(size / 1e6).toFixed(1)} MB  (${(events / s).toFixed(0)} events/s)`);
}
fs.rmSync(work, { recursive: true, force: true });
