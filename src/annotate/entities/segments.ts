// The stretches of a document the entity annotator reads: the title line when the main text does
// not hold it (a transcript's title names its speaker), then the main text. Each segment carries
// tokens, parts of speech, sentences and a way to make mentions.
import type { AnnotateContext } from '../context.js';
import type { LocalMention, Range } from '../../types.js';
import { tokenize, type Tok } from './tokens.js';

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
}

/** A position comparable across segments (title first, then main text). */
export function globalPos(seg: Segment, tok: number): number {
  return seg.index * 1e9 + (seg.toks[tok]?.start ?? seg.text.length);
}

const FIRST_PERSON = new Set(['I', 'we', 'We', 'my', 'My', 'our', 'Our', 'us', 'me', 'myself', 'ourselves']);

function build(index: number, text: string, isTitle: boolean, sentences: Range[], posTokens: { start: number; pos: string }[], mention: Segment['mention']): Segment {
  const toks = tokenize(text);
  // both token lists are in text order: walk them together
  const pos: (string | undefined)[] = new Array(toks.length);
  let w = 0;
  for (let i = 0; i < toks.length; i++) {
    while (w < posTokens.length && posTokens[w].start < toks[i].start) w++;
    pos[i] = w < posTokens.length && posTokens[w].start === toks[i].start ? posTokens[w].pos : undefined;
  }
  const sentence = new Int32Array(toks.length);
  const firstPerson = new Array<boolean>(Math.max(1, sentences.length)).fill(false);
  let s = 0;
  toks.forEach((t, i) => {
    while (s < sentences.length - 1 && t.start >= sentences[s].end) s++;
    sentence[i] = s;
    if (FIRST_PERSON.has(t.value)) firstPerson[s] = true;
  });
  return { index, text, toks, isTitle, pos, sentence, firstPerson, mention };
}

export function documentSegments(ctx: AnnotateContext): Segment[] {
  const segments: Segment[] = [];
  const { doc } = ctx;
  const tr = doc.titleRange;
  // the title counts only when it is a verbatim slice of the original outside the main text
  if (doc.title && tr && doc.original.slice(tr.start, tr.end) === doc.title && !doc.body.some((r) => r.start < tr.end && tr.start < r.end)) {
    const title = doc.title;
    // no tagger for one line: the name grammar's word lists are enough there
    segments.push(
      build(segments.length, title, true, [{ start: 0, end: title.length }], [], (s, e) => {
        const seg = segments[0];
        const start = seg.toks[s].start, end = seg.toks[e - 1].end;
        return { doc: doc.id, start: tr.start + start, end: tr.start + end, text: title.slice(start, end), cleanStart: -1, cleanEnd: -1 };
      }),
    );
  }
  const mainIndex = segments.length;
  segments.push(
    build(mainIndex, ctx.text, false, ctx.sentences, ctx.tokens, (s, e) => {
      const seg = segments[mainIndex];
      const start = seg.toks[s].start, end = seg.toks[e - 1].end;
      return { ...ctx.span(start, end), cleanStart: start, cleanEnd: end };
    }),
  );
  return segments;
}
