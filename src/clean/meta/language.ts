// Language of the main text (ISO 639-1) from scripts and common function words; "und" when unsure.

const FUNCTION_WORDS: { [lang: string]: string[] } = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'with', 'for', 'was', 'on', 'are', 'by', 'this'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du', 'avec', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'auf', 'dem'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'por', 'con', 'una', 'para', 'del', 'se'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'con', 'una', 'del', 'della', 'sono', 'non', 'gli'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'do', 'da', 'em', 'para', 'com', 'uma', 'não'],
};

/** Scripts that name a language outright, as code-point ranges. */
const SCRIPTS: [number, number, string][] = [
  [0xac00, 0xd7af, 'ko'],
  [0x3040, 0x30ff, 'ja'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
];
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) for (const w of list) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);

const MAX_FUNCTION_WORD = Math.max(...[...WORD_LANGS.keys()].map((w) => w.length));

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let letters = 0;
  for (const w of words) letters += w.length;
  if (letters < 20) return 'und';
  // One pass over the letters for scripts (the words hold every letter of the sample).
  const inScript = new Array<number>(SCRIPTS.length).fill(0);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 0x0400) continue; // Latin words: no script to count
    for (let i = 0; i < w.length; i++) {
      const code = w.charCodeAt(i);
      for (let s = 0; s < SCRIPTS.length; s++) if (code >= SCRIPTS[s][0] && code <= SCRIPTS[s][1]) inScript[s]++;
    }
  }
  for (let s = 0; s < SCRIPTS.length; s++) if (inScript[s] / letters > 0.3) return SCRIPTS[s][2];
  const hits = new Map<string, number>();
  for (const w of words) {
    // function words are short: longer words skip the lookup
    const langs = w.length <= MAX_FUNCTION_WORD ? WORD_LANGS.get(w) : undefined;
    if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let bestShare = 0;
  for (const lang of Object.keys(FUNCTION_WORDS)) {
    const share = (hits.get(lang) ?? 0) / words.length;
    if (share > bestShare) [best, bestShare] = [lang, share];
  }
  return bestShare >= 0.08 ? best : 'und';
}
