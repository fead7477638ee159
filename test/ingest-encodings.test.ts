// Text in legacy encodings is decoded, or refused with a reason: never stored as mojibake.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from '../src/ingest/decode.js';
import { ALL_LAYERS } from '../src/annotate/index.js';
import { openStore } from '../src/store/db.js';
import { searchDocuments } from '../src/views/docs.js';
import { ingest, tempDir, writeFiles } from './support.js';

const RUSSIAN = `Министр иностранных дел Казахстана провёл переговоры в Москве

14 мая 2022 года министр иностранных дел Казахстана провёл переговоры со своим российским коллегой. Стороны обсудили торговлю, транспортные коридоры и сотрудничество в Каспийском регионе.

Министры договорились провести следующий раунд консультаций в Астане осенью.
`;
const KOREAN = `한국과 인도네시아 외교장관 회담

한국 외교부 장관은 2022년 8월 3일 자카르타에서 인도네시아 외교장관과 회담을 갖고 양국 간 교역과 에너지 협력 방안을 논의하였다.

양측은 내년 상반기에 서울에서 공동위원회를 개최하기로 합의하였다.
`;
const FRENCH_1252 = 'La ministre a déclaré : « Nous reprendrons le dialogue à Lisbonne » – une promesse de 10 millions d’euros pour la région, a-t-elle ajouté.';
const MAX = { maxBytes: 1 << 20 };

test('Windows-1251 and EUC-KR files are decoded to the right text', async () => {
  const dir = writeFiles(tempDir(), { 'kz-ru.txt': iconv.encode(RUSSIAN, 'windows-1251'), 'id-kr.txt': iconv.encode(KOREAN, 'euc-kr') });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  assert.deepEqual(run.results.map((r) => r.status), ['stored', 'stored']);
  const rows = store.db.prepare('SELECT source_name, original, title, language, published FROM documents ORDER BY source_name').all() as {
    source_name: string; original: string; title: string; language: string; published: string | null;
  }[];
  assert.equal(rows[0].original, KOREAN);
  assert.equal(rows[0].language, 'ko');
  assert.equal(rows[0].title, '한국과 인도네시아 외교장관 회담');
  assert.equal(rows[1].original, RUSSIAN);
  assert.equal(rows[1].language, 'ru');
  assert.equal(rows[1].title, 'Министр иностранных дел Казахстана провёл переговоры в Москве');
  store.close();
});

test('a text in a language we do not annotate is stored and searchable, and the run says so once', async () => {
  const dir = writeFiles(tempDir(), { 'kz-ru.txt': RUSSIAN, 'id-kr.txt': KOREAN });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir], { layers: ALL_LAYERS });
  for (const [name, lang] of [['kz-ru.txt', 'ru'], ['id-kr.txt', 'ko']]) {
    const lines = run.of(name);
    assert.deepEqual(lines.map((r) => r.status).sort(), ['stored', 'warning']);
    assert.match((lines.find((r) => r.status === 'warning') as { reason: string }).reason, new RegExp(`language ${lang}: .*English text only`));
  }
  assert.equal(searchDocuments(store, 'Москве').hits.length, 1);
  assert.equal((store.db.prepare("SELECT count(*) FROM entities WHERE type = 'person'").pluck().get() as number), 0);
  store.close();
});

test('an HTML page is decoded with the charset it declares', () => {
  const page = `<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><p>${RUSSIAN}</p></body></html>`;
  const d = decodeBytes(iconv.encode(page, 'windows-1251'), MAX);
  assert.ok(d.ok);
  assert.equal(d.text, page);
});

test('Windows-1252 curly quotes and the euro sign survive', () => {
  const d = decodeBytes(iconv.encode(FRENCH_1252, 'windows-1252'), MAX);
  assert.ok(d.ok, JSON.stringify(d));
  assert.equal(d.text, FRENCH_1252);
});

test('damaged UTF-8 is refused with the byte offset, not read as another encoding', () => {
  const good = Buffer.from(FRENCH_1252, 'utf8');
  const damaged = Buffer.concat([good.subarray(0, 20), Buffer.from([0xe2, 0x82]), good.subarray(20)]);
  const d = decodeBytes(damaged, MAX);
  assert.equal(d.ok, false);
  assert.match((d as { reason: string }).reason, /invalid UTF-8 at byte 20/);
});

test('ASCII text with a stray high byte is read with a warning naming the byte, not in silence', async () => {
  const text = 'The foreign ministers of Chile and Peru met in Santiago on Friday and agreed to open talks on shared fish stocks in the South Pacific.\n\nThey will meet again in Lima next year, the ministries said.\n';
  const at = text.indexOf('Lima') + 4;
  const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xc3]), Buffer.from(text.slice(at))]);
  const d = decodeBytes(bytes, MAX);
  assert.ok(d.ok);
  assert.match(d.warning ?? '', new RegExp(`not UTF-8 \\(first at byte ${at}\\)`));
  const dir = writeFiles(tempDir(), { 'note.txt': bytes });
  const run = await ingest(openStore(':memory:'), [dir]);
  assert.deepEqual(run.of('note.txt').map((r) => r.status).sort(), ['stored', 'warning']);
  // a file in a legacy encoding through and through says nothing more than its text
  assert.equal((decodeBytes(iconv.encode(RUSSIAN, 'windows-1251'), MAX) as { warning?: string }).warning, undefined);
});

test('bytes that fit no encoding cleanly are refused, and --encoding overrides detection', () => {
  const odd = Buffer.from('Minutes of the meeting: \x81\x8d\x8f\x90\x9d items were not recorded by the secretariat of the conference.', 'latin1');
  const d = decodeBytes(odd, MAX);
  assert.equal(d.ok, false);
  assert.match((d as { reason: string }).reason, /--encoding/);
  const forced = decodeBytes(iconv.encode(RUSSIAN, 'koi8-r'), { ...MAX, encoding: 'koi8-r' });
  assert.ok(forced.ok && forced.text === RUSSIAN);
  const unknown = decodeBytes(Buffer.from('text'), { ...MAX, encoding: 'klingon-8' });
  assert.match((unknown as { reason: string }).reason, /unknown encoding "klingon-8"/);
});

test('UTF-8 with a byte-order mark loses only the mark', () => {
  const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KOREAN, 'utf8')]), MAX);
  assert.ok(d.ok && d.text === KOREAN && d.encoding === 'utf-8');
});

test('UTF-16 without a byte-order mark is read in the right byte order, with a warning; binary stays refused', () => {
  for (const text of [FRENCH_1252, RUSSIAN]) {
    const le = Buffer.from(text, 'utf16le');
    for (const [bytes, enc] of [[le, 'utf-16le'], [Buffer.from(le).swap16(), 'utf-16be']] as const) {
      const d = decodeBytes(bytes, MAX);
      assert.ok(d.ok, JSON.stringify(d));
      assert.equal(d.text, text);
      assert.equal(d.encoding, enc);
      assert.match(d.warning ?? '', /no byte-order mark/);
    }
  }
  // a PNG header and pseudo-random bytes are not text in any byte order
  let x = 7;
  const noise = Buffer.from(Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x >> 16) & 0xff));
  for (const bytes of [Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), noise]), noise]) {
    const d = decodeBytes(bytes, MAX);
    assert.equal(d.ok, false);
    assert.match((d as { reason: string }).reason, /binary/);
  }
});
