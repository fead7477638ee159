// Fuzzed inputs for the robustness test and bench: real-shaped texts and pages mutated the ways input
// goes wrong in the wild (cut, spliced, flipped, re-encoded) and the shapes that made costs explode
// (quote storms, long tokens, lines without breaks, deep nesting). Seeded: the same seed, the same inputs.
import iconv from 'iconv-lite';
import { mulberry32 } from '../../bench/corpus.js';

export interface FuzzInput {
  /** What was done to which source: enough to make it again. */
  name: string;
  bytes: Buffer;
  /** The file name it is ingested under (its extension chooses text, HTML or records). */
  file: string;
}

export interface FuzzSource {
  name: string;
  text: string;
}

/** The sizes of the shapes that grow: `small` keeps every input quick enough for `npm test`. */
export interface FuzzScale {
  /** Repetitions of a storm phrase. */
  storm: number;
  /** Characters of a long token. */
  token: number;
  /** Levels of nested elements. */
  depth: number;
}
export const SMALL: FuzzScale = { storm: 300, token: 20_000, depth: 3_000 };
export const LARGE: FuzzScale = { storm: 4_000, token: 200_000, depth: 30_000 };

type Mutation = (t: string, r: Rand) => string;
interface Rand {
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  other: string;
  scale: FuzzScale;
}

const STORMS = ['“Yes” he said, “', '"No," she said. "', '«Oui» dit-il, «', '‘Well’ ', '“', '"', '\'', '„Ja“ sagte er, „', '“Qk” he said. '];
const JUNK = ['\u0000', '\ufffd', '\u200b', '\ud800', '\udc00', '&#x27;', '&quot;', '&amp;', '&nbsp;', '<', '>', '</p>', '<div>', '<!--', ']]>', '---\n', '+++\n', '# ', '* ', '[', '](', '|', '\t', '\r', '\r\n', '\u2028', '…', 'Mr.', 'Dr.', 'U.S.', ':', ';', '—'];

const MUTATIONS: Record<string, Mutation> = {
  cut: (t, r) => t.slice(0, r.int(t.length + 1)),
  'cut-start': (t, r) => t.slice(r.int(t.length + 1)),
  delete: (t, r) => {
    const a = r.int(t.length + 1);
    return t.slice(0, a) + t.slice(a + r.int(2000));
  },
  repeat: (t, r) => {
    const a = r.int(t.length + 1);
    const piece = t.slice(a, a + r.int(400));
    return t.slice(0, a) + piece.repeat(1 + r.int(20)) + t.slice(a);
  },
  splice: (t, r) => {
    const at = r.int(t.length + 1);
    const from = r.int(r.other.length + 1);
    return t.slice(0, at) + r.other.slice(from, from + r.int(3000)) + t.slice(at);
  },
  'shuffle-lines': (t, r) => {
    const lines = t.split('\n');
    for (let k = 0; k < 8; k++) {
      const [i, j] = [r.int(lines.length), r.int(lines.length)];
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  },
  flip: (t, r) => {
    const cs = [...t];
    for (let k = 0, n = 1 + r.int(30); k < n && cs.length; k++) cs[r.int(cs.length)] = String.fromCharCode(r.int(0x3000));
    return cs.join('');
  },
  junk: (t, r) => {
    let out = t;
    for (let k = 0, n = 1 + r.int(20); k < n; k++) {
      const at = r.int(out.length + 1);
      out = out.slice(0, at) + r.pick(JUNK) + out.slice(at);
    }
    return out;
  },
  'one-line': (t) => t.replace(/\s*\n\s*/g, ' '),
  'no-spaces': (t, r) => {
    const a = r.int(t.length + 1);
    return t.slice(0, a) + t.slice(a, a + 3000).replace(/\s+/g, '') + t.slice(a + 3000);
  },
  'quote-storm': (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + r.pick(STORMS).repeat(1 + r.int(r.scale.storm)) + t.slice(at);
  },
  'long-token': (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + r.pick(['x', 'A', 'ab', '-', '.', '9', 'é', '한']).repeat(1 + r.int(r.scale.token)) + t.slice(at);
  },
  'capital-run': (t, r) => {
    const at = r.int(t.length + 1);
    const names = Array.from({ length: 1 + r.int(r.scale.storm) }, () => r.pick(['Minister', 'President', 'Kim', 'Lee', 'Foreign', 'Ministry', 'Republic', 'Korea', 'United', 'Nations', 'Mr', 'Jr.', 'of', 'the']));
    return t.slice(0, at) + names.join(' ') + t.slice(at);
  },
  nest: (t, r) => {
    const depth = 1 + r.int(r.scale.depth);
    const tag = r.pick(['div', 'span', 'section', 'b', 'p', 'li', 'table']);
    const at = r.int(t.length + 1);
    return t.slice(0, at) + `<${tag}>`.repeat(depth) + t.slice(at, at + 500) + (r.int(2) ? `</${tag}>`.repeat(depth) : '') + t.slice(at + 500);
  },
  'front-matter': (t, r) => `${r.pick(['---', '+++'])}\ntitle: "${t.slice(0, r.int(80)).replace(/\n/g, ' ')}"\ndate: ${r.pick(['2021-02-30', '2021-13-01T25:00:00Z', '', '0000-00-00', '2024-05-04', '"yesterday"'])}\n${r.int(2) ? r.pick(['---', '+++']) : ''}\n${t}`,
  'as-html': (t, r) => `<html><head><title>${t.slice(0, 60)}</title></head><body>${r.int(2) ? '<nav><a href="/">Home</a></nav>' : ''}<article>${t.split(/\n\s*\n/).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
};

/** Ways the bytes of a file go wrong; text is UTF-8 unless one of these says otherwise. */
const ENCODINGS: Record<string, (t: string, r: Rand) => Buffer> = {
  utf8: (t) => Buffer.from(t, 'utf8'),
  'utf8-cut': (t, r) => {
    const b = Buffer.from(t, 'utf8');
    return b.subarray(0, r.int(b.length + 1));
  },
  'utf8-bad-bytes': (t, r) => {
    const b = Buffer.from(t, 'utf8');
    const bad = r.pick([[0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xc3], [0xff], [0xfe, 0xff], [0x00, 0x00]]);
    const at = r.int(b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from(bad), b.subarray(at)]);
  },
  'utf16le-bom': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  utf16le: (t) => Buffer.from(t, 'utf16le'),
  'windows-1252': (t) => iconv.encode(t, 'windows-1252'),
  'euc-kr': (t) => iconv.encode(t, 'euc-kr'),
  bom: (t) => Buffer.from('\ufeff' + t, 'utf8'),
};

const EXTENSIONS = ['.txt', '.md', '.html', '.txt', '.md'];

/**
 * `count` inputs from `sources`: each takes one source, one to three mutations (splicing from a second
 * source) and mostly UTF-8 bytes. The first ones run every mutation once on each kind of source.
 */
export function* fuzzInputs(sources: FuzzSource[], count: number, seed: number, scale: FuzzScale): Generator<FuzzInput> {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const names = Object.keys(MUTATIONS);
  const encodings = Object.keys(ENCODINGS);
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const r: Rand = { int, pick, other: pick(sources).text, scale };
    const steps = i < names.length ? [names[i]] : Array.from({ length: 1 + int(3) }, () => pick(names));
    let text = src.text;
    for (const s of steps) text = MUTATIONS[s](text, r);
    const enc = int(4) === 0 ? pick(encodings) : 'utf8';
    const html = steps.includes('as-html') || /\.html?$/.test(src.name);
    const ext = html ? '.html' : pick(EXTENSIONS);
    yield { name: `#${i} ${src.name} ${steps.join('+')} ${enc}`, bytes: ENCODINGS[enc](text, r), file: `fuzz-${i}${ext}` };
  }
}
