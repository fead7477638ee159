// A briefing as Markdown or as a standalone HTML page. Citations are numbered in the text and listed
// at the end with the document and the exact words; in HTML each one links into the web app's
// reader at that span (`APP#/doc/ID?at=START`).
import type { Brief, BriefSentence, Citation } from './brief.js';

const sourceOf = (c: Citation) => `${c.title ? `“${c.title}”, ` : ''}${c.sourceName}${c.published ? `, ${c.published}` : ''}, characters ${c.start}–${c.end}`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function briefMarkdown(b: Brief): string {
  const marks = (s: BriefSentence) => s.cites.map((n) => `[${n}]`).join('');
  const out = [`# ${b.title}`, ''];
  if (b.period) out.push(`*Period: ${b.period}*`, '');
  for (const sec of b.sections) {
    if (!sec.items.length) continue;
    out.push(`## ${sec.heading}`, '');
    if (sec.paragraph) out.push(sec.items.map((s) => `${s.text} ${marks(s)}`).join(' '), '');
    else out.push(...sec.items.map((s) => `- ${s.text} ${marks(s)}`), '');
  }
  if (!b.sections.some((s) => s.items.length)) out.push('The record holds nothing on this.', '');
  out.push('## Sources', '');
  out.push(...b.citations.map((c) => `${c.n}. ${sourceOf(c)}: “${oneLine(c.text)}”`), '');
  return out.join('\n');
}

const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** The page's style: inline in a file, a stylesheet of its own where the server's policy forbids inline styles. */
export const BRIEF_CSS = 'body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}h1,h2{font-family:system-ui,sans-serif}sup a{text-decoration:none}.sources{font-size:.9em}.period{color:#666}';

/**
 * `app` is the web app's address ('' for links relative to the server that serves the brief);
 * `stylesheet`, when given, is linked instead of the style being inline.
 */
export function briefHtml(b: Brief, app = '', stylesheet?: string): string {
  const marks = (s: BriefSentence) => s.cites.map((n) => `<sup><a href="#cite-${n}">${n}</a></sup>`).join('');
  const body: string[] = [`<h1>${esc(b.title)}</h1>`];
  if (b.period) body.push(`<p class="period">Period: ${esc(b.period)}</p>`);
  for (const sec of b.sections) {
    if (!sec.items.length) continue;
    body.push(`<h2>${esc(sec.heading)}</h2>`);
    if (sec.paragraph) body.push(`<p>${sec.items.map((s) => `${esc(s.text)}${marks(s)}`).join(' ')}</p>`);
    else body.push(`<ul>${sec.items.map((s) => `<li>${esc(s.text)}${marks(s)}</li>`).join('')}</ul>`);
  }
  if (!b.sections.some((s) => s.items.length)) body.push('<p>The record holds nothing on this.</p>');
  body.push('<h2>Sources</h2>', '<ol class="sources">');
  for (const c of b.citations)
    body.push(`<li id="cite-${c.n}"><a href="${esc(`${app}/#/doc/${c.doc}?at=${c.start}`)}">${esc(sourceOf(c))}</a>: <q>${esc(oneLine(c.text))}</q></li>`);
  body.push('</ol>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(b.title)}</title>
${stylesheet ? `<link rel="stylesheet" href="${esc(stylesheet)}">` : `<style>${BRIEF_CSS}</style>`}
</head><body>
${body.join('\n')}
</body></html>
`;
}
