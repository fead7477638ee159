// Events across documents, through the real pipeline (clean, entities, events, store, link): one
// event per happening whatever the ingest order, and the seed corpus against its reference.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore } from '../src/store/db.js';
import { exportEvents } from '../src/store/events.js';
import { buildExport } from '../src/views/export.js';
import { eventDetail, timeline } from '../src/views/timeline.js';
import { eventText, timelineCsv, timelineText } from '../src/views/timeline-format.js';
import { needs } from './needs.js';
import { GOLD, SEEDS } from './paths.js';

const PRESS_RELEASE = `Foreign Minister meets her Indonesian counterpart

6 February 2024

Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta on Monday. The two ministers discussed maritime security and trade in the Indo-Pacific.
`;
const NEWS = `Australia and Indonesia discuss maritime security

February 7, 2024

Australian Foreign Minister Penny Wong held talks with Indonesian Foreign Minister Retno Marsudi in Jakarta on February 5, 2024. Wong said the two countries would deepen cooperation.
`;
const OTHER = `Ministers meet in Canberra

March 12, 2024

Indonesian Foreign Minister Retno Marsudi met Australian Foreign Minister Penny Wong in Canberra on March 11, 2024.
`;

async function ingestInOrder(files: [string, string][]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-events-'));
  const store = openStore(':memory:');
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    await ingestPaths(store, [file]);
  }
  return store;
}

for (const order of ['press release first', 'news first']) {
  test(`two reports of one meeting become one event (${order})`, async () => {
    const files: [string, string][] = [['release.txt', PRESS_RELEASE], ['news.txt', NEWS], ['other.txt', OTHER]];
    if (order === 'news first') files.reverse();
    const store = await ingestInOrder(files);
    const meetings = exportEvents(store).filter((e) => e.type === 'CONSULT' && e.status === 'occurred');
    const jakarta = meetings.filter((e) => e.date === '2024-02-05');
    assert.equal(jakarta.length, 1, 'one event for the Jakarta meeting');
    assert.equal(new Set(jakarta[0].evidence.map((s) => s.doc)).size, 2, 'evidence from both reports');
    assert.equal(jakarta[0].location, 'Jakarta');
    // a later meeting of the same two ministers is another event
    assert.deepEqual(meetings.filter((e) => e.date === '2024-03-11').length, 1);
    store.close();
  });
}

const MONTH_ONLY = `Ministers review Australia–Indonesia ties

March 1, 2024

Australian Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta in February 2024 to discuss maritime security.
`;

for (const order of ['month first', 'day first']) {
  test(`"in February" and "on 5 February" of the same two ministers are one meeting, on the day (${order})`, async () => {
    const files: [string, string][] = [['month.txt', MONTH_ONLY], ['release.txt', PRESS_RELEASE]];
    if (order === 'day first') files.reverse();
    const store = await ingestInOrder(files);
    const meetings = exportEvents(store).filter((e) => e.type === 'CONSULT' && e.status === 'occurred');
    assert.deepEqual(meetings.map((e) => e.date), ['2024-02-05']);
    assert.equal(new Set(meetings[0].evidence.map((s) => s.doc)).size, 2);
    assert.equal(meetings[0].dateEvidence?.text, 'on Monday');
    // filed under the day for each of its actors, by their ids, so a third report of that day finds it
    const dayActors = store.db.prepare("SELECT substr(key, instr(key, '|a:') + 3) FROM event_keys WHERE key GLOB 'd|*|2024-02-05|a:*'").pluck().all() as string[];
    assert.equal(dayActors.length, 2);
    for (const id of dayActors) assert.ok(store.db.prepare('SELECT 1 FROM entities WHERE id = ?').get(id), `${id} is a stored entity`);
    store.close();
  });
}

test('a mirror of a document adds its evidence to the same events, even undated ones', async () => {
  const text = 'Prime Minister Anthony Albanese spoke by telephone with the Prime Minister of New Zealand. The two countries agreed to deepen cooperation on Pacific security.\n';
  const store = await ingestInOrder([['call.txt', text], ['mirror.txt', text + '\n\n']]);
  const docs = buildExport(store).documents;
  assert.equal(docs.filter((d) => d.duplicateOf).length, 1, 'the mirror is a duplicate');
  const events = exportEvents(store);
  assert.ok(events.length > 0);
  for (const e of events) assert.equal(new Set(e.evidence.map((s) => s.doc)).size, 2, `${e.type} from both copies`);
  store.close();
});

test('events of an HTML page point into its source; their text is the readable text of the slice', async () => {
  const html = `<!doctype html><html><head><title>Ministers meet</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Ministers meet in Jakarta</h1><p class="date">February 6, 2024</p>
<p>Australian Foreign Minister <b>Penny Wong</b> met Indonesian Foreign Minister Retno Marsudi in Jakarta on Monday.</p>
<p>The two ministers discussed maritime security &amp; trade in the Indo-Pacific region, and agreed to meet again in Canberra next year.</p></article>
<footer>Contact us</footer></body></html>`;
  const store = await ingestInOrder([['meeting.html', html]]);
  const events = exportEvents(store);
  assert.ok(events.some((e) => e.type === 'CONSULT'));
  const readable = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  for (const e of events)
    for (const s of [...e.evidence, ...(e.dateEvidence ? [e.dateEvidence] : [])]) assert.equal(readable(html.slice(s.start, s.end)), s.text);
  store.close();
});

test('the seed corpus: the 2021 talks carry every report, dates right, a modest event count', needs('shared'), async () => {
  const seeds = SEEDS;
  const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8')) as { events: unknown[] };
  const store = openStore(':memory:');
  await ingestPaths(store, [seeds]);
  const events = exportEvents(store);
  const docs = buildExport(store).documents;
  const nameOf = (id: string) => docs.find((d) => d.id === id)?.sourceName.slice(0, 3);
  assert.ok(events.length <= 3 * gold.events.length, `${events.length} events for ${gold.events.length} reference events`);

  const talks = events.filter((e) => e.type === 'CONSULT' && e.status === 'occurred' && e.date === '2021-03-25');
  assert.equal(talks.length, 1);
  const sources = new Set(talks[0].evidence.map((s) => nameOf(s.doc)));
  assert.ok(sources.has('001') && (sources.has('000') || sources.has('002')), [...sources].join(','));
  assert.equal(talks[0].location, 'Seoul');

  const on = (date: string | null, type: string) => events.filter((e) => e.date === date && e.type === type && e.status === 'occurred');
  assert.equal(on('2021-03-24', 'CONSULT').length, 1, 'the ceremony the day before');
  assert.equal(on('2020-11', 'AGREE').length, 1, 'the vaccine agreement signed "last November"');
  assert.equal(on('2016-06-13', 'CONSULT').length, 1, 'the 2016 talks in Moscow');
  assert.equal(on('2015-11', 'CONSULT').length, 1, 'the 2015 summit told as background');
  assert.equal(on('2016', 'MOBILIZE').length, 1, 'the nuclear test of early 2016');
  assert.deepEqual(on('2021-03-25', 'MOBILIZE').map((e) => e.countries), [['PRK']]);
  // 004 never gives its date: its call stays undated rather than taking the anniversary's day
  const call = events.find((e) => e.mode === 'phone');
  assert.ok(call);
  assert.equal(call.date, null);

  for (const e of events)
    for (const s of [...e.evidence, ...(e.dateEvidence ? [e.dateEvidence] : [])]) {
      const original = fs.readFileSync(path.join(seeds, docs.find((d) => d.id === s.doc)!.sourceName), 'utf8');
      assert.equal(original.slice(s.start, s.end), s.text);
    }

  const t = timeline(store, { countries: ['PRK'], types: ['MOBILIZE'] });
  assert.deepEqual(t.dated.map((e) => e.date), ['2016', '2021-03-25']);
  store.close();
});

test('the timeline: date order, undated events apart at the end, planned ones marked; an event with its sentences', async () => {
  const undated = 'Prime Minister Anthony Albanese spoke by telephone with Prime Minister Chris Hipkins of New Zealand. Albanese will visit Wellington next year.\n';
  const store = await ingestInOrder([['undated.txt', undated], ['other.txt', OTHER], ['release.txt', PRESS_RELEASE]]);
  const t = timeline(store);
  const dates = t.dated.map((e) => e.date!);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(t.undated.length >= 1 && t.undated.every((e) => e.date === null));
  const text = timelineText(t);
  assert.ok(text.indexOf('2024-02-05') < text.indexOf('2024-03-11'));
  assert.ok(text.indexOf('date not given') > text.indexOf('2024-03-11'), 'undated events come last');
  assert.match(text, /\[planned\]/);
  assert.match(timelineCsv(t).split('\r\n')[0], /^id,date,type,mode,cameo,quadClass,status,location,participants,countries,summary,sources$/);
  assert.deepEqual(timeline(store, { from: '2024-03', types: ['consult'] }).dated.map((e) => e.date), ['2024-03-11']);

  const detail = eventDetail(store, t.dated[0].id.slice(0, 10))!;
  assert.equal(detail.id, t.dated[0].id);
  assert.ok(detail.evidence.every((s) => s.marks.length > 0), 'every sentence marks the words naming the event');
  assert.match(eventText(detail), /»[^«]+«/);
  store.close();
});

/** A markdown story with its publication day in the front matter (its text gives no date of its own). */
const story = (title: string, published: string, body: string) => `---\ntitle: "${title}"\ndate: ${published}\n---\n\n${body}\n`;

const TALKS_DATED = story('Leaders meet in Hanoi', '2024-03-09',
  'Australian Prime Minister Anthony Albanese held talks with Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Friday. The two leaders discussed trade and maritime security.');
const TALKS_UNDATED = story('What the Hanoi talks mean for exporters', '2024-03-13',
  'The talks in Hanoi between Australian Prime Minister Anthony Albanese and Vietnamese Prime Minister Pham Minh Chinh were meant to open markets for farmers.');
const TALKS_MONTHS_LATER = story('Exporters look to Vietnam', '2024-09-20',
  'Grain growers say the talks between Australian Prime Minister Anthony Albanese and Vietnamese Prime Minister Pham Minh Chinh in Hanoi have yet to bring new orders.');

for (const order of ['dated first', 'undated first']) {
  test(`a story of the next days that names the talks without their date joins the dated talks; one months later does not (${order})`, async () => {
    const files: [string, string][] = [['dated.md', TALKS_DATED], ['undated.md', TALKS_UNDATED], ['later.md', TALKS_MONTHS_LATER]];
    if (order === 'undated first') [files[0], files[1]] = [files[1], files[0]];
    const store = await ingestInOrder(files);
    const talks = exportEvents(store).filter((e) => e.type === 'CONSULT' && e.status === 'occurred');
    const docs = buildExport(store).documents;
    const names = (e: (typeof talks)[number]) => [...new Set(e.evidence.map((s) => docs.find((d) => d.id === s.doc)?.sourceName))].sort();
    const dated = talks.filter((e) => e.date === '2024-03-08');
    assert.equal(dated.length, 1);
    assert.deepEqual(names(dated[0]), ['dated.md', 'undated.md']);
    // the date comes with the words that give it, in the story that gives it
    assert.equal(dated[0].dateEvidence?.text, 'on Friday');
    assert.equal(docs.find((d) => d.id === dated[0].dateEvidence?.doc)?.sourceName, 'dated.md');
    assert.deepEqual(talks.filter((e) => e.date === null).map(names), [['later.md']]);
    store.close();
  });
}

const CALL = (published: string, day: string, topic: string) => story('Leaders speak by phone', published,
  `Prime Minister Christopher Luxon spoke by telephone with Japanese Prime Minister Fumio Kishida on ${day}. They discussed ${topic}.`);
const CALL_UNDATED = story('Fisheries on the agenda', '2024-03-13',
  'Fishing crews welcomed the telephone call between Prime Minister Christopher Luxon and Japanese Prime Minister Fumio Kishida.');
const PLAN = (published: string, verb: string) => story('A trip to Tokyo', published,
  `Prime Minister Christopher Luxon will ${verb} Tokyo to meet Japanese Prime Minister Fumio Kishida.`);

test('the same two leaders: calls on two days stay two; an undated report joins the one call of its week, or neither of two; plans months apart stay two', async () => {
  const store = await ingestInOrder([
    ['call1.md', CALL('2024-03-05', 'Monday', 'regional security')], ['call2.md', CALL('2024-03-12', 'Monday', 'fisheries')], ['call3.md', CALL_UNDATED],
    ['plan1.md', PLAN('2024-01-10', 'visit')], ['plan2.md', PLAN('2024-06-20', 'travel to')],
  ]);
  const events = exportEvents(store).filter((e) => e.type === 'CONSULT');
  const docs = buildExport(store).documents;
  const names = (e: (typeof events)[number]) => [...new Set(e.evidence.map((s) => docs.find((d) => d.id === s.doc)?.sourceName))].sort().join(',');
  assert.deepEqual(events.filter((e) => e.status === 'occurred').map((e) => `${e.date} ${names(e)}`).sort(), ['2024-03-04 call1.md', '2024-03-11 call2.md,call3.md']);
  assert.deepEqual(events.filter((e) => e.status === 'planned').map(names).sort(), ['plan1.md', 'plan2.md']);
  store.close();

  // two calls in the days before it: which one the undated story means is not known
  const both = await ingestInOrder([['call1.md', CALL('2024-03-09', 'Friday', 'regional security')], ['call2.md', CALL('2024-03-12', 'Monday', 'fisheries')], ['call3.md', CALL_UNDATED]]);
  const calls = exportEvents(both).filter((e) => e.type === 'CONSULT');
  assert.deepEqual(calls.map((e) => e.date).sort(), ['2024-03-08', '2024-03-11', null].sort());
  both.close();
});
