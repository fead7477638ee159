// A speaker given by a bare name the entities layer did not take for a person ("“…,” Lula said",
// "said Albanese"): the capitalised words right next to the cue. The name stands for the one person
// of the document whose name or alias holds all its words ("Lula" in "Luiz Inácio Lula da Silva");
// none or several, and the text does not say who (a country, a newspaper, one of four Kims).
import { GENDER_ADDRESS } from '../../lexicons/en/gender.js';
import { NAME_PARTICLES } from '../../lexicons/en/names.js';
import { BARE_NAME_STOPWORDS, ROLE_NOUNS } from '../../lexicons/en/quote-cues.js';
import type { LocalEntity, Range } from '../../types.js';

const STOP = new Set(BARE_NAME_STOPWORDS);
const PARTICLES = new Set(NAME_PARTICLES);
/** Titles before a bare name are not part of it ("President Lula said"). */
const TITLES = new Set([...ROLE_NOUNS.flatMap((r) => r.split(/\s+/)), ...Object.keys(GENDER_ADDRESS), 'dr', 'prof', 'president-elect', 'vice', 'prime', 'foreign', 'deputy']);
const MAX_WORDS = 5;
/** How far before the cue (characters) a bare name is looked for. */
const NAME_REACH = 200;
const WORD = /[\p{Lu}][\p{L}'’.-]*|[\p{Ll}]{1,3}/u;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words of a run that may be a name: capitalised words and short particles between them ("da", "van"). */
function nameWords(words: string[]): string[] | null {
  if (!words.length || words.length > MAX_WORDS) return null;
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return null;
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w) && !PARTICLES.has(w)) return null;
    if (STOP.has(fold(w))) return null;
  }
  return words;
}

/** The name standing right before offset `at` ("Lula" in "…,” Lula said"), within [from, at). */
export function bareNameBefore(text: string, from: number, at: number): { range: Range; name: string } | null {
  // (five words end well within this: a regular expression anchored at the end alone tries every start)
  from = Math.max(from, at - NAME_REACH);
  const m = /((?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+)\s*$/u.exec(text.slice(from, at));
  if (!m) return null;
  const all = m[1].split(/\s+/);
  // the longest capitalised run that ends at the cue
  let i = all.length;
  while (i > 0 && (WORD.test(all[i - 1]) && (/^\p{Lu}/u.test(all[i - 1]) || PARTICLES.has(all[i - 1])))) i--;
  const words = nameWords(all.slice(i));
  if (!words) return null;
  const name = words.join(' ');
  const end = from + m.index + m[1].length;
  return { range: { start: end - name.length, end }, name };
}

/** The name that opens the clause before an aside in commas right before the cue ("Lula, speaking in Rome, said"). */
export function bareNameBeforeAside(text: string, from: number, at: number): { range: Range; name: string } | null {
  const clause = text.slice(from, at);
  const m = /^\s*((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+),\s[^,;:“”"«»]{1,80},\s*$/u.exec(clause);
  if (!m) return null;
  const words = nameWords(m[1].split(/\s+/));
  if (!words) return null;
  const start = from + clause.indexOf(m[1]);
  return { range: { start, end: start + m[1].length }, name: m[1] };
}

/** The name standing right after offset `at` ("Albanese" in "said Albanese."), up to punctuation. */
export function bareNameAfter(text: string, at: number, to: number): { range: Range; name: string } | null {
  const m = /^\s+((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’-]+)(?=\s*(?:[,.;:!?)]|$))/u.exec(text.slice(at, to));
  if (!m) return null;
  const words = nameWords(m[1].split(/\s+/));
  if (!words) return null;
  const start = at + m.index + m[0].length - m[1].length;
  return { range: { start, end: start + m[1].length }, name: m[1] };
}

/** The one person of the document whose name or alias holds every word of `name` (titles dropped). */
export function personNamed(name: string, entities: LocalEntity[]): string | null {
  const words = name.split(/\s+/).map(fold);
  while (words.length > 1 && TITLES.has(words[0])) words.shift();
  if (!words.length || TITLES.has(words[0])) return null;
  const hits = entities.filter((e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => {
    const own = new Set(fold(n).split(/[\s-]+/));
    return words.every((w) => own.has(w) || w.split('-').every((p) => own.has(p)));
  }));
  return hits.length === 1 ? hits[0].localId : null;
}
