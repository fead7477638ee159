// Front matter of markdown documents (Jekyll/Hugo posts, crawler output): the YAML block between
// `---` lines or the TOML block between `+++` lines that opens the file. It is metadata, never
// main text; each field keeps the range of its value in the original.
import { parse as parseToml } from 'smol-toml';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { HEADER_FIELDS, HEADER_END } from '../../lexicons/front-matter.js';
import type { Range } from '../../types.js';
import { escapeRegExp } from '../../regex.js';

export interface FrontField {
  /** The key, lower case. */
  key: string;
  /** The value as the parser reads it (escapes decoded, folded lines joined); a list joined by ", ". */
  value: string;
  /** Its items, for a list; [value] otherwise. */
  items: string[];
  /** Where the value is written in the original (inside its quotation marks). */
  range: Range;
}

export interface FrontMatter {
  format: 'yaml' | 'toml' | 'fields';
  /** The whole block, delimiters included. */
  range: Range;
  fields: FrontField[];
}

/** The opening block: a delimiter line, the fields, the same delimiter line (trailing blanks allowed). */
const BLOCK = /^(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n?\1[ \t]*(?:\r?\n|$)/;
/** How far into a file the closing delimiter may stand: front matter is a header, not a document. */
const MAX_BLOCK = 20000;

export function readFrontMatter(original: string): FrontMatter | null {
  if (!original.startsWith('---') && !original.startsWith('+++') && !/^\s*\n(---|\+\+\+)/.test(original.slice(0, 200))) return readHeaderFields(original);
  const m = BLOCK.exec(original.slice(0, MAX_BLOCK));
  if (!m) return null;
  const bodyStart = m.index + m[0].indexOf(m[2], m[1].length);
  const range = { start: m.index, end: m.index + m[0].length };
  try {
    const fields = m[1] === '---' ? yamlFields(m[2], bodyStart) : tomlFields(m[2], bodyStart);
    // a thematic break and a line of text are not front matter: it has at least one field
    return fields.length ? { format: m[1] === '---' ? 'yaml' : 'toml', range, fields } : null;
  } catch {
    return null; // a block no parser reads stays text
  }
}

/** The first field holding a value among these keys (in the order given). */
export function field(fm: FrontMatter | null, keys: readonly string[]): FrontField | null {
  if (!fm) return null;
  for (const k of keys) {
    const f = fm.fields.find((x) => x.key === k && x.value.trim());
    if (f) return f;
  }
  return null;
}

function yamlFields(src: string, at: number): FrontField[] {
  // (crawlers write what YAML refuses, such as tabs as indentation: the parser keeps what it can read)
  const doc = parseDocument(src, { uniqueKeys: false, strict: false, prettyErrors: false });
  if (!isMap(doc.contents)) return [];
  const out: FrontField[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value ?? '').toLowerCase() : '';
    const node = pair.value as YamlNode | null;
    if (!key || !node || !node.range) continue;
    if (isScalar(node)) {
      if (node.value === null || node.value === undefined) continue;
      // numbers and booleans as written ("077" stays "077")
      const value = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const [s, e] = node.range;
      out.push({ key, value, items: [value], range: quoted ? { start: at + s + 1, end: at + e - 1 } : { start: at + s, end: at + e } });
    } else if (isSeq(node)) {
      const items = node.items.filter(isScalar).map((i) => String(i.value ?? '')).filter((v) => v.trim());
      out.push({ key, value: items.join(', '), items, range: { start: at + node.range[0], end: at + node.range[1] } });
    }
  }
  return out;
}

/** Top-level TOML keys: values from the parser, ranges from the line that sets each key. */
function tomlFields(src: string, at: number): FrontField[] {
  const data = parseToml(src) as Record<string, unknown>;
  const out: FrontField[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) continue; // a table
    const line = new RegExp(`^[ \\t]*["']?${escapeRegExp(k)}["']?[ \\t]*=[ \\t]*(.*)$`, 'm').exec(src);
    if (!line) continue;
    let s = line.index + line[0].length - line[1].length;
    let e = s + line[1].replace(/\s+(#.*)?$/, '').length;
    if (/^["']/.test(src[s]) && e - s >= 2) (s++, e--);
    // a TOML date-time is parsed into a Date: its text as written is what a date reader wants
    const items = Array.isArray(v) ? v.filter((x) => typeof x !== 'object').map(String) : [v instanceof Date ? src.slice(s, e) : String(v)];
    out.push({ key: k.toLowerCase(), value: items.join(', '), items, range: { start: at + s, end: at + e } });
  }
  return out;
}

/** "URL Source: https://…": a labelled field of a reader service's header. */
const HEADER_LINE = /^([A-Z][A-Za-z ]{1,30}):[ \t]*(.*?)[ \t]*$/;

/**
 * The labelled header that some crawlers and reader services write instead of front matter
 * ("Title: …", "URL Source: …", "Published Time: …", then "Markdown Content:"): two known labels
 * at least, from the first line, blank lines between them allowed.
 */
function readHeaderFields(original: string): FrontMatter | null {
  if (!/^\s*[A-Z][A-Za-z ]{1,30}:/.test(original.slice(0, 40))) return null;
  const fields: FrontField[] = [];
  let at = 0;
  let end = 0;
  while (at < original.length && at < MAX_BLOCK) {
    let nl = original.indexOf('\n', at);
    if (nl < 0) nl = original.length;
    const line = original.slice(at, nl).replace(/\r$/, '');
    if (line.trim()) {
      const m = HEADER_LINE.exec(line);
      const key = m ? m[1].toLowerCase() : '';
      if (m && HEADER_END.includes(key) && !m[2]) {
        end = nl + 1;
        break;
      }
      if (!m || !HEADER_FIELDS.includes(key)) break;
      const start = at + line.indexOf(m[2], m[1].length + 1);
      fields.push({ key: key.replace(/ /g, '_'), value: m[2], items: [m[2]], range: { start, end: start + m[2].length } });
      end = nl + 1;
    }
    at = nl + 1;
  }
  return fields.length >= 2 ? { format: 'fields', range: { start: 0, end: Math.min(end, original.length) }, fields } : null;
}
