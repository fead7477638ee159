// A token trie for longest-match lookup of lexicon phrases: one walk per text position, no regex
// per entry. Phrases are tokenised with the same tokenizer as the text; keys are lower case and
// the caller's `accept` checks case where it matters (acronyms, proper names).
import { tokenize, type Tok } from './tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** End token index (exclusive). */
  end: number;
  values: T[];
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const t of tokenize(phrase)) {
      let n = node.next.get(t.lower);
      if (!n) node.next.set(t.lower, (n = { next: new Map(), values: [] }));
      node = n;
    }
    node.values.push(value);
  }

  /** The longest accepted phrase starting at token i, or null. Phrases do not run across line breaks. */
  longest(toks: Tok[], i: number, accept: (v: T, start: number, end: number) => boolean = () => true): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < toks.length; j++) {
      if (j > i && toks[j].nl) break;
      node = node.next.get(toks[j].lower);
      if (!node) break;
      if (node.values.length) {
        const ok = node.values.filter((v) => accept(v, i, j + 1));
        if (ok.length) best = { end: j + 1, values: ok };
      }
    }
    return best;
  }
}
