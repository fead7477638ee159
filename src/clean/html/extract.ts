// HTML main-text extraction: parse with positions, prune furniture, score candidates, clean the
// winner, keep its text blocks — every character traced back to the source.
import { spend } from '../../budget.js';
import { describeFailure } from '../../guard.js';
import type { DateValue, MainText, Range, StageFailure } from '../../types.js';
import { type TextBlock, collectBlocks, joinBlocks } from './blocks.js';
import { cleanArticle } from './clean.js';
import { type El, computeStats } from './dom.js';
import { dropFurniture, isDebrisBlock } from './filter.js';
import { extractLanguage, extractPublished, extractTitle, extractVisibleDate } from './metadata.js';
import { MAX_DEPTH, type ParsedPage, parseHtml } from './parse.js';
import { prune, unprune } from './prune.js';
import { grabArticle } from './score.js';

export interface HtmlExtraction {
  /** The article's own title (og:title / h1 / <title> minus " | Site name"). */
  title: string | null;
  titleRange: Range | null;
  /** Publication date from meta tags, JSON-LD or <time>, with the source range it was read from. */
  published: (DateValue & { evidence: Range }) | null;
  /** ISO 639-1 code from <html lang>, or null. */
  language: string | null;
  /** The article body: blocks joined by "\n\n", each character mapped to the source. */
  main: MainText;
  /** Source range of each block of the main text. */
  blocks: Range[];
  /** What could not be read because of an internal error (the rest was read without it). */
  failed: StageFailure[];
  /** What the user should know about how the page was read. */
  warnings: string[];
}

/** Below this many characters an attempt is retried with fewer rules (Readability's charThreshold). */
const CHAR_THRESHOLD = 500;

/** Each attempt relaxes a rule that can wrongly remove the article on unusual pages. */
const ATTEMPTS = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

const EMPTY: MainText = { text: '', starts: new Int32Array(0), ends: new Int32Array(0) };

/** Extracts title, date, language and main text from an HTML source. Never throws: what fails is in `failed`. */
export function extractHtml(source: string): HtmlExtraction {
  const out: HtmlExtraction = { title: null, titleRange: null, published: null, language: null, main: EMPTY, blocks: [], failed: [], warnings: [] };
  // (an internal error is ours, not the page's: it is named as such, never taken for a page without text)
  const fail = (stage: string, err: unknown) => out.failed.push({ stage, message: describeFailure(err) });
  let page: ParsedPage;
  try {
    page = parseHtml(source);
  } catch (err) {
    fail('clean: parse html', err);
    return out;
  }
  const body = page.body ?? page.root;
  if (page.flattened) out.warnings.push(`elements nested more than ${MAX_DEPTH} deep (${page.flattened}) were read as one: their text is kept, their structure is not`);
  try {
    Object.assign(out, extractTitle(page, body));
    out.published = extractPublished(page, source) ?? extractVisibleDate(body, out.titleRange);
    out.language = extractLanguage(page);
  } catch (err) {
    // metadata is optional; the main text may still be found
    fail('clean: metadata', err);
  }
  try {
    const { main, ranges } = joinBlocks(articleBlocks(body, out.title));
    out.main = main;
    out.blocks = ranges;
  } catch (err) {
    fail('clean: main text', err);
  }
  return out;
}

/** A first attempt's text this long is a short story, not a miss: */
const SHORT_STORY_LEN = 200;
/** …which what the first attempt pruned as furniture (a sidebar, comments) replaces only when this many times longer. */
const FURNITURE_OVER_SHORT_STORY = 2;

/** Runs the attempts until one yields enough text; otherwise keeps the longest. */
function articleBlocks(body: ParsedPage['root'], title: string | null): TextBlock[] {
  let best: TextBlock[] = [];
  let bestLen = -1;
  let firstLen = 0;
  const furniture = new Set<El>();
  for (let i = 0; i < ATTEMPTS.length; i++) {
    const opts = ATTEMPTS[i];
    spend();
    if (i > 0) unprune(body);
    const removed: El[] = [];
    prune(body, opts, i === 0 ? removed : undefined);
    for (const el of removed) furniture.add(el);
    computeStats(body);
    const roots = grabArticle(body, opts);
    cleanArticle(roots, opts);
    const blocks = dropFurniture(collectBlocks(roots).filter((b) => !isDebrisBlock(b, title)));
    let len = 0;
    for (const b of blocks) len += b.text.length;
    if (i === 0) firstLen = len;
    // a short story found with every rule on is not replaced by the page's furniture found without them
    else if (firstLen >= SHORT_STORY_LEN && len < FURNITURE_OVER_SHORT_STORY * firstLen && roots.every((r) => inside(r, furniture))) continue;
    if (len >= CHAR_THRESHOLD) return blocks;
    if (len > bestLen) {
      best = blocks;
      bestLen = len;
    }
  }
  return best;
}

function inside(el: El, set: ReadonlySet<El>): boolean {
  for (let p: El | null = el; p; p = p.parent) if (set.has(p)) return true;
  return false;
}
