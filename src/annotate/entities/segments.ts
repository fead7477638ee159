// The stretches of a document the entity annotator reads: the title line when the main text does
// not hold it (a transcript's title names its speaker), then the main text. Each segment carries
// tokens, parts of speech, sentences and a way to make mentions.
import type { AnnotateContext } from '../context.js';
import type { LocalMention, Range } from '../../types.js';
import { OTHER_STORIES_HEADERS } from '../../lexicons/en/debris.js';
import { POST_NOMINALS, SIGNATURE_ADDRESS } from '../../lexicons/en/names.js';
import { SPEAKER_LEADS, SPEAKER_NOUNS } from '../../lexicons/en/titles.js';
import { splitLines, type Line } from '../../clean/text/lines.js';
import { tokenize, type Tok } from './tokens.js';
import { alignEscaped, type Alignment } from '../../clean/text/escaped.js';
import { escapeRegExp } from '../../regex.js';

export interface Segment {
  index: number;
  text: string;
  toks: Tok[];
  isTitle: boolean;
  /** Universal POS tag of the wink token starting where our token starts, if any. */
  pos: (string | undefined)[];
  /** Sentence index of each token. */
  sentence: Int32Array;
  /** Per sentence: does it speak in the first person (I, we, our…)? */
  firstPerson: boolean[];
  /** The mention for tokens [startTok, endTok). */
  mention(startTok: number, endTok: number): LocalMention;
  /** Set on the line signing the statement (after the main text or in the header above it): where it is in the original. */
  signatureRange?: Range;
}

/** A position comparable across segments (title first, then main text). */
export function globalPos(seg: Segment, tok: number): number {
  return seg.index * 1e9 + (seg.toks[tok]?.start ?? seg.text.length);
}

const FIRST_PERSON = new Set(['I', 'we', 'We', 'my', 'My', 'our', 'Our', 'us', 'me', 'myself', 'ourselves']);
// only tokens starting as one of these do can be one: the rest skip the set lookup (hashing every token)
const FIRST_PERSON_START = new Uint8Array(65536);
for (const w of FIRST_PERSON) FIRST_PERSON_START[w.charCodeAt(0)] = 1;

function build(index: number, text: string, isTitle: boolean, sentences: Range[], posTokens: { start: number; pos: string }[], mention: Segment['mention']): Segment {
  const toks = tokenize(text);
  // the token lists and the sentences are all in text order: one walk over them together
  const pos: (string | undefined)[] = new Array(toks.length);
  const sentence = new Int32Array(toks.length);
  const firstPerson = new Array<boolean>(Math.max(1, sentences.length)).fill(false);
  let w = 0;
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (w < posTokens.length && posTokens[w].start < t.start) w++;
    pos[i] = w < posTokens.length && posTokens[w].start === t.start ? posTokens[w].pos : undefined;
    while (s < sentences.length - 1 && t.start >= sentences[s].end) s++;
    sentence[i] = s;
    if (FIRST_PERSON_START[t.value.charCodeAt(0)] === 1 && FIRST_PERSON.has(t.value)) firstPerson[s] = true;
  }
  return { index, text, toks, isTitle, pos, sentence, firstPerson, mention };
}

/** The title where it stands in the original: `range` covers it; `map`, for a title written with escapes, lays each of its characters on the source. */
export interface TitlePlacement {
  range: Range;
  map: Alignment | null;
}

const placements = new WeakMap<object, TitlePlacement | null>();

/**
 * Where the title stands in the original, outside the main text: the range the cleaner found
 * (written as it reads, or with escapes and folded lines, as YAML front matter writes it), or
 * else the first place the exact title is written (an HTML heading).
 */
export function titlePlacement(doc: AnnotateContext['doc']): TitlePlacement | null {
  if (placements.has(doc)) return placements.get(doc)!;
  const found = placeTitle(doc);
  placements.set(doc, found);
  return found;
}

function placeTitle(doc: AnnotateContext['doc']): TitlePlacement | null {
  const title = doc.title;
  if (!title) {
    const line = speakerLine(doc);
    return line ? { range: line, map: null } : null;
  }
  const outside = (r: Range) => !doc.body.some((b) => b.start < r.end && r.start < b.end);
  const tr = doc.titleRange;
  if (tr && doc.original.slice(tr.start, tr.end) === title) return outside(tr) ? { range: tr, map: null } : null;
  if (tr && outside(tr)) {
    const map = alignEscaped(doc.original.slice(tr.start, tr.end), title);
    if (map) return { range: { start: tr.start + map.start[0], end: tr.start + map.end[title.length - 1] }, map };
  }
  if (doc.main.text.includes(title)) return null;
  const at = doc.original.indexOf(title);
  if (at < 0) return null;
  const r = { start: at, end: at + title.length };
  return outside(r) ? { range: r, map: null } : null;
}

/** The original range of title[start, end). */
export function titleToOriginal(p: TitlePlacement, start: number, end: number): Range {
  if (!p.map) return { start: p.range.start + start, end: p.range.start + end };
  const base = p.range.start - p.map.start[0];
  return { start: base + p.map.start[start], end: base + p.map.end[end - 1] };
}

/** The title offset written at original offset `at` (-1 when none is). */
export function titleOffset(p: TitlePlacement, at: number): number {
  if (!p.map) return at >= p.range.start && at <= p.range.end ? at - p.range.start : -1;
  const base = p.range.start - p.map.start[0];
  const i = p.map.start.indexOf(at - base);
  if (i >= 0) return i;
  const e = p.map.end.indexOf(at - base);
  return e >= 0 ? e + 1 : -1;
}

const SPEAKER_LINE = new RegExp(`(?:[’']s (?:\\p{L}+ )?(?:${SPEAKER_NOUNS.join('|')})\\b|^(?:${SPEAKER_LEADS.join('|')}) )`, 'iu');

/**
 * A document the cleaner found no title for may still open with one: the last line before the
 * main text, kept when it names a speaker ("Sergey Lavrov’s remarks at…").
 */
function speakerLine(doc: AnnotateContext['doc']): Range | null {
  if (doc.format !== 'text' || !doc.body.length) return null;
  const last = linesIn(doc.original, Math.max(0, doc.body[0].start - 600), doc.body[0].start).pop();
  return last && SPEAKER_LINE.test(last.text) ? { start: last.start, end: last.end } : null;
}

export function documentSegments(ctx: AnnotateContext): Segment[] {
  const segments: Segment[] = [];
  const { doc } = ctx;
  const tp = titlePlacement(doc);
  if (tp) {
    const title = tp.map ? doc.title! : doc.original.slice(tp.range.start, tp.range.end);
    // no tagger for one line: the name grammar's word lists are enough there
    segments.push(
      build(segments.length, title, true, [{ start: 0, end: title.length }], [], (s, e) => {
        const seg = segments[0];
        const r = titleToOriginal(tp, seg.toks[s].start, seg.toks[e - 1].end);
        // (a title written with escapes: the mention is the words as the source writes them)
        return { doc: doc.id, start: r.start, end: r.end, text: doc.original.slice(r.start, r.end), cleanStart: -1, cleanEnd: -1 };
      }),
    );
  }
  const mainIndex = segments.length;
  segments.push(
    build(mainIndex, ctx.text, false, ctx.sentences, ctx.tokens, (s, e) => {
      const seg = segments[mainIndex];
      const start = seg.toks[s].start, end = seg.toks[e - 1].end;
      const span = ctx.span(start, end);
      return { doc: span.doc, start: span.start, end: span.end, text: span.text, cleanStart: start, cleanEnd: end };
    }),
  );
  const sr = signatureSlice(doc);
  if (sr) {
    const line = doc.original.slice(sr.start, sr.end);
    const index = segments.length;
    segments.push(
      build(index, line, true, [{ start: 0, end: line.length }], [], (s, e) => {
        const seg = segments[index];
        const start = seg.toks[s].start, end = seg.toks[e - 1].end;
        return { doc: doc.id, start: sr.start + start, end: sr.start + end, text: line.slice(start, end), cleanStart: -1, cleanEnd: -1 };
      }),
    );
    segments[index].signatureRange = sr;
  }
  return segments;
}

const ADDRESS = `(?:${[...SIGNATURE_ADDRESS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
const LETTERS = `(?:${POST_NOMINALS.join('|')})`;
/** "The Hon Anthony Albanese MP", "Dr Jane Smith": a name alone on its line, as under a statement. */
const SIGNATURE = new RegExp(`^(?:${ADDRESS}\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}(?:,?\\s+${LETTERS})?$`, 'u');
/** The form of address or the letters that make such a line a signature by themselves. */
const SIGNED_FORM = new RegExp(`^${ADDRESS}\\s|\\s${LETTERS}$`, 'u');
/** An office alone on the line below the name: "Prime Minister of Australia", "Minister for Foreign Affairs". */
const SIGNED_OFFICE = /^(?:\p{Lu}\p{L}+\s+){0,3}(?:Minister|President|Secretary|Ambassador|Spokesperson|Chancellor|Premier|Governor|Director|Commissioner|Chair)(?:\s+(?:of|for)(?:\s+(?:the|and|\p{Lu}\p{L}*))+)?$/u;

/**
 * The line that signs a plain-text statement: the first one after the main text, when it is a
 * name alone (the main text leaves it out, with the contacts below it); else a name line in the
 * header above the title, as ministers' releases open ("Minister for Foreign Affairs" over
 * "Senator the Hon Penny Wong").
 */
function signatureSlice(doc: AnnotateContext['doc']): Range | null {
  if (doc.format !== 'text' || !doc.body.length) return null;
  const end = doc.body[doc.body.length - 1].end;
  const foot = linesIn(doc.original, end, Math.min(doc.original.length, end + 300));
  if (foot.length && isSignatureLine(foot[0], null, foot[1] ?? null)) return { start: foot[0].start, end: foot[0].end };
  const top = Math.min(doc.body[0].start, doc.titleRange?.start ?? Infinity);
  const head = linesIn(doc.original, 0, Math.min(top, 600)).slice(0, HEADER_LINES);
  const line = head.find((l, k) => isSignatureLine(l, head[k - 1] ?? null, head[k + 1] ?? null));
  return line ? { start: line.start, end: line.end } : null;
}

/** How many non-empty lines at the top of a release can be its header. */
const HEADER_LINES = 6;

/** The non-empty lines of original[from, to), trimmed, with their ranges in the original. */
function linesIn(original: string, from: number, to: number): Line[] {
  return splitLines(original.slice(from, to))
    .filter((l) => l.text)
    .map((l) => ({ ...l, start: from + l.start, end: from + l.end }));
}

/** A name alone on its line, by its form of address or letters ("The Hon … MP"), or with its office on the line next to it; not "Related Links". */
function isSignatureLine(l: Line, before: Line | null, after: Line | null): boolean {
  const line = l.text;
  if (line.length > 60 || !SIGNATURE.test(line) || OTHER_STORIES_HEADERS.some((re) => re.test(line))) return false;
  if (SIGNED_FORM.test(line)) return true;
  return [before, after].some((o) => !!o && o.text.length <= 60 && SIGNED_OFFICE.test(o.text));
}
