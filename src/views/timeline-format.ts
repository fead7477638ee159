// The timeline as text a person reads in a terminal, or as CSV for a spreadsheet.
import type { EventDetail, Timeline, TimelineEntry } from './timeline.js';
import { csvRow } from './csv.js';

function who(e: TimelineEntry): string {
  const names = e.participants.map((p) => (p.role === 'participant' ? p.name : `${p.name} (${p.role})`));
  return names.length ? names.join(', ') : e.countries.join(', ');
}

function line(e: TimelineEntry): string {
  const kind = `${e.type}${e.mode ? '/' + e.mode : ''}`;
  const planned = e.status === 'planned' ? ' [planned]' : '';
  const where = e.location ? ` @ ${e.location}` : '';
  const sources = e.sources.map(sourceLabel).join(', ');
  return `${(e.date ?? '').padEnd(10)}  ${kind}${planned}${where}  ${who(e)}\n            ${e.summary}\n            sources: ${sources}  (${e.id})`;
}

export function timelineText(t: Timeline): string {
  const out: string[] = [];
  for (const e of t.dated) out.push(line(e));
  if (t.undated.length) {
    out.push('', '— date not given by the sources —');
    for (const e of t.undated) out.push(line(e).replace(/^ {10}/, '(no date)  '.slice(0, 10)));
  }
  return out.length ? out.join('\n') : 'no events';
}

const CSV_HEADER = ['id', 'date', 'type', 'mode', 'cameo', 'quadClass', 'status', 'location', 'participants', 'countries', 'summary', 'sources'];

export function timelineCsv(t: Timeline): string {
  const rows = [...t.dated, ...t.undated].map((e) =>
    csvRow([e.id, e.date, e.type, e.mode, e.cameo, e.quadClass, e.status, e.location, e.participants.map((p) => `${p.name} (${p.role})`).join('; '), e.countries.join(' '), e.summary, e.sources.map((s) => s.sourceName).join('; ')]),
  );
  return (csvRow(CSV_HEADER) + rows.join('')).replace(/\r\n$/, '');
}

/** One event with every evidence sentence, its trigger words between » and «. */
export function eventText(d: EventDetail): string {
  const out = [line(d)];
  if (d.dateEvidence) out.push(`date from: "${d.dateEvidence.text}" (${d.dateEvidence.doc} ${d.dateEvidence.start}-${d.dateEvidence.end})`);
  for (const s of d.evidence) {
    let text = s.text;
    for (const m of [...s.marks].sort((a, b) => b.start - a.start)) text = `${text.slice(0, m.start)}»${text.slice(m.start, m.end)}«${text.slice(m.end)}`;
    out.push('', `${s.sourceName} [${s.start}-${s.end}]`, `  ${text.replace(/\s+/g, ' ')}`);
  }
  return out.join('\n');
}

/** A path or name cut in the middle, so its start and its file name both show. */
export function truncateMiddle(s: string, n: number): string {
  if (s.length <= n) return s;
  const tail = Math.ceil((n - 1) * 0.6);
  return s.slice(0, n - 1 - tail) + '…' + s.slice(s.length - tail);
}

/** How a source is named in a line: its file name, or its title when the name is only a hash. */
export function sourceLabel(s: { sourceName: string; title: string | null }): string {
  const hashOnly = /^[0-9a-f]{24,}(?:\.[a-z0-9.]+)?$/i.test(s.sourceName);
  return hashOnly && s.title ? `“${s.title.length > 40 ? s.title.slice(0, 39) + '…' : s.title}”` : truncateMiddle(s.sourceName, 48);
}
