// The quote check page's data: for one document, each quote beside the closest primary passage,
// the differing words marked (the quotes area's alignment, views/check.ts) and the status.
import type { Store } from '../store/db.js';
import { listQuoteRows } from '../store/quotes.js';
import type { Span } from '../types.js';
import { diff, type DiffPart } from './check.js';
import { docRefs, type DocRef } from './web-refs.js';

export interface QuoteCheck {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: { id: string; name: string } | null;
  cue: string | null;
  status: string;
  match: (Span & { similarity: number; differences?: string; docRef: DocRef | null }) | null;
  quoteDiff: DiffPart[];
  matchDiff: DiffPart[];
  otherMatches: number;
}

export interface QuoteCheckView {
  doc: DocRef;
  quotes: QuoteCheck[];
  statuses: { [status: string]: number };
}

export function quoteCheckView(store: Store, docId: string, names: Map<string, string>): QuoteCheckView | null {
  const ref = docRefs(store);
  const doc = ref(docId);
  if (!doc) return null;
  const checks = listQuoteRows(store, { doc: docId })
    .sort((a, b) => a.start - b.start)
    .map((q): QuoteCheck => {
      const best = q.matches[0] ?? null;
      const [quoteDiff, matchDiff] = best ? diff(q.text, best.text) : [[], []];
      return {
        id: q.id,
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: q.speaker ? { id: q.speaker, name: names.get(q.speaker) ?? q.speaker } : null,
        cue: q.cue?.text ?? null,
        status: q.status,
        match: best ? { ...best, docRef: ref(best.doc) } : null,
        quoteDiff,
        matchDiff,
        otherMatches: Math.max(0, q.matches.length - 1),
      };
    });
  const statuses: QuoteCheckView['statuses'] = {};
  for (const c of checks) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
  return { doc, quotes: checks, statuses };
}

/** Documents that quote someone, with how many quotes and how they were verified. */
export function quotedDocuments(store: Store, limit = 500): (DocRef & { quotes: number; statuses: { [status: string]: number } })[] {
  const ref = docRefs(store);
  const byDoc = new Map<string, { [status: string]: number }>();
  for (const q of listQuoteRows(store)) {
    const s = byDoc.get(q.doc) ?? {};
    s[q.status] = (s[q.status] ?? 0) + 1;
    byDoc.set(q.doc, s);
  }
  return [...byDoc]
    .map(([id, statuses]) => ({ ...(ref(id) ?? { id, title: null, published: null, kind: 'other', sourceName: id }), quotes: Object.values(statuses).reduce((a, b) => a + b, 0), statuses }))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
    .slice(0, limit);
}
