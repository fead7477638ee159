// The golden digest of an export: per document, what a reviewer checks by eye (metadata, people,
// events, quotes), in a stable order and without ids or offsets, so a diff shows behaviour changes.
import type { AttacheExport } from '../../src/types.js';

export interface DocDigest {
  title: string | null;
  published: string | null;
  kind: string;
  duplicateOf: string | null;
  reportsOn: string[];
  people: string[];
  organizations: string[];
  countries: string[];
  events: string[];
  quotes: string[];
}

export function digest(exp: AttacheExport): Record<string, DocDigest> {
  const docName = new Map(exp.documents.map((d) => [d.id, d.sourceName]));
  const entity = new Map(exp.entities.map((e) => [e.id, e]));
  const out: Record<string, DocDigest> = {};
  for (const d of [...exp.documents].sort((a, b) => a.sourceName.localeCompare(b.sourceName))) {
    const inDoc = exp.entities.filter((e) => e.mentions.some((m) => m.doc === d.id));
    const names = (type: string, withRole: boolean) =>
      inDoc
        .filter((e) => e.type === type)
        .map((e) => {
          const roles = withRole ? e.roles.filter((r) => r.docs.includes(d.id)).map((r) => `${r.title}${r.country ? ' of ' + r.country : ''}`) : [];
          return `${e.name}${e.country ? ` (${e.country})` : ''}${roles.length ? ' — ' + roles.join('; ') : ''}`;
        })
        .sort();
    const events = exp.events
      .filter((ev) => ev.evidence.some((s) => s.doc === d.id))
      .map((ev) => {
        const who = ev.participants.map((p) => `${entity.get(p.entity)?.name ?? '?'}:${p.role}`).sort().join(', ');
        return `${ev.date ?? 'undated'} ${ev.type}${ev.mode ? '/' + ev.mode : ''}${ev.status === 'occurred' ? '' : ' [' + ev.status + ']'}${ev.location ? ' @ ' + ev.location : ''} | ${who} | ${ev.countries.join('-')}`;
      })
      .sort();
    const quotes = exp.quotes
      .filter((q) => q.doc === d.id)
      .map((q) => `“${q.text}” — ${q.speaker ? entity.get(q.speaker)?.name ?? '?' : 'unknown'} — ${q.verification.status}`);
    out[d.sourceName] = {
      title: d.title,
      published: d.published,
      kind: d.kind,
      duplicateOf: d.duplicateOf ? docName.get(d.duplicateOf) ?? d.duplicateOf : null,
      reportsOn: d.reportsOn.map((id) => docName.get(id) ?? id).sort(),
      people: names('person', true),
      organizations: names('organization', false),
      countries: names('country', false),
      events,
      quotes,
    };
  }
  return out;
}
