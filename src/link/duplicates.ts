// Exact and near-duplicate documents. The cleanest copy (most of its page is main text) is the one
// others point at, whatever order they arrive in; candidates come from the store's LSH buckets.
import { prepared, type Store } from '../store/db.js';
import { setDuplicateOf } from '../store/documents.js';
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

interface DocInfo {
  id: string;
  duplicate_of: string | null;
  clean_share: number;
  seq: number;
}

/** `fp` may come precomputed from the pure stage (a worker thread); it is the same either way. */
export function linkDuplicates(store: Store, docId: string, mainText: string, textHash: string, fp: Fingerprint | null = fingerprint(mainText)): DuplicateResult {
  const info = prepared(store, 'SELECT id, duplicate_of, clean_share, seq FROM documents WHERE id = ?');
  const self = info.get(docId) as DocInfo;
  const matches = new Set<string>(
    // (documents stored before this one: when the store is linked again, later ones are there already)
    (prepared(store, 'SELECT id FROM documents WHERE text_hash = ? AND seq < ?').all(textHash, self.seq) as { id: string }[]).map((r) => r.id),
  );
  if (fp) {
    const { candidates, full } = bandCandidates(store, fp.keys);
    for (const c of candidates) if (c.doc !== docId && similarity(fp.signature, c.signature) >= NEAR_DUPLICATE) matches.add(c.doc);
    storeSignature(store, self.seq, fp.signature, fp.keys, full);
  }
  if (!matches.size || !mainText.trim()) return { duplicateOf: null, adopted: [] };

  // The group's current canonical copy: follow duplicate_of from the first match.
  const roots = new Map<string, DocInfo>();
  for (const m of matches) {
    let d = info.get(m) as DocInfo;
    if (d.duplicate_of) d = (info.get(d.duplicate_of) as DocInfo | undefined) ?? d;
    roots.set(d.id, d);
  }
  const root = [...roots.values()].sort((a, b) => b.clean_share - a.clean_share || a.seq - b.seq)[0];
  if (self.clean_share > root.clean_share + 0.05) {
    // This copy carries less page debris: it becomes the one the group points at.
    const members = new Set<string>([root.id]);
    for (const r of prepared(store, 'SELECT id FROM documents WHERE duplicate_of = ?').all(root.id) as { id: string }[]) members.add(r.id);
    for (const m of members) setDuplicateOf(store, m, docId);
    return { duplicateOf: null, adopted: [...members] };
  }
  setDuplicateOf(store, docId, root.id);
  return { duplicateOf: root.id, adopted: [] };
}
