// Name keys: the normalised form under which spellings of one name meet, within a document and
// across the store. Case, diacritics, hyphens and spaces are dropped, and the usual
// romanisation variants are folded (Sergei/Sergey, Aleksandr/Alexandr, Dmitriy/Dmitry,
// Eui-yong/Eui-Yong/Euiyong), so a key still stands for one full name, never a surname alone.

/** Romanisation variants folded in order (applied to a lower-case, hyphen-free word). */
const FOLDS: [RegExp, string][] = [
  [/ks/g, 'x'],
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

/** Keys of a full name: in order, and with the first word moved last (surname-first vs given-name-first order). */
export function nameKeys(name: string): string[] {
  const parts = nameParts(name).map(foldWord).filter(Boolean);
  if (!parts.length) return [];
  const keys = [parts.join('')];
  if (parts.length > 1) keys.push([...parts.slice(1), parts[0]].join(''));
  return keys;
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
