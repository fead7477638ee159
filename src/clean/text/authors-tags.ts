// The authors and tags a front matter gives: a list, or one value naming several ("Ana Rojas and
// Li Wei", "trade, fisheries"), each name with where it is written in the original.
import { decodeHTMLStrict } from 'entities';
import { AUTHOR_KEYS, TAG_KEYS } from '../../lexicons/front-matter.js';
import type { MetaItem } from '../../types.js';
import { field, type FrontField, type FrontMatter } from './front-matter.js';

/** Between names in one value: commas, semicolons, and for people "and" and "&". */
const TAG_SEPARATOR = /\s*[,;|]\s*/;
const AUTHOR_SEPARATOR = /\s*(?:[,;|&]|\band\b)\s*/i;
/** A byline's lead-in ("By Ana Rojas"). */
const BY = /^by\s+/i;
/** Longer than this is a sentence that found its way into the field, not a name. */
const MAX_NAME = 100;

/** The first author key that gives names. */
export function authorsOf(original: string, fm: FrontMatter | null): MetaItem[] {
  for (const k of AUTHOR_KEYS) {
    const f = field(fm, [k]);
    const names = f ? itemsOf(original, f, AUTHOR_SEPARATOR, BY) : [];
    if (names.length) return names;
  }
  return [];
}

/** Every tag key's names together, each name once. */
export function tagsOf(original: string, fm: FrontMatter | null): MetaItem[] {
  const out: MetaItem[] = [];
  for (const k of TAG_KEYS) {
    const f = field(fm, [k]);
    for (const item of f ? itemsOf(original, f, TAG_SEPARATOR, null) : [])
      if (!out.some((o) => o.name.toLowerCase() === item.name.toLowerCase())) out.push(item);
  }
  return out;
}

/** A field's names, found in order inside its range of the original (null where not written as read). */
function itemsOf(original: string, f: FrontField, separator: RegExp, lead: RegExp | null): MetaItem[] {
  const out: MetaItem[] = [];
  let from = f.range.start;
  // (crawlers copy character references into names, "Li &amp; Wei": decoded before they are split)
  for (const value of f.items)
    for (const piece of decodeHTMLStrict(value).split(separator)) {
      const name = (lead ? piece.replace(lead, '') : piece).replace(/\s+/g, ' ').trim();
      if (!name || name.length > MAX_NAME || out.some((o) => o.name === name)) continue;
      const at = original.indexOf(name, from);
      const found = at >= 0 && at + name.length <= f.range.end;
      if (found) from = at + name.length;
      out.push({ name, range: found ? { start: at, end: at + name.length } : null });
    }
  return out;
}
