// Exact and near-duplicate documents. The cleanest copy (most of its page is main text) is the one
// others point at, whatever order they arrive in; candidates come from the store's LSH buckets.
import type { Store } from '../store/db.js';
import { duplicateInfo, duplicatesOf, earlierWithTextHash, setDuplicateOf, type DuplicateInfo } from '../store/documents.js';
import { bandCandidates, storeSignature } from '../store/minhash.js';
import { fingerprint, similarity, type Fingerprint } from './minhash.js';

/**
 * Estimated Jaccard similarity (of 4-word shingles) above which two main texts are the same text.
 * A story updated in place (new headline, a few sentences reworded) stays near 0.8; different
 * stories, even on one template (two recognition statements, two readouts), stay under 0.35.
 */
export const NEAR_DUPLICATE = 0.75;

export interface DuplicateResult {
  duplicateOf: string | null;
  /** Documents that now point at this one because it is a cleaner copy. */
  adopted: string[];
}

/** `fp` may come precomputed from the pure stage (a worker thread); it is the same either way. */
export function linkDuplicates(store: Store, docId: string, mainText: string, textHash: string, fp: Fingerprint | null = fingerprint(mainText)): DuplicateResult {
  const self = duplicateInfo(store, docId)!;
  // (documents stored before this one: when the store is linked again, later ones are there already)
  const matches = new Set<string>(earlierWithTextHash(store, textHash, self.seq));
  if (fp) {
    const { candidates, full } = bandCandidates(store, fp.keys);
    for (const c of candidates) if (c.doc !== docId && similarity(fp.signature, c.signature) >= NEAR_DUPLICATE) matches.add(c.doc);
    storeSignature(store, self.seq, fp.signature, fp.keys, full);
  }
  if (!matches.size || !mainText.trim()) return { duplicateOf: null, adopted: [] };

  // The group's current canonical copy: follow duplicate_of from the first match.
  const roots = new Map<string, DuplicateInfo>();
  for (const m of matches) {
    let d = duplicateInfo(store, m)!;
    if (d.duplicate_of) d = duplicateInfo(store, d.duplicate_of) ?? d;
    roots.set(d.id, d);
  }
  const root = [...roots.values()].sort((a, b) => b.clean_share - a.clean_share || a.seq - b.seq)[0];
  if (self.clean_share > root.clean_share + 0.05) {
    // This copy carries less page debris: it becomes the one the group points at.
    const members = new Set<string>([root.id]);
    for (const id of duplicatesOf(store, root.id)) members.add(id);
    for (const m of members) setDuplicateOf(store, m, docId);
    return { duplicateOf: null, adopted: [...members] };
  }
  setDuplicateOf(store, docId, root.id);
  return { duplicateOf: root.id, adopted: [] };
}
