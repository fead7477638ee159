// The conflict list: each contradiction with the names of the documents on both sides, for the
// CLI and the web app.
import { listConflicts } from '../store/conflicts.js';
import type { Store } from '../store/db.js';
import { findDocument, getDocument } from '../store/documents.js';
import type { ExportConflict, Span } from '../types.js';
import { ViewError } from './quotes.js';

/** A span with the title and file name of its document. */
export interface NamedSpan extends Span {
  sourceName: string;
  title: string | null;
  published: string | null;
}

export interface ConflictItem extends Omit<ExportConflict, 'claim' | 'against'> {
  claim: NamedSpan;
  against: NamedSpan[];
}

export function conflictItems(store: Store, q: { doc?: string } = {}): ConflictItem[] {
  let doc: string | undefined;
  if (q.doc) {
    const row = findDocument(store, q.doc);
    if (!row) throw new ViewError(`no document ${q.doc} in the store`);
    doc = row.id;
  }
  const docs = new Map<string, Omit<NamedSpan, keyof Span>>();
  const named = (s: Span): NamedSpan => {
    let d = docs.get(s.doc);
    if (!d) {
      const row = getDocument(store, s.doc);
      docs.set(s.doc, (d = { sourceName: row?.source_name ?? s.doc, title: row?.title ?? null, published: row?.published ?? null }));
    }
    return { ...s, ...d };
  };
  return listConflicts(store, { doc }).map((c) => ({ ...c, claim: named(c.claim), against: c.against.map(named) }));
}

/** The list as text: one block per conflict, the claim, what contradicts it and why. */
export function conflictsText(items: ConflictItem[]): string {
  if (!items.length) return 'no conflicts found';
  const quote = (s: NamedSpan) => `“${s.text.replace(/\s+/g, ' ')}”`;
  return items
    .map((c) =>
      [
        `${c.kind.padEnd(12)} ${c.claim.sourceName}: ${quote(c.claim)}`,
        ...c.against.map((s) => `${'against'.padStart(12)} ${s.sourceName}: ${quote(s)}`),
        `${'why'.padStart(12)} ${c.reason}${c.event ? `  (${c.event})` : ''}`,
      ].join('\n'),
    )
    .join('\n\n');
}
