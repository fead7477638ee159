// Benchmark of quote verification: generated stores of 1,000 and 10,000 documents (half of them
// speakers' primary records, passages indexed per speaker), then the time to verify each of a fixed
// set of quotes (verbatim, edited and invented ones). Verification reads only the quoted speaker's
// term postings, so the time per quote should barely grow with the store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fnv1a, termsOf, wordsOf } from '../src/link/quote-align.js';
import { reverifySpeaker, verifyQuote, type QuoteToVerify } from '../src/link/quotes.js';
import { openStore, type Store } from '../src/store/db.js';
import { indexQuoteTerms, insertPassage, insertQuote } from '../src/store/quotes.js';

const SIZES = [1000, 10000];
const DOCS_PER_SPEAKER = 10;
const SENTENCES = 20;
const QUOTES = 300;

// deterministic generator: the same stores on every run
let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 2 ** 32);
const COMMON = ['the', 'of', 'and', 'to', 'in', 'we', 'our', 'a', 'is', 'for', 'with', 'on', 'that', 'cooperation', 'relations', 'countries', 'partners'];
const VOCAB = Array.from({ length: 5000 }, (_, i) => 'w' + i.toString(36));
// content words drawn with a skew, so some are frequent across the whole corpus
const word = () => (rand() < 0.45 ? COMMON[Math.floor(rand() * COMMON.length)] : VOCAB[Math.floor(VOCAB.length * rand() ** 2)]);
const sentence = () => {
  const n = 8 + Math.floor(rand() * 20);
  const ws = Array.from({ length: n }, word);
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
  return ws.join(' ') + '.';
};

function build(size: number): { store: Store; file: string; quotes: QuoteToVerify[] } {
  const file = path.join(os.tmpdir(), `attache-quotes-bench-${size}-${process.pid}.db`);
  fs.rmSync(file, { force: true });
  const store = openStore(file);
  const speakers = Math.max(1, Math.floor(size / (2 * DOCS_PER_SPEAKER)));
  const insDoc = store.db.prepare(
    `INSERT INTO documents (id, hash, source, source_name, format, original, byte_length, language, kind, main_text, body, text_hash, clean_share, ingested_at)
     VALUES (?, ?, ?, ?, 'text', ?, ?, 'en', ?, ?, '[]', ?, 1, '2024-01-01T00:00:00Z')`,
  );
  const samples: { speaker: string; text: string; date: string }[] = [];
  store.db.transaction(() => {
    for (let d = 0; d < size; d++) {
      const id = `doc${d}`;
      const primary = d % 2 === 0;
      const text = Array.from({ length: SENTENCES }, sentence).join(' ');
      insDoc.run(id, id, id, id, text, text.length, primary ? 'transcript' : 'news', text, id);
      if (!primary) continue;
      const speaker = `speaker${(d / 2) % speakers}`;
      const date = `20${10 + (d % 12)}-0${1 + (d % 9)}-1${d % 10}`;
      let at = 0;
      for (const s of text.match(/[^.]+\./g) ?? []) {
        const start = text.indexOf(s, at);
        at = start + s.length;
        const ws = wordsOf(s);
        insertPassage(store, { speaker, doc: id, format: 'text', start, end: start + s.length, text: s, words: ws.flatMap((w) => [start + w.start, start + w.end]), date }, termsOf(ws).map(fnv1a));
        if (rand() < 0.02) samples.push({ speaker, text: s, date });
      }
    }
  })();
  const quotes: QuoteToVerify[] = [];
  for (let i = 0; i < QUOTES; i++) {
    const s = samples[Math.floor(rand() * samples.length)];
    const ws = s.text.replace(/\.$/, '').split(' ');
    const from = Math.floor(rand() * (ws.length / 2));
    let words = ws.slice(from, from + 6 + Math.floor(rand() * 8));
    const kind = i % 3;
    if (kind === 1) words[Math.floor(rand() * words.length)] = word(); // a changed word
    if (kind === 2) words = Array.from({ length: words.length }, word); // words never said
    quotes.push({ doc: 'news', text: words.join(' '), speaker: s.speaker, docDate: s.date });
  }
  return { store, file, quotes };
}

console.log(`quote verification: ${QUOTES} quotes per store, ${DOCS_PER_SPEAKER} primary records per speaker, ${SENTENCES} passages each`);
for (const size of SIZES) {
  const t0 = performance.now();
  const { store, file, quotes } = build(size);
  const built = performance.now() - t0;
  const passages = (store.db.prepare('SELECT count(*) AS n FROM primary_passages').get() as { n: number }).n;
  for (const q of quotes) verifyQuote(store, q); // warm-up pass: JIT, prepared statements, page cache
  const counts: Record<string, number> = {};
  const t1 = performance.now();
  for (const q of quotes) {
    const v = verifyQuote(store, q);
    counts[v.status] = (counts[v.status] ?? 0) + 1;
  }
  const perQuote = (performance.now() - t1) / quotes.length;
  // the quotes stored, then a new primary record of each quoted speaker: which quotes are checked again
  store.db.transaction(() =>
    quotes.forEach((q, i) => {
      const id = `quote${i}`;
      insertQuote(store, { id, doc: 'doc1', start: 0, end: q.text.length, text: q.text, speaker: q.speaker, cue: null, docDate: q.docDate, status: 'no_primary_source', matches: [] });
      indexQuoteTerms(store, q.speaker!, id, termsOf(wordsOf(q.text)).map(fnv1a));
    }),
  )();
  let rechecked = 0;
  const t2 = performance.now();
  for (const q of quotes.slice(0, 50)) rechecked += reverifySpeaker(store, q.speaker!, q.docDate, termsOf(wordsOf(sentence())).map(fnv1a));
  const perRecord = (performance.now() - t2) / 50;
  console.log(
    `${String(size).padStart(6)} documents, ${String(passages).padStart(7)} primary passages: ${perQuote.toFixed(3)} ms per quote ` +
      `(${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}); a new primary record re-checks ${(rechecked / 50).toFixed(1)} quotes in ${perRecord.toFixed(3)} ms; ` +
      `store built in ${(built / 1000).toFixed(1)} s`,
  );
  store.close();
  for (const f of [file, file + '-wal', file + '-shm']) fs.rmSync(f, { force: true });
}
