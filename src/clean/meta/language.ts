// Language of the main text (ISO 639-1) from scripts and common function words; "und" when unsure.

const FUNCTION_WORDS: { [lang: string]: string[] } = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'with', 'for', 'was', 'on', 'are', 'by', 'this'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du', 'avec', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'auf', 'dem'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'por', 'con', 'una', 'para', 'del', 'se'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'con', 'una', 'del', 'della', 'sono', 'non', 'gli'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'do', 'da', 'em', 'para', 'com', 'uma', 'não'],
};

const SCRIPTS: [RegExp, string][] = [
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
];

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return 'und';
  for (const [re, lang] of SCRIPTS) {
    if ((sample.match(re) ?? []).length / letters > 0.3) return lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestShare = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    const share = words.filter((w) => set.has(w)).length / words.length;
    if (share > bestShare) [best, bestShare] = [lang, share];
  }
  return bestShare >= 0.08 ? best : 'und';
}
