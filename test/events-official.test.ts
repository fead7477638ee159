// Events that official texts (readouts, remarks, statements, press calls) report beside their main
// occasion, on sentences we wrote in their shapes: earlier gatherings named one after another, plans
// announced together with a dated one, "we" of the government whose site publishes the text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { countryCode, countryName } from '../src/annotate/entities/gazetteer.js';
import { hostPublisher } from '../src/annotate/entities/publisher.js';
import { EVENT_TYPES, placedMode } from '../src/lexicons/en/event-verbs.js';
import { day, eventsWithNames, ofType, type NameSpec } from './helpers/events-fixture.js';
import { annotateText } from './helpers/pipeline.js';
import type { LocalEntity } from '../src/types.js';

const person = (name: string, country: string | null): NameSpec => ({ name, type: 'person', country });
const state = (name: string, country: string): NameSpec => ({ name, type: 'country', country });
const NAMES: NameSpec[] = [
  person('Tomas Verhoeven', 'NLD'),
  person('Alana Kealoha', 'USA'),
  person('Ingrid Solheim', 'NOR'),
  person('Rafael Quintero', 'NOR'),
  person('Dana Whitfield', 'USA'),
  state('Fiji', 'FJI'),
  state('Norway', 'NOR'),
  state('Samoa', 'WSM'),
];

test('"their summit a year ago … and their gathering in Fiji": two earlier happenings, the second held in the state it names and not dated by the first', () => {
  const { events } = eventsWithNames(
    'Prime Minister Tomas Verhoeven said the visit builds on their first summit a year ago in this very hall and their gathering in Fiji with Secretary Alana Kealoha.',
    NAMES,
    { published: day('2024-05-20'), kind: 'statement' },
  );
  const consult = ofType(events, 'CONSULT');
  const fiji = consult.find((e) => e.location === 'Fiji');
  assert.ok(fiji, 'the gathering in Fiji is an event of its own');
  assert.equal(fiji.date, null);
  const summit = consult.find((e) => e.date?.value === '2023');
  assert.ok(summit, 'the summit a year ago');
  assert.notEqual(summit.location, 'Fiji');
  // ("talks in the Samoan capital": an adjective names no state as the place)
  const { events: adjective } = eventsWithNames('Minister Tomas Verhoeven held talks in the Samoan capital on Monday.', [...NAMES, { name: 'Samoan', type: 'country', country: 'WSM' }], {
    published: day('2024-05-20'),
    kind: 'news',
  });
  assert.ok(ofType(adjective, 'CONSULT').every((e) => e.location !== 'Samoa'));
});

test('a plan announced beside a dated one is dated with it, not on the day of the release', () => {
  const { events, names } = eventsWithNames(
    'President Dana Whitfield will meet virtually with Prime Minister Ingrid Solheim of Norway on Thursday, March 7 to deepen ties between our governments. ' +
      'This meeting will precede the ministerial dialogue between Secretary Alana Kealoha and Foreign Minister Rafael Quintero.',
    NAMES,
    { published: day('2024-03-05'), kind: 'statement' },
  );
  const dialogue = ofType(events, 'CONSULT').find((e) => names(e).includes('Rafael Quintero'));
  assert.ok(dialogue);
  assert.equal(dialogue.status, 'planned');
  assert.equal(dialogue.date?.value, '2024-03-07');
});

test('a government site\'s address names the state it speaks for, the most specific name first', () => {
  const of = (url: string) => hostPublisher(url);
  assert.deepEqual(of('https://www.mofa.go.jp/press/release/page1.html'), { code: 'JPN', kind: 'foreign' });
  assert.deepEqual(of('https://bidenwhitehouse.archives.gov/briefing-room/'), { code: 'USA', kind: 'presidency' });
  assert.deepEqual(of('https://www.dfat.gov.au/news'), { code: 'AUS', kind: 'foreign' });
  assert.deepEqual(of('https://www.health.gov.au/news'), { code: 'AUS', kind: 'government' });
  assert.deepEqual(of('https://www.gov.uk/government/news/a-statement'), { code: 'GBR', kind: 'government' });
  assert.deepEqual(of('http://en.kremlin.ru/events/president/news/1'), { code: 'RUS', kind: 'presidency' });
  assert.equal(of('https://www.example-news.com/world/story'), null);
  assert.equal(of('not an address'), null);
});

test('"we" in a government\'s own briefing is that government, named by the site\'s address; a guest\'s "we" is not', () => {
  const page = (url: string | null) =>
    (url ? `---\ntitle: Background Briefing on the Minister's Visit\ndate: '2024-03-05'\nsource_url: ${url}\n---\n\n` : '') +
    'MODERATOR:  Thank you all for joining this call on background.\n\n' +
    'SENIOR OFFICIAL:  Thanks.  We have already been able to ban coal and gas imports from Russia, but other countries must make their own decisions about what they buy.\n';
  const sanction = (url: string | null) => annotateText('briefing.md', page(url)).ann.events.find((e) => e.type === 'SANCTION');
  assert.deepEqual(sanction('https://www.dfat.gov.au/news/media/briefing')?.countries, ['AUS', 'RUS']);
  assert.deepEqual(sanction(null)?.countries, ['RUS']);
});

test('a catalogue\'s inverted state name is read as texts write it', () => {
  assert.equal(countryCode('Micronesia'), 'FSM');
  assert.equal(countryCode('Federated States of Micronesia'), 'FSM');
  assert.equal(countryCode('Republic of Moldova'), 'MDA');
  // ("Korea" is the name of two inverted entries: the alias decides)
  assert.equal(countryCode('Korea'), 'KOR');
  assert.equal(countryCode('Micronesian', false), null);
});

test('what each event type is like lives on its entry in the type table, not as type names in the annotator', () => {
  assert.equal(placedMode('AGREE', 'sign'), true);
  assert.equal(placedMode('AGREE', null), false);
  assert.equal(placedMode('REQUEST', 'invite'), true);
  assert.equal(placedMode('CONSULT', null), true);
  assert.equal(placedMode('SUPPORT', null), false);
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/annotate/events');
  const names = new RegExp(String.raw`['"](?:${Object.keys(EVENT_TYPES).join('|')})['"]`);
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) assert.doesNotMatch(fs.readFileSync(path.join(dir, f), 'utf8'), names, f);
});

test('a transcript titled "…: Place: day: topics" is held there; time spent with someone elsewhere that morning is a meeting of its own, where its verb puts it', () => {
  const { ann } = annotateText(
    'presser.txt',
    `---\ntitle: "Transcript of joint press conference: Vienna: 3 June 2024: trade; fisheries"\ndate: '2024-06-03'\n---\n\n` +
      'MINISTER VERHOEVEN: Thank you all for coming. The Minister and I have discussed trade and fisheries this morning.\n\n' +
      'Of course Secretary Alana Kealoha is in the region this week. I was glad to spend some time with her in Geneva this morning before coming to Vienna.\n\n' +
      'MINISTER HOFER: Thank you, Minister Verhoeven. We had very good talks.\n',
  );
  const name = (id: string) => ann.entities.find((e) => e.localId === id)?.name;
  const consult = ann.events.filter((e) => e.type === 'CONSULT');
  const main = consult.find((e) => e.participants.some((p) => name(p.localId) === 'Hofer'));
  assert.equal(main?.location, 'Vienna');
  assert.equal(main?.date?.value, '2024-06-03');
  const aside = consult.find((e) => e.participants.some((p) => name(p.localId) === 'Alana Kealoha'));
  assert.ok(aside && aside !== main, 'the time spent with the Secretary is another meeting');
  assert.equal(aside.location, 'Geneva');
  assert.ok(aside.participants.some((p) => name(p.localId) === 'Verhoeven'));
});

test('"discussions with the Prime Minister of Norway" are held with the one prime minister the text names, even named later without a state', () => {
  const specs: NameSpec[] = [{ name: 'Tomas Verhoeven', type: 'person', country: 'NLD', isSpeaker: true }, person('Ingrid Solheim', null), person('Rafael Quintero', null), state('Norway', 'NOR')];
  const withRoles = (found: LocalEntity[]) =>
    found.map((e) => (e.name === 'Ingrid Solheim' ? { ...e, roles: [{ title: 'Prime Minister', country: null }] } : e.name === 'Rafael Quintero' ? { ...e, roles: [{ title: 'Governor', country: null }] } : e));
  const { events, names } = eventsWithNames(
    'In my discussions with the Prime Minister of Norway yesterday, I found a firm commitment to the process. Prime Minister Ingrid Solheim has led that effort for years, with Governor Rafael Quintero.',
    specs,
    { published: day('2024-03-05'), kind: 'transcript', entities: withRoles },
  );
  const talks = ofType(events, 'CONSULT');
  assert.equal(talks.length, 1);
  assert.ok(names(talks[0]).includes('Ingrid Solheim'));
  assert.ok(!names(talks[0]).includes('Rafael Quintero'));
  assert.equal(talks[0].date?.value, '2024-03-04');
});

test('a government\'s plans in remarks: money to invest, exchanges to expand, an act to repeat for another state', () => {
  const specs: NameSpec[] = [{ name: 'Tomas Verhoeven', type: 'person', country: 'NLD', isSpeaker: true }, state('Fiji', 'FJI'), state('Samoa', 'WSM'), state('Tonga', 'TON')];
  const { events } = eventsWithNames(
    'We have signed a new fisheries agreement with Fiji and Samoa. Hoping to do the same for Tonga before long. ' +
      'This year we intend to invest more than $15 million in coastal radar for the region. ' +
      'I am proud to announce that we are going to double the number of academic exchanges for island students.',
    specs,
    { published: day('2024-05-20'), kind: 'transcript' },
  );
  const agree = ofType(events, 'AGREE');
  const again = agree.find((e) => e.countries.includes('TON'));
  assert.ok(again, 'doing the same for Tonga is an agreement too');
  assert.equal(again.status, 'planned');
  assert.ok(again.countries.includes('NLD'));
  const aid = ofType(events, 'AID');
  assert.ok(aid.some((e) => e.status === 'planned' && e.countries.includes('NLD')));
  const exchanges = ofType(events, 'COOPERATE');
  assert.ok(exchanges.some((e) => e.status === 'planned' && e.countries.includes('NLD')));
  // (a trend in exchanges is no act)
  const { events: trend } = eventsWithNames('Relations have grown, with a rise in trade, tourism and people-to-people exchanges.', specs, { published: day('2024-05-20'), kind: 'news' });
  assert.equal(ofType(trend, 'COOPERATE').length, 0);
  // (a catalogue's inverted name is shown as texts write it)
  assert.equal(countryName('FSM'), 'Federated States of Micronesia');
});

test('"these talks" is the happening told just before it, even on another day than the release\'s', () => {
  const { events, names } = eventsWithNames(
    'In Norway, from 11 to 13 June, I will meet Foreign Minister Ingrid Solheim in Oslo. Secretary Alana Kealoha will also join these talks, which will cover trade.',
    NAMES,
    { published: day('2024-06-03'), kind: 'press_release' },
  );
  const planned = ofType(events, 'CONSULT').filter((e) => e.status === 'planned');
  assert.equal(planned.length, 1, 'one planned meeting');
  assert.equal(planned[0].date?.value, '2024-06-11');
  const who = names(planned[0]);
  assert.ok(who.includes('Ingrid Solheim') && who.includes('Alana Kealoha'), who.join(', '));
});
