// The document reader's data: the original cut into pieces, each marked main text or debris and
// carrying the highlights (mentions, dates, events, quotes) that cover it, so the page only renders.
import type { Store } from '../store/db.js';
import { duplicatesOf, getAnnotations, getDocument, type DocumentRow } from '../store/documents.js';
import { reportsOnMap } from '../store/quotes.js';
import type { DocAnnotations, Range } from '../types.js';
import { conflictMarks } from './web-conflicts.js';
import { docRefs, type DocRef } from './web-refs.js';

export type MarkKind = 'entity' | 'date' | 'event' | 'quote' | 'conflict';

/** One highlight: what a range of the original was resolved to, in words a reader can check. */
export interface Mark extends Range {
  kind: MarkKind;
  label: string;
  details: string[];
  /** Where the page can take the reader for more: an entity page or a quote check. */
  link: { page: 'entity' | 'quotes' | 'timeline' | 'conflicts'; id: string } | null;
  /** For an event: the words naming it and its participants' names, marked strongly; the sentence itself only lightly. */
  part?: 'trigger' | 'participant';
}

export interface Piece extends Range {
  text: string;
  main: boolean;
  /** Indexes into `marks`. */
  marks: number[];
}

export interface ReaderView {
  id: string;
  title: string | null;
  source: string;
  sourceName: string;
  format: 'text' | 'html';
  kind: string;
  language: string;
  published: string | null;
  publishedPrecision: string | null;
  duplicateOf: DocRef | null;
  duplicates: DocRef[];
  reportsOn: DocRef[];
  reportedBy: DocRef[];
  marks: Mark[];
  pieces: Piece[];
  counts: Record<MarkKind, number>;
}

/** Resolves global ids for local annotations (filled in as entities, events and quotes are linked). */
export interface MarkLinker {
  /** The linked entity a document's local entity was merged into, and its name in the record. */
  entityOf(localId: string): { id: string; name: string } | null;
  eventAt(range: Range): string | null;
  quoteAt(range: Range): { id: string; status: string } | null;
}

export function readerView(store: Store, id: string, linker: MarkLinker): ReaderView | null {
  const row = getDocument(store, id);
  if (!row) return null;
  const ann = getAnnotations(store, id);
  const marks = ann ? marksOf(row, ann, linker) : [];
  if (row.published_start !== null && row.published_end !== null)
    marks.push({ kind: 'date', start: row.published_start, end: row.published_end, label: `published ${row.published}`, details: [`precision: ${row.published_precision}`], link: null });
  marks.push(...conflictMarks(store, id));
  const ref = docRefs(store);
  const refsOf = (ids: string[]) => ids.map(ref).filter((d): d is DocRef => !!d);
  const reports = reportsOnMap(store);
  const reportedBy = [...reports].filter(([, to]) => to.includes(id)).map(([from]) => from);
  const duplicates = duplicatesOf(store, id);
  const counts: Record<MarkKind, number> = { entity: 0, date: 0, event: 0, quote: 0, conflict: 0 };
  for (const m of marks) if (!m.part) counts[m.kind]++;
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    sourceName: row.source_name,
    format: row.format,
    kind: row.kind,
    language: row.language,
    published: row.published,
    publishedPrecision: row.published_precision,
    duplicateOf: row.duplicate_of ? ref(row.duplicate_of) : null,
    duplicates: refsOf(duplicates),
    reportsOn: refsOf(reports.get(id) ?? []),
    reportedBy: refsOf(reportedBy),
    marks,
    pieces: cutPieces(row, JSON.parse(row.body) as Range[], marks),
    counts,
  };
}

function marksOf(row: DocumentRow, ann: DocAnnotations, linker: MarkLinker): Mark[] {
  const marks: Mark[] = [];
  const byLocal = new Map(ann.entities.map((e) => [e.localId, e]));
  for (const e of ann.entities) {
    const roles = e.roles.map((r) => `${r.title}${r.country ? ` (${r.country})` : ''}`);
    const global = linker.entityOf(e.localId);
    for (const m of e.mentions) {
      marks.push({
        kind: 'entity',
        start: m.start,
        end: m.end,
        label: `${e.type}: ${global?.name ?? e.name}`,
        details: [
          ...(global && global.name !== e.name ? [`named here: ${e.name}`] : []),
          ...(e.country ? [`country: ${e.country}`] : []),
          ...roles.map((r) => `role: ${r}`),
          ...(e.aliases.length ? [`also: ${e.aliases.join(', ')}`] : []),
        ],
        link: global ? { page: 'entity', id: global.id } : null,
      });
    }
  }
  for (const ev of ann.events) {
    const who = ev.participants.map((p) => `${byLocal.get(p.localId)?.name ?? '?'} (${p.role})`);
    const details = [
      `type: ${ev.type}${ev.mode ? ` / ${ev.mode}` : ''}${ev.cameo ? ` · CAMEO ${ev.cameo}` : ''}`,
      `status: ${ev.status}`,
      `date: ${ev.date ? ev.date.value : 'unknown'}`,
      ...(ev.location ? [`location: ${ev.location}`] : []),
      ...(who.length ? [`participants: ${who.join(', ')}`] : []),
      ...(ev.countries.length ? [`countries: ${ev.countries.join(', ')}`] : []),
    ];
    for (const s of ev.evidence) {
      const global = linker.eventAt(s);
      const mark = { kind: 'event' as const, label: ev.summary || ev.type, details, link: global ? { page: 'timeline' as const, id: global } : null };
      marks.push({ ...mark, start: s.start, end: s.end });
      const inside = (r: Range) => r.start >= s.start && r.end <= s.end && r.end > r.start;
      for (const t of (ev.triggers ?? []).filter(inside)) marks.push({ ...mark, start: t.start, end: t.end, part: 'trigger' });
      for (const p of ev.participants)
        for (const m of (byLocal.get(p.localId)?.mentions ?? []).filter(inside)) marks.push({ ...mark, start: m.start, end: m.end, part: 'participant' });
    }
    if (ev.dateEvidence)
      marks.push({
        kind: 'date',
        start: ev.dateEvidence.start,
        end: ev.dateEvidence.end,
        label: ev.date ? `${ev.date.value} (${ev.date.precision})` : 'a date the text does not pin down',
        details: [`the date of: ${ev.summary || ev.type}`],
        link: null,
      });
  }
  for (const q of ann.quotes) {
    const speaker = q.speakerLocalId ? byLocal.get(q.speakerLocalId)?.name ?? null : null;
    const linked = linker.quoteAt(q.span);
    marks.push({
      kind: 'quote',
      start: q.span.start,
      end: q.span.end,
      label: `quote by ${speaker ?? 'an unnamed speaker'}`,
      details: [...(q.cue ? [`cue: “${q.cue.text}”`] : []), ...(linked ? [`verification: ${linked.status.replace(/_/g, ' ')}`] : [])],
      link: { page: 'quotes', id: row.id },
    });
  }
  return marks.filter((m) => m.end > m.start);
}

/** Cuts the original at every body and highlight boundary; each piece knows what covers it. */
export function cutPieces(row: Pick<DocumentRow, 'original' | 'format'>, body: Range[], marks: Mark[]): Piece[] {
  const cuts = new Set<number>([0, row.original.length]);
  for (const r of body) cuts.add(r.start).add(r.end);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= row.original.length).sort((a, b) => a - b);
  const sortedBody = [...body].sort((a, b) => a.start - b.start);
  const markup = row.format === 'html' ? htmlMarkup(row.original) : null;
  const pieces: Piece[] = [];
  let b = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (b < sortedBody.length && sortedBody[b].end <= start) b++;
    const main = b < sortedBody.length && sortedBody[b].start <= start && end <= sortedBody[b].end;
    const covering: number[] = [];
    marks.forEach((m, k) => {
      if (m.start <= start && end <= m.end) covering.push(k);
    });
    pieces.push({ start, end, main, marks: covering, text: markup ? htmlDisplayText(row.original, markup, start, end, main) : row.original.slice(start, end) });
  }
  return pieces;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Where the markup of an HTML source is: each tag, comment or hidden element, and whether it ends a block. */
interface Markup {
  ranges: { start: number; end: number; block: boolean }[];
}

const HIDDEN = /<(head|script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?\/]?[a-zA-Z][^>]*>?/g;
const BLOCK = /^<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|nav|aside|main|blockquote|figure|figcaption|dd|dt|hr)\b/i;

/**
 * The markup of a whole page, found once (the <head> is all markup: its title is the page's title,
 * shown above the text): a tag, a comment or a script cut in two by a highlight
 * (a date inside <meta content="…"> or inside a JSON-LD script) must still be known as markup in
 * both halves, or its raw source shows as text.
 */
function htmlMarkup(original: string): Markup {
  const ranges: Markup['ranges'] = [];
  for (const m of original.matchAll(HIDDEN)) ranges.push({ start: m.index!, end: m.index! + m[0].length, block: BLOCK.test(m[0]) });
  return { ranges };
}

/** The words of original[start, end) of an HTML source: markup dropped (block ends become line breaks), references decoded. */
function htmlDisplayText(original: string, markup: Markup, start: number, end: number, main: boolean): string {
  const parts: string[] = [];
  let at = start;
  // (ranges are in order; a binary search finds the first that ends after `start`)
  let lo = 0;
  let hi = markup.ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markup.ranges[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < markup.ranges.length && markup.ranges[k].start < end; k++) {
    const r = markup.ranges[k];
    if (r.start > at) parts.push(original.slice(at, r.start));
    // a block's line break goes with the piece holding the tag's start
    if (r.block && r.start >= start) parts.push('\n');
    at = Math.max(at, Math.min(end, r.end));
  }
  if (at < end) parts.push(original.slice(at, end));
  const text = parts.join('').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
  return main ? text.replace(/[ \t\r\f\v]+/g, ' ') : text.replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*\n+/g, '\n');
}
