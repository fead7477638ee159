// How a document's annotations are stored: as JSON, with every span of a plain-text document that
// is an exact slice of it kept as its offsets only (its text is read back from the original), so
// the stored annotations do not hold the document's sentences over again.
import type { DocAnnotations } from '../types.js';

interface Source {
  id: string;
  original: string;
  format: string;
}

/** Marks a span stored without its document id and text. */
const SLICE = '@';

type Json = unknown;

function compact(v: Json, doc: Source): Json {
  if (Array.isArray(v)) return v.map((x) => compact(x, doc));
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, Json>;
  const isSlice = o.doc === doc.id && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && doc.original.slice(o.start, o.end) === o.text;
  const out: Record<string, Json> = isSlice ? { [SLICE]: 1 } : {};
  for (const k in o) if (!(isSlice && (k === 'doc' || k === 'text'))) out[k] = compact(o[k], doc);
  return out;
}

export function annotationsToJson(ann: DocAnnotations, doc: Source): string {
  return JSON.stringify(doc.format === 'text' ? compact(ann, doc) : ann);
}

export function annotationsFromJson(json: string, doc: Source): DocAnnotations {
  return JSON.parse(json, (_key, v: Json) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || (v as Record<string, Json>)[SLICE] !== 1) return v;
    const { [SLICE]: _, ...rest } = v as Record<string, Json> & { start: number; end: number };
    return { doc: doc.id, ...rest, text: doc.original.slice(rest.start, rest.end) };
  }) as DocAnnotations;
}
