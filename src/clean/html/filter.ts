// Last pass, block by block: drops the short lines that are page debris even inside an article
// ("Advertisement", "Read more", share prompts, link lists, the headline repeated).
import { RELATED_HEADER } from '../../lexicons/en/debris.js';
import { wordCount } from '../text/classify.js';
import { furnitureShape, isAuthorNote, isStoryEnd } from '../text/furniture.js';
import type { TextBlock } from './blocks.js';
import { DEBRIS_LINES, LANGUAGE_NAMES } from './patterns.js';

/** Above this length a block is prose whatever it starts with. */
const DEBRIS_MAX_LEN = 200;

export function isDebrisBlock(b: TextBlock, title: string | null): boolean {
  const t = b.text;
  if (t.length === 0) return true;
  if (t.length <= DEBRIS_MAX_LEN) {
    for (const re of DEBRIS_LINES) if (re.test(t)) return true;
    if (isLanguageSwitcher(t)) return true;
    // a line that is mostly a link is navigation ("Next: …", a related headline)
    if (b.linkChars / t.length > 0.6 && b.tag !== 'p') return true;
    if (b.linkChars / t.length > 0.8) return true;
  }
  if (title && /^h[1-6]$/.test(b.tag) && sameText(t, title)) return true;
  return false;
}

/** "English | Français | Español": every token a language name. */
function isLanguageSwitcher(t: string): boolean {
  const words = t.split(/\s*[|/·•,]\s*|\s+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => LANGUAGE_NAMES.test(w));
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The same words, or one a prefix of the other (a title with its site name appended). */
function sameText(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && (x === y || (x.length > 15 && y.startsWith(x)) || (y.length > 15 && x.startsWith(y)));
}

/** Paragraphs of the story before its closing credit can end it. */
const MIN_STORY_BLOCKS = 3;

/**
 * The article's blocks without the furniture that looks like text: photo captions and credits and
 * promos by their shape (unless captions are all there is: a wire photo), what follows a wire
 * story's closing credit, and author notes at the foot.
 */
export function dropFurniture(blocks: TextBlock[]): TextBlock[] {
  const shapes = blocks.map((b) => (b.text.length <= 1500 ? furnitureShape(b.text, wordCount(b.text)) : null));
  let out = dropRelatedLists(blocks.filter((_, i) => shapes[i] === null));
  if (out.length === 0) return blocks.filter((_, i) => shapes[i] === 'caption');
  let prose = 0;
  for (let i = 0; i < out.length; i++) {
    if (prose >= MIN_STORY_BLOCKS && isStoryEnd(out[i].text)) {
      out = out.slice(0, i);
      break;
    }
    if (REGEXPS_SENTENCE_END.test(out[i].text)) prose++;
  }
  let end = out.length;
  while (end > 1 && isAuthorNote(out[end - 1].text)) end--;
  return end < out.length ? out.slice(0, end) : out;
}

/** A header of other stories ("More Great X Stories", "Don't miss") with the links under it, or closing the article: dropped. */
function dropRelatedLists(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.text.length <= 60 && RELATED_HEADER.test(b.text) && !/[.!?]$/.test(b.text)) {
      let j = i + 1;
      while (j < blocks.length && isLinkList(blocks[j])) j++;
      // (a header with nothing after it lost its list to an earlier pass)
      if (j > i + 1 || j === blocks.length) {
        i = j - 1;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

/** A block that is mostly links, or a short item with a link in it (a headline linking its story). */
function isLinkList(b: TextBlock): boolean {
  const share = b.linkChars / b.text.length;
  return share >= 0.5 || (share >= 0.25 && b.text.length <= 160);
}

const REGEXPS_SENTENCE_END = /[.!?…]["'”’)]?$/;
