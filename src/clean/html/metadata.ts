// Page metadata with its evidence in the source: the article's title, publication date, language.
import { MONTH_ABBR } from '../../lexicons/en/date-words.js';
import type { DateValue, Range } from '../../types.js';
import { findExplicitDates } from '../meta/dates.js';
import { collectBlocks, type TextBlock } from './blocks.js';
import { type El, classAndId, elementsByTag, forEachElement, hasAncestor } from './dom.js';
import type { ParsedPage } from './parse.js';

/** Meta keys that carry the publication date, best first. */
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'published_time',
  'article.published', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date', 'date', 'dc.date.created',
  'article:published', 'citation_publication_date', 'cxenseparse:recs:publishtime',
];
const TITLE_KEYS = ['og:title', 'twitter:title'];
/** Separators between a title and the site name in <title> ("Talks end | Ministry of X"). */
const TITLE_SEPARATOR = /\s+[|–—\-·»:\/\\]\s+/;

export interface Title {
  title: string | null;
  titleRange: Range | null;
}

export function extractTitle(page: ParsedPage, body: El | null): Title {
  for (const key of TITLE_KEYS) {
    const m = page.metas.find((x) => x.key === key && x.value.trim());
    if (m) return trimmedTitle(m.value, m.range, page);
  }
  if (body) {
    for (const h1 of elementsByTag(body, new Set(['h1']))) {
      const b = collectBlocks([h1])[0];
      if (b && b.text.length > 3) return { title: b.text, titleRange: { start: b.starts[0], end: b.ends[b.ends.length - 1] } };
    }
  }
  if (page.title && page.title.text.trim()) return trimmedTitle(page.title.text, page.title.range, page);
  return { title: null, titleRange: null };
}

/** Removes a " | Site name" tail; narrows the range when the source holds the text verbatim. */
function trimmedTitle(value: string, range: Range, _page: ParsedPage): Title {
  let t = value.replace(/\s+/g, ' ').trim();
  for (;;) {
    const parts = t.split(TITLE_SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1];
    const rest = t.slice(0, t.length - last.length).replace(/\s+[|–—\-·»:\/\\]\s+$/, '');
    // the tail is a site name when it is short next to the rest
    if (last.split(' ').length <= 5 && rest.split(' ').length >= 3) t = rest;
    else break;
  }
  return { title: t || null, titleRange: t ? range : null };
}

export type Published = (DateValue & { evidence: Range }) | null;

export function extractPublished(page: ParsedPage, source: string): Published {
  for (const key of DATE_KEYS) {
    for (const m of page.metas) {
      if (m.key !== key) continue;
      const d = parseDate(m.value);
      if (d) return { ...d, evidence: m.range };
    }
  }
  for (const j of page.jsonLd) {
    const re = /"datePublished"\s*:\s*"([^"]+)"/g;
    const m = re.exec(j.text);
    if (m) {
      const d = parseDate(m[1]);
      const at = j.start + m.index + m[0].length - 1 - m[1].length;
      if (d && source.slice(at, at + m[1].length) === m[1]) return { ...d, evidence: { start: at, end: at + m[1].length } };
    }
  }
  const time = page.times.find((t) => t.el.attrs.pubdate !== undefined || /publish/i.test(t.el.attrs.class ?? '')) ?? page.times[0];
  if (time) {
    const d = parseDate(time.value);
    if (d) return { ...d, evidence: time.range };
  }
  return null;
}

/** Class or id of an element that shows the page's own date ("date", "post-date", "pubdate", "timestamp"). */
const DATE_HOLDER = /(^|[\s_-])(date|dates|pubdate|posted|published|timestamp|datetime|time|meta-date|article-date|news-date)($|[\s_-])/i;

/**
 * The date a page shows its reader when its head says nothing: a short element whose class names a
 * date ("<p class="date">05.12.2022 - Speech</p>"), else a date written in the headline.
 */
export function extractVisibleDate(body: El, titleRange: Range | null): Published {
  // Dates in lists (other stories) and far from the headline (a header's "today" widget) are not this page's.
  const candidates: { found: NonNullable<Published>; at: number }[] = [];
  forEachElement(body, (el) => {
    const names = classAndId(el);
    if (!DATE_HOLDER.test(names) || NOT_PAGE_DATE.test(names) || hasAncestor(el, 'li', 8)) return;
    const block = collectBlocks([el])[0];
    const found = block && block.text.length <= 80 ? dateInBlock(block) : null;
    if (found && !candidates.some((c) => c.found.evidence.start === found.evidence.start)) candidates.push({ found, at: block.starts[0] });
  });
  if (titleRange) {
    const h1 = headlineBlock(body, titleRange);
    const dateline = h1 ? dateInBlock(h1, true) : null;
    if (dateline) return dateline; // "…, Beijing, December 21, 2022": the date of what the page records
    // a page's date follows its headline; one above it is more often a header widget
    const near = candidates.map((c) => ({ ...c, distance: c.at >= titleRange.end ? c.at - titleRange.end : 2 * (titleRange.start - c.at) })).filter((c) => c.distance <= NEAR_TITLE).sort((a, b) => a.distance - b.distance)[0];
    if (near) return near.found;
    return h1 ? dateInBlock(h1) : null;
  }
  return candidates.length === 1 ? candidates[0].found : null;
}

/** Class names of dates that are not the page's: clocks, "today" widgets, tickers. */
const NOT_PAGE_DATE = /widget|clock|today|current|weather|ticker|calendar|header-date|top-date/i;

/** How far (source characters) a shown date may stand from the headline and still be its date. */
const NEAR_TITLE = 3000;

function headlineBlock(body: El, titleRange: Range): TextBlock | null {
  for (const h1 of elementsByTag(body, new Set(['h1']))) {
    const block = collectBlocks([h1])[0];
    if (block && block.starts[0] >= titleRange.start && block.ends[block.ends.length - 1] <= titleRange.end) return block;
  }
  return null;
}

/** The first day-precise date of a block; with `atEnd`, only one that closes it (a dateline). */
function dateInBlock(block: TextBlock, atEnd = false): Published {
  const days = findExplicitDates(block.text).filter((f) => f.precision === 'day');
  const d = atEnd ? days.find((f) => block.text.slice(f.index + f.length).trim().length <= 1 && /,\s*$/.test(block.text.slice(0, f.index))) : days[0];
  if (!d) return null;
  return { value: d.value, precision: d.precision, evidence: { start: block.starts[d.index], end: block.ends[d.index + d.length - 1] } };
}

/** ISO-like and common written dates; null when no year-month-day can be read. */
export function parseDate(s: string): DateValue | null {
  const v = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(v) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{4,6}$)/.exec(v);
  if (m) return day(+m[1], +m[2], +m[3]);
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { value: `${m[1]}-${m[2]}`, precision: 'month' };
  m = /^(\d{4})$/.exec(v);
  if (m) return { value: m[1], precision: 'year' };
  // "19 November 2019", "Nov. 19, 2019", "Tue, 19 Nov 2019 10:00:00 GMT"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i.exec(v);
  if (m) return day(+m[3], monthNumber(m[2]), +m[1]);
  m = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(v);
  if (m) return day(+m[3], monthNumber(m[1]), +m[2]);
  return null;
}

function monthNumber(name: string): number {
  return MONTH_ABBR.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function day(y: number, mo: number, d: number): DateValue | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day' };
}

/** ISO 639-1 code from <html lang> (or og:locale), or null. */
export function extractLanguage(page: ParsedPage): string | null {
  const raw = page.lang ?? page.metas.find((m) => m.key === 'og:locale')?.value ?? null;
  const m = raw ? /^([a-z]{2})(?:[-_]|$)/i.exec(raw.trim()) : null;
  return m ? m[1].toLowerCase() : null;
}
