// Main text of scraped plain text: find the article's run of prose, cut lists of other stories,
// drop debris lines inside it, and read the title from the lines just above it.
import type { Range } from '../../types.js';
import { spend } from '../../budget.js';
import { classifyLine, stripBullet, type ClassifiedLine } from './classify.js';
import { POST_NOMINALS, SIGNATURE_ADDRESS } from '../../lexicons/en/names.js';
import { markCaptions, storyEnd } from './furniture.js';
import { joinWrappedLines, splitLines, type Line } from './lines.js';
import { escapeRegExp } from '../../regex.js';

export interface TextExtraction {
  lines: ClassifiedLine[];
  body: Range[];
  title: ClassifiedLine | null;
  /** Index of the first and last line of the article region (inclusive), or -1 when none. */
  first: number;
  last: number;
}

const normTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * normTitle(text) === key, where key holds keyChars characters other than spaces. Normalising
 * keeps every ASCII letter and digit of a text, so a line with more of them than that is not the
 * title: most lines are told apart after a few dozen characters, without being normalised.
 */
function isTitleLine(text: string, key: string, keyChars: number): boolean {
  let alnum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return normTitle(text) === key;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) if (++alnum > keyChars) return false;
  }
  return alnum === keyChars && normTitle(text) === key;
}

export interface TextOptions {
  /** Where the text starts: what comes before (front matter) is metadata, never a line of the text. */
  from?: number;
  /** Read markdown: a `# Heading` above the text is its title. */
  markdown?: boolean;
  /** The title the metadata gives, dropped where the text repeats it. */
  title?: string | null;
}

export function extractPlainText(original: string, opts: TextOptions = {}): TextExtraction {
  const from = opts.from ?? 0;
  let raw: Line[] = splitLines(original);
  if (from > 0) raw = raw.map((l) => (l.start < from ? { index: l.index, start: l.start, end: l.start, text: '' } : l));
  // a hard-wrapped text's paragraphs are its units, not the lines the wrapping made
  const lines = joinWrappedLines(original, raw).map((l) => (spend(), classifyLine(l)));
  markListingSummaries(lines);
  markCaptions(lines);
  const first = heaviestBodyStart(lines, findBodyStart(lines));
  if (first < 0) return { lines, body: [], title: null, first: -1, last: -1 };
  const cut = storyEnd(lines, first, findCut(lines, first));
  let last = cut - 1;
  while (last > first && !isArticleLine(lines[last])) last--;
  const title = (opts.markdown ? markdownTitle(lines, first) : null) ?? findTitle(lines, first);
  const titleKey = opts.title ? normTitle(opts.title) : title ? normTitle(title.text) : null;
  const titleChars = titleKey ? titleKey.replace(/ /g, '').length : 0;
  // (a page whose one paragraph is its `# heading`, a summary of the day's item, keeps it as its text too)
  const headingOnly = title?.index === first && !lines.slice(first + 1, last + 1).some((l) => l.cls === 'prose');
  const body: Range[] = [];
  for (let i = first; i <= last; i++) {
    const l = lines[i];
    if (!keepInBody(l)) continue;
    if (titleKey && isTitleLine(l.text, titleKey, titleChars) && !(headingOnly && i === first)) continue; // a headline repeated under the dateline
    body.push({ start: l.start, end: l.end });
  }
  return { lines, body, title, first, last };
}

function isArticleLine(l: ClassifiedLine): boolean {
  return l.cls === 'prose' || l.cls === 'short';
}

function keepInBody(l: ClassifiedLine): boolean {
  return l.cls === 'prose' || l.cls === 'short' || l.cls === 'heading';
}

/**
 * A story list gives each item a date line and a summary paragraph; those summaries are prose
 * but belong to other stories, so they are marked as list items too.
 */
function markListingSummaries(lines: ClassifiedLine[]): void {
  const items = lines.filter((l) => l.cls === 'story-item').map((l) => l.index);
  // one dated line above the first prose is the page's dateline ("May 8, 2023 - Ottawa, Ontario -
  // Global Affairs Canada"), not a list of other stories, which has several
  const firstProse = lines.findIndex((l) => l.cls === 'prose');
  if (items.length === 1 && firstProse > items[0]) {
    lines[items[0]].cls = 'date';
    return;
  }
  // each item's own summary only: a summary marked as an item does not mark the paragraph after it
  for (const i of items) {
    let j = i + 1;
    while (j < lines.length && lines[j].cls === 'blank') j++;
    if (j < lines.length && (lines[j].cls === 'prose' || lines[j].cls === 'short')) lines[j].cls = 'story-item';
  }
}

/** The first prose line, extended back over salutations and lead-in lines ("Ladies and gentlemen,", "… issued the following statement:"). */
function findBodyStart(lines: ClassifiedLine[]): number {
  let first = lines.findIndex((l) => l.cls === 'prose');
  if (first < 0) first = lines.findIndex((l) => l.cls === 'short');
  if (first < 0) return -1;
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.cls === 'blank') continue;
    // "Ladies and gentlemen,"; "The Minister of Foreign Affairs today issued the following statement:"
    // (a paragraph that ends on a colon before the list it introduces: "… guided by these principles:")
    if (l.cls === 'short' && ((/[,:;.]$/.test(l.text) && l.words <= 12) || (/:$/.test(l.text) && (l.words <= 40 || /[.!?]\s+\p{Lu}/u.test(l.text))))) first = i;
    else break;
  }
  return first;
}

/** Characters of prose from a start to the end of its region (the next header of other stories or list item). */
function proseMass(lines: ClassifiedLine[], start: number): number {
  let mass = 0;
  for (let i = start; i < lines.length && (i === start || (lines[i].cls !== 'other-header' && lines[i].cls !== 'story-item')); i++) if (lines[i].cls === 'prose') mass += lines[i].end - lines[i].start;
  return mass;
}

/**
 * A scraped page keeps its menus, forms and lists of other stories around the article, and the
 * first prose among them may be a form's "Thanks for contacting us." or a promo. Of the regions
 * between those lists, the article is the one with most prose: the first prose line stands unless
 * another region holds several times as much (so a short release is not traded for a long footer).
 */
function heaviestBodyStart(lines: ClassifiedLine[], first: number): number {
  if (first < 0) return first;
  const firstMass = proseMass(lines, first);
  let best = first;
  let bestMass = firstMass;
  let regionOpen = false;
  for (let i = first + 1; i < lines.length; i++) {
    const cls = lines[i].cls;
    if (cls === 'other-header' || cls === 'story-item') regionOpen = true;
    else if (regionOpen && cls === 'prose') {
      regionOpen = false;
      const mass = proseMass(lines, i);
      if (mass > bestMass) (best = i), (bestMass = mass);
    }
  }
  if (best === first || bestMass < 3 * firstMass) return first;
  // the lead-in lines above the chosen start, as for the first prose line
  return findBodyStart(lines.map((l, i) => (i < best && l.cls === 'prose' ? { ...l, cls: 'debris' as const } : l)));
}

/** Where the article ends: the first header of other stories or story-list item after the start. */
function findCut(lines: ClassifiedLine[], first: number): number {
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i].cls === 'story-item') return i;
    if (lines[i].cls !== 'other-header') continue;
    const resumes = storyResumes(lines, i);
    if (resumes < 0) return i;
    // the box's header and headlines are not the story's
    for (let j = i; j < resumes; j++) if (lines[j].cls !== 'blank') lines[j].cls = 'debris';
    i = resumes - 1;
  }
  return lines.length;
}

/** Headlines a box of related stories set inside a story holds at most. */
const BOX_ITEMS = 12;
/** Paragraphs in a row after such a box that show the story goes on (a list of teasers alternates headline and summary). */
const RESUMED_PARAGRAPHS = 3;

/**
 * A "Related stories" box set in the middle of a story: after its few headlines the story's
 * paragraphs follow one after another, so the header does not end the story. Gives the line
 * where the story resumes, or -1.
 */
function storyResumes(lines: ClassifiedLine[], header: number): number {
  let i = header + 1;
  let items = 0;
  for (; i < lines.length; i++) {
    const cls = lines[i].cls;
    if (cls === 'blank') continue;
    if (cls === 'prose') break;
    if (cls === 'other-header' || cls === 'story-item' || ++items > BOX_ITEMS) return -1;
  }
  if (items === 0) return -1;
  const resumes = i;
  let paragraphs = 0;
  for (; i < lines.length && paragraphs < RESUMED_PARAGRAPHS; i++) {
    if (lines[i].cls === 'blank') continue;
    if (lines[i].cls !== 'prose') return -1;
    paragraphs++;
  }
  return paragraphs === RESUMED_PARAGRAPHS ? resumes : -1;
}

/** A markdown level-one heading above the body (`# Talks in Geneva`, or a line underlined with `===`), without its mark. */
// (the heading may close on a full stop, as a one-sentence summary does: it is then the first prose line, and still the title)
function markdownTitle(lines: ClassifiedLine[], first: number): ClassifiedLine | null {
  for (let i = 0; i <= first; i++) {
    if (i < first && lines[i].text && /^=+$/.test(lines[i + 1]?.text ?? '')) return { ...lines[i], cls: 'heading' };
    const m = /^#[ \t]+(?=\S)/.exec(lines[i].text);
    if (!m) continue;
    const text = lines[i].text.slice(m[0].length).replace(/[ \t]+#+$/, '');
    return { ...lines[i], start: lines[i].start + m[0].length, end: lines[i].start + m[0].length + text.length, text, cls: 'heading' };
  }
  return null;
}

/**
 * The nearest headline-shaped line above the body (at least three words, not a menu, a date or the
 * signer's name); failing that, a headline in capitals, as ministers' releases print it under the
 * office and the minister's name ("MINISTER FOR …" / "The Hon. … MP" / "AUSTRALIAN AID TO …").
 */
function findTitle(lines: ClassifiedLine[], first: number): ClassifiedLine | null {
  let capitals: ClassifiedLine | null = null;
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.cls !== 'heading' || l.words < 3) continue;
    const text = stripBullet(l.text);
    if (FIELD_LABEL.test(text) || SIGNER.test(text)) continue; // "From: Global Affairs Canada"; "The Hon. Jane Roe MP"
    if (text === text.toUpperCase() && /\p{Lu}/u.test(text)) {
      // a section label in capitals; a longer one that names no office may be the headline
      if (!capitals && (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 4 && !OFFICE.test(text)) capitals = l;
      continue;
    }
    if (latinShare(text) < 0.5 && latinShare(lines[first].text) > 0.8) continue; // site chrome in another script
    return l;
  }
  return capitals;
}

/** A name line that signs a release: a form of address before it or letters after it. */
const SIGNER = new RegExp(
  `^(?:${SIGNATURE_ADDRESS.filter((a) => /hon/i.test(a)).map(escapeRegExp).join('|')})\\s+\\p{Lu}|\\s(?:${POST_NOMINALS.join('|')})$`,
  'u',
);
/** An office or body in capitals over a release ("MINISTER FOR FOREIGN AFFAIRS", "MINISTRY OF DEFENCE"). */
const OFFICE = /^(?:THE\s+)?(?:[\p{Lu}-]+\s+)?(?:MINISTER|MINISTRY|SECRETARY|DEPARTMENT|OFFICE|EMBASSY)\s+(?:FOR|OF)\b/u;

/** A labelled field of the page, not a headline. */
const FIELD_LABEL = /^(?:from|by|source|author|posted by|published by|issued by|department|contacts?|media contact|subjects?|topics?|tags|keywords)\s*:/i;

/** Share of the letters of a text that are Latin script. */
function latinShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters ? (text.match(/\p{Script=Latin}/gu)?.length ?? 0) / letters : 0;
}
