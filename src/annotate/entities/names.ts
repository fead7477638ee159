// Name keys: the normalised form under which spellings of one name meet, within a document and
// across the store. Case, diacritics, hyphens and spaces are dropped, and the usual
// romanisation variants are folded (Sergei/Sergey, Aleksandr/Alexandr, Dmitriy/Dmitry,
// Eui-yong/Eui-Yong/Euiyong), so a key still stands for one full name, never a surname alone.
import { HYPOCORISTICS, NAME_SUFFIXES } from '../../lexicons/en/names.js';

/** Romanisation variants folded in order (applied to a lower-case, hyphen-free word). */
const FOLDS: [RegExp, string][] = [
  [/ks/g, 'x'],
  // "Rouhani" / "Ruhani": French-style "ou" for the vowel of "rule"
  [/ou/g, 'u'],
  [/y/g, 'i'],
  [/ii+/g, 'i'],
  [/(.)\1/g, '$1'],
];

const folded = new Map<string, string>();

export function foldWord(word: string): string {
  let w = folded.get(word);
  if (w === undefined) {
    // a bounded memo: the same names recur across a corpus
    if (folded.size > 50_000) folded.clear();
    folded.set(word, (w = fold(word)));
  }
  return w;
}

function fold(word: string): string {
  let w = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  return w;
}

/** The words of a name ("Chung Eui-yong" → ["Chung", "Eui-yong"]). */
export function nameParts(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

const SUFFIX = new Set(NAME_SUFFIXES.map(foldWord));

/** "Sisi" for "El-Sisi", "Assad" for "al-Assad": a surname without the Arabic article joined to it. */
export function withoutArticle(word: string): string {
  return word.replace(/^(?:al|el|ad|as|ash|at|az|ar|an|ul)-(?=\p{L}{3})/iu, '');
}

/**
 * The words a person goes by: the name's words without a generational suffix ("Joseph R. Biden,
 * Jr." → Joseph, R., Biden), so the surname of a reference is never "Jr".
 */
export function personParts(name: string): string[] {
  const parts = nameParts(name.replace(/,/g, ' '));
  while (parts.length > 2 && SUFFIX.has(foldWord(parts[parts.length - 1]))) parts.pop();
  return parts;
}
const HYPOCORISTIC = new Map(Object.entries(HYPOCORISTICS).map(([k, v]) => [foldWord(k), foldWord(v)]));

/**
 * The words of a full name that identify the person: a middle initial ("Joseph R. Biden") and a
 * suffix ("Jr.") are left out, and a familiar first name stands for the formal one (Joe → Joseph),
 * so "Joe Biden", "Joseph R. Biden" and "Joseph R. Biden Jr." meet. A name of two words keeps them.
 */
function keyWords(name: string): string[] {
  let parts = nameParts(name).map(foldWord).filter(Boolean);
  while (parts.length > 2 && SUFFIX.has(parts[parts.length - 1])) parts.pop();
  if (parts.length > 2) parts = parts.filter((p, i) => i === 0 || i === parts.length - 1 || !/^\p{L}$/u.test(p));
  if (parts.length >= 2 && HYPOCORISTIC.has(parts[0])) parts[0] = HYPOCORISTIC.get(parts[0])!;
  return parts;
}

/** Keys of a full name: in order, and with the first word moved last (surname-first vs given-name-first order). */
export function nameKeys(name: string): string[] {
  const parts = keyWords(name);
  if (!parts.length) return [];
  const keys = [parts.join('')];
  if (parts.length > 1) keys.push([...parts.slice(1), parts[0]].join(''));
  // "Abdullah bin Zayed Al Nahyan" is also "Abdullah bin Zayed" (and never "Mohamed bin Zayed")
  const bin = parts.findIndex((p, i) => i > 0 && PATRONYMIC.has(p));
  if (bin > 0 && bin + 2 < parts.length) keys.push(parts.slice(0, bin + 2).join(''));
  return keys;
}

const PATRONYMIC = new Set(['bin', 'bint', 'ibn', 'ben']);

/** "S. Jaishankar" and "Subrahmanyam Jaishankar": an initial and a given name it may stand for, one surname. */
export function initialFits(a: string, b: string): boolean {
  const pa = nameParts(a), pb = nameParts(b);
  if (pa.length !== 2 || pb.length < 2) return false;
  const ini = /^(\p{Lu})\.$/u.exec(pa[0]);
  if (!ini || /^\p{Lu}\.$/u.test(pb[0])) return false;
  return foldWord(pa[1]) === foldWord(pb[pb.length - 1]) && pb[0].startsWith(ini[1]);
}

/** Key for names that are not people (organisations, places): case and punctuation only. */
export function plainKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
