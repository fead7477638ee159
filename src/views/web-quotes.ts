// The quote check page's data: for one document, each quote beside the closest primary passage,
// with the word differences marked and the verification status.
import type { Store } from '../store/db.js';
import type { ExportEntity, ExportQuote, Span } from '../types.js';
import { docRefs, type DocRef } from './web-refs.js';
import { wordDiff, type DiffPart } from './word-diff.js';

export interface QuoteCheck {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: { id: string; name: string } | null;
  cue: string | null;
  status: string;
  match: (Span & { similarity: number; differences?: string; docRef: DocRef | null }) | null;
  diff: DiffPart[];
  otherMatches: number;
}

export interface QuoteCheckView {
  doc: DocRef;
  quotes: QuoteCheck[];
  statuses: { [status: string]: number };
}

export function quoteCheckView(store: Store, docId: string, quotes: ExportQuote[], entities: Map<string, ExportEntity>): QuoteCheckView | null {
  const ref = docRefs(store);
  const doc = ref(docId);
  if (!doc) return null;
  const checks = quotes
    .filter((q) => q.doc === docId)
    .sort((a, b) => a.start - b.start)
    .map((q): QuoteCheck => {
      const best = q.verification.matches[0] ?? null;
      const speaker = q.speaker ? { id: q.speaker, name: entities.get(q.speaker)?.name ?? q.speaker } : null;
      return {
        id: q.id,
        text: q.text,
        start: q.start,
        end: q.end,
        speaker,
        cue: q.cue?.text ?? null,
        status: q.verification.status,
        match: best ? { ...best, docRef: ref(best.doc) } : null,
        diff: best ? wordDiff(q.text, best.text) : [],
        otherMatches: Math.max(0, q.verification.matches.length - 1),
      };
    });
  const statuses: QuoteCheckView['statuses'] = {};
  for (const c of checks) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
  return { doc, quotes: checks, statuses };
}
