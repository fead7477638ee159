// Benchmark of main-text extraction from SCRAPED PLAIN TEXT: each page of the shared
// article-extraction set is rendered to text as a scraper keeps it (every block on its own line,
// menus, lists of other stories and footers left in, markup and scripts gone), then read by the
// plain-text path, and scored against the same references as the HTML path (bench:extract).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { htmlDir, repo, scorer } from './extract-data.js';
import { decodeHtmlBytes } from '../src/clean/html/charset.js';
import { readText } from '../src/clean/text/read.js';


const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'select', 'option']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'tr', 'td', 'th', 'blockquote', 'figure', 'figcaption', 'form', 'pre', 'dl', 'dt', 'dd', 'br', 'hr', 'address', 'title', 'body',
]);

/** The page's text as a scraper's "text only" view: blocks on lines of their own, whitespace folded. */
export function renderText(html: string): string {
  const out: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    const stack: ChildNode[] = [...nodes].reverse();
    const closing = new Set<ChildNode>();
    while (stack.length) {
      const n = stack.pop()!;
      if (closing.has(n)) {
        out.push('\n');
        continue;
      }
      if (n.type === 'text') out.push(n.data.replace(/\s+/g, ' '));
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const name = n.name.toLowerCase();
        if (SKIP.has(name)) continue;
        const block = BLOCK.has(name);
        if (block) {
          out.push('\n');
          closing.add(n);
          stack.push(n);
        }
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
      }
    }
  };
  const doc = parseDocument(html, { decodeEntities: true });
  // the <title> first, as a browser's saved text begins
  const title = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1]?.replace(/\s+/g, ' ').trim();
  walk(doc.children);
  const text = out.join('').split('\n').map((l) => l.trim()).filter((l, i, a) => l || (i > 0 && a[i - 1])).join('\n');
  return (title ? title + '\n\n' : '') + text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

const files = fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();
const predictions: Record<string, { articleBody: string }> = {};
const texts: Record<string, string> = {};
let chars = 0;
let seconds = 0;
for (const f of files) {
  const id = f.replace(/\.html\.gz$/, '');
  const text = renderText(decodeHtmlBytes(gunzipSync(fs.readFileSync(path.join(htmlDir, f)))));
  texts[id] = text;
  chars += text.length;
  const t0 = process.hrtime.bigint();
  predictions[id] = { articleBody: readText(text, `${id}.txt`).main.text };
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
}
const outDir = path.join(repo, 'bench', 'out');
fs.mkdirSync(outDir, { recursive: true });
const predPath = path.join(outDir, 'extract-text-predictions.json');
fs.writeFileSync(predPath, JSON.stringify(predictions, null, 1));
if (process.argv.includes('--keep-texts')) fs.writeFileSync(path.join(outDir, 'extract-text-inputs.json'), JSON.stringify(texts, null, 1));
console.log(execFileSync(process.execPath, [scorer, predPath], { encoding: 'utf8' }).trimEnd().split('\n').filter((l) => !/^(goose3|justext|newspaper|readability_js|rs_trafilatura|trafilatura)\b/.test(l)).join('\n'));
console.log(`${files.length} pages rendered to text (${(chars / 1e6).toFixed(1)} M characters), read in ${seconds.toFixed(2)} s (plain-text path only)`);
