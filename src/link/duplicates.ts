// Exact and near-duplicate documents. The cleanest copy (most of its page is main text) is the one
// others point at, whatever order they arrive in; candidates come from the store's LSH buckets.
import type { Store } from '../store/db.js';
import { setDuplicateOf } from '../store/documents.js';
import { bandCandidates, storeSignature } from '../store/minhash.js';
import { bandKeys, normalizedWords, shingleHashes, signature, similarity } from './minhash.js';

/** Estimated Jaccard similarity above which two main texts are the same text. */
export const NEAR_DUPLICATE = 0.8;
/** Texts shorter than this many words are compared only exactly (short texts collide easily). */
const MIN_WORDS = 40;

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

export function linkDuplicates(store: Store, docId: string, mainText: string, textHash: string): DuplicateResult {
  const db = store.db;
  const self = db.prepare('SELECT id, duplicate_of, clean_share, seq FROM documents WHERE id = ?').get(docId) as DocInfo;
  const matches = new Set<string>(
    (db.prepare('SELECT id FROM documents WHERE text_hash = ? AND id != ?').all(textHash, docId) as { id: string }[]).map((r) => r.id),
  );
  const words = normalizedWords(mainText);
  if (words.length >= MIN_WORDS) {
    const sig = signature(shingleHashes(words));
    const keys = bandKeys(sig);
    for (const c of bandCandidates(store, keys)) if (c.doc !== docId && similarity(sig, c.signature) >= NEAR_DUPLICATE) matches.add(c.doc);
    storeSignature(store, docId, sig, keys);
  }
  if (!matches.size || !mainText.trim()) return { duplicateOf: null, adopted: [] };

  // The group's current canonical copy: follow duplicate_of from the first match.
  const info = db.prepare('SELECT id, duplicate_of, clean_share, seq FROM documents WHERE id = ?');
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
    for (const r of db.prepare('SELECT id FROM documents WHERE duplicate_of = ?').all(root.id) as { id: string }[]) members.add(r.id);
    for (const m of members) setDuplicateOf(store, m, docId);
    return { duplicateOf: null, adopted: [...members] };
  }
  setDuplicateOf(store, docId, root.id);
  return { duplicateOf: root.id, adopted: [] };
}
