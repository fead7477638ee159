// A plain-text or markdown document read whole: its front matter as metadata, its main text decoded
// for analysis (character references, markdown markup) with the map back to the original, its title
// and its publication date weighed from every witness.
import { decodeHTMLStrict } from 'entities';
import { CRAWL_DATE_KEYS, DATE_KEYS, SITE_KEYS, TITLE_KEYS, URL_KEYS } from '../../lexicons/front-matter.js';
import type { DateValue, MainText, MetaItem, Range } from '../../types.js';
import { authorsOf, tagsOf } from './authors-tags.js';
import { parseDate } from '../html/metadata.js';
import { leadWeekday, weighDates, yearlessDateline, type MonthDay, type Witness } from '../meta/date-evidence.js';
import { findPublished } from '../meta/published.js';
import { withoutSiteName } from '../meta/title.js';
import { extractPlainText, type TextExtraction } from './extract.js';
import { field, readFrontMatter, type FrontMatter } from './front-matter.js';
import { decodedMainText, decodeText, looksLikeMarkdown } from './markdown.js';

export interface TextDocument {
  title: string | null;
  titleRange: Range | null;
  published: DateValue | null;
  publishedEvidence: Range | null;
  main: MainText;
  body: Range[];
  /** The lines around the article (breadcrumbs, labels), joined: cues for the kind. */
  pageText: string;
  /** The document's address, from its front matter. */
  url: string | null;
  authors: MetaItem[];
  tags: MetaItem[];
}

export function readText(original: string, sourceName = '', givenUrl: string | null = null): TextDocument {
  const fm = readFrontMatter(original);
  const markdown = looksLikeMarkdown(sourceName, original, fm !== null);
  const urlField = urlOf(fm);
  const url = urlField?.value ?? givenUrl;
  const fmTitle = field(fm, TITLE_KEYS);
  // (crawlers copy titles with the page's character references in them: "China&#x27;s")
  const title = fmTitle ? withoutSiteName(decodeHTMLStrict(fmTitle.value).replace(/\u00a0/g, ' ').replace(/\s+/g, ' '), url, field(fm, SITE_KEYS)?.value ?? null) : null;
  const x = extractPlainText(original, { from: fm?.range.end ?? 0, markdown, title });
  const { main, body } = decodedMainText(original, x.body, { markdown });
  const pub = weighText(original, x, fm, urlField ? { value: urlField.value, range: urlField.range } : givenUrl ? { value: givenUrl, range: null } : null);
  const pageText = x.lines
    .filter((l, i) => (i < x.first || i > x.last) && l.cls !== 'blank')
    .map((l) => l.text)
    .join('\n');
  let titleText: string | null = null;
  let titleRange: Range | null = null;
  if (fmTitle && title) {
    titleText = title;
    // the range of the words kept, when the value is written as it reads
    const raw = original.slice(fmTitle.range.start, fmTitle.range.end);
    titleRange = raw.startsWith(title) ? { start: fmTitle.range.start, end: fmTitle.range.start + title.length } : fmTitle.range;
  } else if (x.title) {
    titleText = decodeText(original, x.title, { markdown }) || null;
    titleRange = titleText ? { start: x.title.start, end: x.title.end } : null;
  }
  const [authors, tags] = [authorsOf(original, fm), tagsOf(original, fm)];
  return { title: titleText, titleRange, published: pub?.date ?? null, publishedEvidence: pub?.evidence ?? null, main, body, pageText, url, authors, tags };
}

function urlOf(fm: FrontMatter | null): { value: string; range: Range } | null {
  for (const k of URL_KEYS) {
    const f = field(fm, [k]);
    if (f && /^https?:\/\/\S+$/i.test(f.value.trim())) return { value: f.value.trim(), range: f.range };
  }
  return null;
}

/** A day in the path of an address: ".../2023/08/18/...", "...-2025-02-10". */
const URL_DAY = /(?:^|[/_-])((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=$|[/_.?#-])/;

function urlWitness(url: { value: string; range: Range | null }, original: string): Witness | null {
  const host = /^[a-z]+:\/\/[^/]*/i.exec(url.value)?.[0].length ?? 0;
  const path = url.value.slice(host);
  const m = URL_DAY.exec(path);
  if (!m) return null;
  const date = parseDate(`${m[1]}-${m[3]}-${m[4]}`);
  if (!date) return null;
  const at = host + m.index + m[0].indexOf(m[1]);
  const len = m[0].length - m[0].indexOf(m[1]);
  const exact = url.range && original.slice(url.range.start, url.range.end) === url.value;
  return { date, evidence: exact ? { start: url.range!.start + at, end: url.range!.start + at + len } : null, source: 'url' };
}

/** How many lines from the start of the text a dateline may stand (after a promo or a photo caption). */
const DATELINE_LINES = 5;

function weighText(original: string, x: TextExtraction, fm: FrontMatter | null, url: { value: string; range: Range | null } | null): { date: DateValue; evidence: Range | null } | null {
  const witnesses: Witness[] = [];
  const fmDate = field(fm, DATE_KEYS);
  const fmValue = fmDate ? parseDate(fmDate.value) : null;
  if (fmDate && fmValue) witnesses.push({ date: fmValue, evidence: fmDate.range, source: 'front-matter' });
  const fromUrl = url ? urlWitness(url, original) : null;
  if (fromUrl) witnesses.push(fromUrl);
  const inText = findPublished(x.lines, x.title, x.first, x.last);
  if (inText) witnesses.push({ date: inText.date, evidence: inText.evidence, source: 'text' });
  let dateline: MonthDay | null = null;
  let weekday: number | null = null;
  if (x.first >= 0) {
    let lead: string | null = null;
    for (let i = x.first, seen = 0; i < x.lines.length && seen < DATELINE_LINES && !dateline; i++) {
      const l = x.lines[i];
      if (!l.text) continue;
      seen++;
      dateline = yearlessDateline(l.text, l.start);
      if (dateline || (!lead && l.cls === 'prose')) lead = l.text;
    }
    weekday = lead ? leadWeekday(firstSentence(lead)) : null;
  }
  const crawl = field(fm, CRAWL_DATE_KEYS);
  const best = weighDates({ witnesses, dateline, weekday, crawled: crawl ? parseDate(crawl.value) : null });
  // (a date read in an address given from outside the text has no evidence in it)
  return best ? { date: best.date, evidence: best.evidence } : null;
}

function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s+["“‘']?\p{Lu})/u.exec(text);
  return m ? m[0] : text.slice(0, 400);
}
