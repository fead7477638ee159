// Benchmark of HTML main-text extraction on the shared article-extraction set: writes predictions,
// times extraction alone, then scores them against the references and the peers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlDir, repo, scorer } from './extract-data.js';
import { decodeHtmlBytes } from '../src/clean/html/charset.js';
import { extractHtml } from '../src/clean/html/extract.js';


const files = fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();
// decode everything first, so the timing below is extraction only
const pages = files.map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: decodeHtmlBytes(gunzipSync(fs.readFileSync(path.join(htmlDir, f)))) }));
let chars = 0;
for (const p of pages) chars += Buffer.byteLength(p.html, 'utf8');

// one warm-up page so JIT compilation is not billed to the first page
extractHtml(pages[0]?.html ?? '');
const predictions: Record<string, { articleBody: string }> = {};
const t0 = process.hrtime.bigint();
for (const p of pages) predictions[p.id] = { articleBody: extractHtml(p.html).main.text };
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

const outDir = path.join(repo, 'bench', 'out');
fs.mkdirSync(outDir, { recursive: true });
const predPath = path.join(outDir, 'extract-predictions.json');
fs.writeFileSync(predPath, JSON.stringify(predictions, null, 1));

console.log(execFileSync(process.execPath, [scorer, predPath, '--peers'], { encoding: 'utf8' }).trimEnd());
console.log(
  `${pages.length} pages, ${(chars / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (extraction only, gunzip and decoding excluded): ` +
    `${(pages.length / seconds).toFixed(1)} pages/s, ${(chars / 1e6 / seconds).toFixed(1)} MB/s`,
);
