// How a document's annotations are stored: as JSON, with every span of a plain-text document that
// is an exact slice of it kept as its offsets only (its text is read back from the original), so
// the stored annotations do not hold the document's sentences over again.
import type { DocAnnotations } from '../types.js';

interface Source {
  id: string;
  original: string;
  format: string;
}

/**
 * Marks a span stored without its document id and text: `"@": [start, end]`, or, for a mention,
 * `[start, end, cleanStart, cleanEnd]` (a third of the size of the keyed form, which stores made
 * before 2026-11 hold as `"@": 1` beside the keys, and which still reads).
 */
const SLICE = '@';

type Json = unknown;
type Obj = Record<string, Json>;

const isNum = (x: Json): x is number => typeof x === 'number';

function compact(v: Json, doc: Source): Json {
  if (Array.isArray(v)) return v.map((x) => compact(x, doc));
  if (v === null || typeof v !== 'object') return v;
  const o = v as Obj;
  const isSlice = o.doc === doc.id && isNum(o.start) && isNum(o.end) && typeof o.text === 'string' && doc.original.slice(o.start, o.end) === o.text;
  if (!isSlice) {
    const out: Obj = {};
    for (const k in o) out[k] = compact(o[k], doc);
    return out;
  }
  const mention = isNum(o.cleanStart) && isNum(o.cleanEnd);
  const out: Obj = { [SLICE]: mention ? [o.start, o.end, o.cleanStart, o.cleanEnd] : [o.start, o.end] };
  for (const k in o) if (!POSITIONAL.has(k) && !(mention && (k === 'cleanStart' || k === 'cleanEnd'))) out[k] = compact(o[k], doc);
  return out;
}
const POSITIONAL = new Set(['doc', 'text', 'start', 'end']);

export function annotationsToJson(ann: DocAnnotations, doc: Source): string {
  return JSON.stringify(doc.format === 'text' ? compact(ann, doc) : ann);
}

export function annotationsFromJson(json: string, doc: Source): DocAnnotations {
  return JSON.parse(json, (_key, v: Json) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const { [SLICE]: mark, ...rest } = v as Obj;
    if (Array.isArray(mark)) {
      const [start, end, cleanStart, cleanEnd] = mark as number[];
      const span: Obj = { doc: doc.id, start, end, text: doc.original.slice(start, end) };
      if (mark.length === 4) Object.assign(span, { cleanStart, cleanEnd });
      return Object.assign(span, rest);
    }
    if (mark !== 1) return v;
    const { start, end } = rest as { start: number; end: number };
    return { doc: doc.id, ...rest, text: doc.original.slice(start, end) };
  }) as DocAnnotations;
}
