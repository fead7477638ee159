// Lexicon phrases as one regular-expression alternation: longest first, so "pointed out" wins over
// "pointed", and any run of spaces between words matches.
export function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
}
