// The reader's marks for conflicts: a claim the record contradicts, and the words in this document
// that contradict a claim made elsewhere, each linked to the conflicts page.
import { conflictsAgainstDoc, listConflicts } from '../store/conflicts.js';
import type { Store } from '../store/db.js';
import { getDocument } from '../store/documents.js';
import type { Mark } from './web-reader.js';

export function conflictMarks(store: Store, doc: string): Mark[] {
  const name = (id: string) => {
    const row = getDocument(store, id);
    return row?.title ?? row?.source_name ?? id;
  };
  const marks: Mark[] = [];
  for (const c of listConflicts(store, { doc })) {
    marks.push({
      kind: 'conflict', start: c.claim.start, end: c.claim.end,
      label: `contradicted (${c.kind})`,
      details: [c.reason, ...c.against.map((s) => `against: “${s.text}” (${name(s.doc)})`)],
      link: { page: 'conflicts', id: c.id },
    });
  }
  for (const c of conflictsAgainstDoc(store, doc)) {
    for (const s of c.against.filter((x) => x.doc === doc)) {
      marks.push({
        kind: 'conflict', start: s.start, end: s.end,
        label: `contradicts a claim in ${name(c.claim.doc)}`,
        details: [`the claim: “${c.claim.text}”`, c.reason],
        link: { page: 'conflicts', id: c.id },
      });
    }
  }
  return marks.filter((m) => m.end > m.start);
}
