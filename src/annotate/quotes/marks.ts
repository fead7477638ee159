// Quotation marks: pairs of “…”, "…", «…», ‘…’ (and „…“), and straight single marks '…' as
// headlines and plain-text news use them, in a text, across line breaks. A quote
// left open at the end of a paragraph and reopened at the start of the next is one quotation in
// several pieces (the typographic convention for quotes running over paragraphs); each piece is
// returned separately, linked by `continues`, so no span ever contains a quotation mark.

export interface QuotePiece {
  /** Offsets of the quoted words (marks and surrounding spaces excluded). */
  start: number;
  end: number;
  /** Offset of the opening mark and just after the closing mark (or the paragraph end). */
  outerStart: number;
  outerEnd: number;
  /** Index of the piece this one continues (an open quote carried into a new paragraph), or -1. */
  continues: number;
}

interface Style {
  open: string;
  close: string;
}

const STYLES: Style[] = [
  { open: '\u201C', close: '\u201D' },
  { open: '\u201E', close: '\u201C' },
  { open: '\u00AB', close: '\u00BB' },
  { open: '\u2018', close: '\u2019' },
  { open: '"', close: '"' },
  { open: "'", close: "'" },
];

/** A straight single mark is mostly an apostrophe: as a quotation mark it stays short. */
const MAX_SINGLE = 400;
/** Words after "ministers' " that show the mark closed a quotation rather than a plural possessive. */
const AFTER_CLOSE = /^\s+(?:he|she|they|it|we|i|said|says|told|added|asked|according|the|a|an|and|but|or|as|in|on|at|to|for|with|from|by|of|is|was|were|are)\b/i;

/** Quotes longer than this are not a quotation but an unbalanced mark. */
const MAX_QUOTE = 2000;

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => !c || /\s/.test(c);

function opens(text: string, i: number): Style | null {
  const c = text[i];
  for (const s of STYLES) {
    if (c !== s.open) continue;
    if (s.open === '"' || s.open === '\u2018') {
      // straight and single marks double as inch signs and apostrophes: an opener starts a word
      if (isLetter(text[i - 1]) || isSpace(text[i + 1])) return null;
    }
    // a straight single mark opens a quotation only before a letter ('Tis, '90s and O'Brien are not)
    if (s.open === "'" && (isLetter(text[i - 1]) || !/\p{L}/u.test(text[i + 1] ?? '') || /^'(?:tis|twas|em|n)\b/i.test(text.slice(i, i + 5)))) return null;
    return s;
  }
  return null;
}

function closes(text: string, i: number, s: Style): boolean {
  if (text[i] !== s.close) return false;
  // ’ inside a word is an apostrophe (Korea’s, don’t), not a closing mark
  if (s.close === '\u2019' && isLetter(text[i + 1])) return false;
  if (s.close === '"' && isSpace(text[i - 1])) return false;
  if (s.close === "'") {
    // Korea's, don't: inside a word; "the ministers' talks": a plural possessive, unless what follows reads as a cue
    if (isLetter(text[i + 1]) || isSpace(text[i - 1])) return false;
    if (/s/i.test(text[i - 1]) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3)) && !AFTER_CLOSE.test(text.slice(i + 1, i + 20))) return false;
  }
  return true;
}

/**
 * Offsets of the words between [a, b): trims spaces and the comma, colon or full stop that closes
 * the quoting sentence inside the marks (“…,” he said); ? and ! stay, they change the meaning.
 */
function inner(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && (/[\s,;:]/.test(text[b - 1]) || (text[b - 1] === '.' && text[b - 2] !== '.'))) b--;
  return [a, b];
}

/** The first non-space offset after a line break at `i`, and whether a blank line was crossed. */
function nextLine(text: string, i: number): { at: number; blank: boolean } {
  let j = i;
  let breaks = 0;
  while (j < text.length && /\s/.test(text[j])) {
    if (text[j] === '\n') breaks++;
    j++;
  }
  return { at: j, blank: breaks >= 2 };
}

/**
 * A hard line break inside a sentence (the cleaner may keep each line of wrapped text as a block):
 * the line does not end a sentence, or the next one goes on in lower case.
 */
function wrapped(text: string, breakAt: number, nextAt: number): boolean {
  const before = text.slice(Math.max(0, breakAt - 3), breakAt).trimEnd();
  return !/[.!?…:]$/.test(before) || /^\p{Ll}/u.test(text[nextAt] ?? '');
}

export function findQuotePieces(text: string): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let style: Style | null = null;
  let openAt = -1;
  let continues = -1;
  // Per style, how far a quotation that ran past MAX_QUOTE was read without a close: a later opener of
  // that style within it finds none there either, so it reads on from there (a storm of marks is linear)
  const readTo = new Map<Style, number>();
  const emit = (end: number, outerEnd: number): number => {
    const [s, e] = inner(text, openAt + 1, end);
    if (e <= s) return -1;
    pieces.push({ start: s, end: e, outerStart: openAt, outerEnd, continues });
    return pieces.length - 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!style) {
      const s = opens(text, i);
      if (s) {
        style = s;
        openAt = i;
        continues = -1;
        i = Math.max(i, readTo.get(s) ?? -1);
      }
      continue;
    }
    if (closes(text, i, style)) {
      emit(i, i + 1);
      style = null;
      continue;
    }
    if (c === '\n') {
      const { at, blank } = nextLine(text, i);
      if (text[at] === style.open && opens(text, at)) {
        // the quote runs on into the next paragraph, which reopens it
        const piece = emit(i, i);
        continues = piece;
        openAt = at;
        i = at;
        continue;
      }
      if (blank && !wrapped(text, i, at)) {
        // a paragraph ended with the quote still open and nothing reopens it: an unbalanced mark
        style = null;
        i = at - 1;
        continue;
      }
    }
    if (i - openAt > (style.open === "'" ? MAX_SINGLE : MAX_QUOTE)) {
      if (continues < 0) readTo.set(style, i);
      i = openAt;
      style = null;
    }
  }
  return pieces;
}
