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

const acceptAll = () => true;

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

  /** Does some phrase start with this word (lower case)? */
  starts(word: string): boolean {
    return this.root.next.has(word);
  }

  /** The longest accepted phrase starting at token i, or null. Phrases do not run across line breaks. */
  longest(toks: Tok[], i: number, accept: (v: T, start: number, end: number) => boolean = acceptAll): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < toks.length; j++) {
      if (j > i && toks[j].nl) break;
      node = node.next.get(toks[j].lower);
      if (!node) break;
      if (node.values.length) {
        // most phrases end in one value, accepted: the node's own list is the answer then (no copy)
        const values = node.values;
        let accepted = 0;
        for (let k = 0; k < values.length; k++) if (accept(values[k], i, j + 1)) accepted++;
        if (accepted === values.length) best = { end: j + 1, values };
        else if (accepted) best = { end: j + 1, values: values.filter((v) => accept(v, i, j + 1)) };
      }
    }
    return best;
  }
}
