// JSON and JSON Lines records as crawlers write them: {text | html, url?, title?, published?}.
import type { DocumentHints } from '../types.js';

export interface Record {
  /** Where in the file the record came from, for error messages ("line 12", "item 3"). */
  where: string;
  content: string;
  format: 'text' | 'html';
  hints: DocumentHints;
}

export type RecordResult = { ok: true; record: Record } | { ok: false; where: string; reason: string };

export function parseJsonRecords(text: string): RecordResult[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return [{ ok: false, where: 'file', reason: `not valid JSON (${(err as Error).message})` }];
  }
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, i) => toRecord(item, Array.isArray(data) ? `item ${i + 1}` : 'record'));
}

export function parseJsonLines(text: string): RecordResult[] {
  const out: RecordResult[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (err) {
      out.push({ ok: false, where: `line ${i + 1}`, reason: `not valid JSON (${(err as Error).message})` });
      return;
    }
    out.push(toRecord(item, `line ${i + 1}`));
  });
  return out;
}

function toRecord(item: unknown, where: string): RecordResult {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return { ok: false, where, reason: 'a record must be a JSON object' };
  const o = item as { [k: string]: unknown };
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : undefined);
  const html = str('html') ?? str('raw_html') ?? str('content_html');
  const text = str('text') ?? str('content') ?? str('body');
  if (!html && !text) return { ok: false, where, reason: 'record has neither "text" nor "html"' };
  const hints: DocumentHints = {};
  const url = str('url') ?? str('link');
  const title = str('title');
  const published = str('published') ?? str('date') ?? str('published_at');
  if (url) hints.url = url;
  if (title) hints.title = title;
  if (published) hints.published = published;
  return { ok: true, record: { where, content: (html ?? text)!, format: html ? 'html' : 'text', hints } };
}
