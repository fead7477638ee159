// Turns the article's elements into blocks of readable text, each character mapped to the source
// range it stands for, and joins the kept blocks into MainText.
import type { MainText, Range } from '../../types.js';
import type { El, Txt } from './dom.js';
import { BLOCK_TAGS } from './patterns.js';

/** One block of readable text (a paragraph, heading, list item…) with its character map. */
export interface TextBlock {
  text: string;
  starts: number[];
  ends: number[];
  /** Tag of the block element that holds it (p, h2, li, div…). */
  tag: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
}

/** White space as `\s` knows it (what readable() collapses), by char code. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Collects blocks from elements: every block-level element starts a new one. */
class BlockCollector {
  readonly blocks: TextBlock[] = [];
  private cur: TextBlock;
  /** source range of the first white space since the last character, or null */
  private pendingStart = -1;
  private pendingEnd = -1;
  private linkDepth = 0;

  constructor() {
    this.cur = this.fresh('div');
  }

  private fresh(tag: string): TextBlock {
    return { text: '', starts: [], ends: [], tag, linkChars: 0 };
  }

  /** Ends the current block (kept if it has text) and starts one held by `tag`. */
  breakBlock(tag: string): void {
    if (this.cur.starts.length > 0) {
      this.blocks.push(this.cur);
    }
    this.cur = this.fresh(tag);
    this.pendingStart = this.pendingEnd = -1;
  }

  /** A space that stands for a tag (a <br>): an empty range where the tag is. */
  tagSpace(at: number): void {
    if (this.pendingStart < 0) this.pendingStart = this.pendingEnd = at;
  }

  text(t: Txt): void {
    const b = this.cur;
    const chars: string[] = [];
    for (let k = 0; k < t.parts.length; k++) {
      const part = t.parts[k];
      const s = t.starts[k];
      const e = t.ends[k];
      // a raw chunk maps char by char; a character reference maps every char it decodes to to itself whole
      const raw = e - s === part.length;
      for (let j = 0; j < part.length; j++) {
        const cs = raw ? s + j : s;
        const ce = raw ? s + j + 1 : e;
        if (isSpace(part.charCodeAt(j))) {
          if (this.pendingStart < 0) {
            this.pendingStart = cs;
            this.pendingEnd = ce;
          }
          continue;
        }
        if (this.pendingStart >= 0) {
          if (b.starts.length > 0) {
            chars.push(' ');
            b.starts.push(this.pendingStart);
            b.ends.push(this.pendingEnd);
            if (this.linkDepth > 0) b.linkChars++;
          }
          this.pendingStart = this.pendingEnd = -1;
        }
        chars.push(part[j]);
        b.starts.push(cs);
        b.ends.push(ce);
        if (this.linkDepth > 0) b.linkChars++;
      }
    }
    b.text += chars.join('');
  }

  element(el: El): void {
    if (el.removed) return;
    const tag = el.tag;
    if (tag === 'br' || tag === 'img' || tag === 'hr' || tag === 'wbr') {
      if (tag === 'br') this.tagSpace(el.start);
      if (tag === 'hr') this.breakBlock(this.cur.tag);
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    const outer = this.cur.tag;
    if (isBlock) this.breakBlock(tag);
    else if (tag === 'td' || tag === 'th') this.tagSpace(el.start);
    if (tag === 'a') this.linkDepth++;
    for (const c of el.children) {
      if (c.kind === 'text') this.text(c);
      else this.element(c);
    }
    if (tag === 'a') this.linkDepth--;
    if (isBlock) this.breakBlock(outer);
  }

  finish(): TextBlock[] {
    this.breakBlock('div');
    return this.blocks;
  }
}

/** The blocks of readable text under the given roots, in document order. */
export function collectBlocks(roots: El[]): TextBlock[] {
  const c = new BlockCollector();
  for (const r of roots) c.element(r);
  return c.finish();
}

/** Joins blocks with "\n\n"; a separator maps to an empty range where the next block starts. */
export function joinBlocks(blocks: TextBlock[]): { main: MainText; ranges: Range[] } {
  let length = 0;
  for (const b of blocks) length += b.text.length;
  length += Math.max(0, blocks.length - 1) * 2;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const ranges: Range[] = [];
  let at = 0;
  blocks.forEach((b, i) => {
    if (i > 0) {
      for (let k = 0; k < 2; k++, at++) starts[at] = ends[at] = b.starts[0];
    }
    for (let j = 0; j < b.starts.length; j++, at++) {
      starts[at] = b.starts[j];
      ends[at] = b.ends[j];
    }
    ranges.push({ start: b.starts[0], end: b.ends[b.ends.length - 1] });
  });
  return { main: { text: blocks.map((b) => b.text).join('\n\n'), starts, ends }, ranges };
}
