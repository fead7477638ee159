// JSON and JSON Lines records as crawlers write them: {text | html, url?, title?, published?}.
import type { DocumentHints } from '../types.js';
import { parseGivenDate } from '../clean/meta/dates.js';

export interface Record {
  /** Where in the file the record came from, for error messages ("line 12", "item 3"). */
  where: string;
  content: string;
  format: 'text' | 'html';
  hints: DocumentHints;
}

export type RecordResult = { ok: true; record: Record; warnings: string[] } | { ok: false; where: string; reason: string };

export function parseJsonRecords(text: string): RecordResult[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return [{ ok: false, where: 'file', reason: `not valid JSON (${(err as Error).message})` }];
  }
  const items = Array.isArray(data) ? data : [data];
  if (!items.length) return [{ ok: false, where: 'file', reason: 'an empty JSON array: no records to read' }];
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
  const warnings: string[] = [];
  // metadata that is there but unusable is said and left out; the record is kept
  for (const k of [...URL_KEYS, ...TITLE_KEYS, ...DATE_KEYS])
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') warnings.push(`"${k}" is ${Array.isArray(o[k]) ? 'a list' : `a ${typeof o[k]}`}, not a string: ignored`);
  const url = first(URL_KEYS);
  const title = first(TITLE_KEYS);
  const published = first(DATE_KEYS);
  if (url) hints.url = url;
  if (title) hints.title = title;
  if (published) {
    if (parseGivenDate(published)) hints.published = published;
    else warnings.push(`"published" is not a date: ${JSON.stringify(published.slice(0, 40))}: ignored`);
  }
  return { ok: true, record: { where, content: (html ?? text)!, format: html ? 'html' : 'text', hints }, warnings };

  function first(keys: readonly string[]): string | undefined {
    for (const k of keys) if (str(k)) return str(k);
    return undefined;
  }
}

const URL_KEYS = ['url', 'link'] as const;
const TITLE_KEYS = ['title'] as const;
const DATE_KEYS = ['published', 'date', 'published_at'] as const;
