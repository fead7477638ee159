// The fact-check report of one document: each quote, its status, and side by side the closest
// passage its speaker actually said, with the differing words marked. Used by `attache check` and
// the web app; renders as JSON (the report object), terminal text or Markdown.
import { align, wordsOf, type Op } from '../link/quote-align.js';
import type { Store } from '../store/db.js';
import { getDocument } from '../store/documents.js';
import type { Match } from '../store/quotes.js';
import type { VerificationStatus } from '../types.js';
import { listQuotes, resolveDocument, type Speaker } from './quotes.js';

/** A stretch of words, marked when it differs from the other side. */
export interface DiffPart {
  text: string;
  differs: boolean;
}

export interface CheckedMatch extends Match {
  title: string | null;
  published: string | null;
}

export interface CheckedQuote {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker: Speaker | null;
  cue: string | null;
  status: VerificationStatus;
  matches: CheckedMatch[];
  /** The quote and the best match word by word (empty when there is no match). */
  quoteDiff: DiffPart[];
  matchDiff: DiffPart[];
}

export interface CheckReport {
  doc: { id: string; title: string | null; published: string | null; source: string };
  quotes: CheckedQuote[];
  counts: Record<VerificationStatus, number>;
}

export function checkDocument(store: Store, ref: string): CheckReport {
  const row = resolveDocument(store, ref);
  const docInfo = new Map<string, { title: string | null; published: string | null }>();
  const info = (id: string) => {
    if (!docInfo.has(id)) {
      const d = getDocument(store, id);
      docInfo.set(id, { title: d?.title ?? null, published: d?.published ?? null });
    }
    return docInfo.get(id)!;
  };
  const counts: Record<VerificationStatus, number> = { verbatim: 0, close: 0, not_found: 0, no_primary_source: 0 };
  const quotes = listQuotes(store, { doc: row.id }).map((q): CheckedQuote => {
    counts[q.status]++;
    const [quoteDiff, matchDiff] = q.matches[0] ? diff(q.text, q.matches[0].text) : [[], []];
    return {
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      cue: q.cue?.text ?? null,
      status: q.status,
      matches: q.matches.map((m) => ({ ...m, ...info(m.doc) })),
      quoteDiff,
      matchDiff,
    };
  });
  return { doc: { id: row.id, title: row.title, published: row.published, source: row.source }, quotes, counts };
}

/** Both texts cut into runs of words that agree and words that differ (changed, added, cut). */
export function diff(quote: string, match: string): [DiffPart[], DiffPart[]] {
  const qw = wordsOf(quote), mw = wordsOf(match);
  const a = align(qw, quote, mw, match);
  if (!a) return [[{ text: quote, differs: true }], [{ text: match, differs: true }]];
  const qDiffers = new Array<boolean>(qw.length).fill(false);
  const mDiffers = new Array<boolean>(mw.length).fill(true);
  for (const op of a.ops as Op[]) {
    if (op.kind === 'same') mDiffers[op.p] = false;
    else if (op.kind === 'changed') qDiffers[op.q] = true;
    else if (op.kind === 'added') qDiffers[op.q] = true;
  }
  return [parts(quote, qw, qDiffers), parts(match, mw, mDiffers)];
}

function parts(text: string, words: { start: number; end: number }[], differs: boolean[]): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (piece: string, flag: boolean) => {
    const last = out[out.length - 1];
    if (last && last.differs === flag) last.text += piece;
    else if (piece) out.push({ text: piece, differs: flag });
  };
  let at = 0;
  words.forEach((w, i) => {
    // the space between two differing words is inside the marked run; other gaps are not marked
    push(text.slice(at, w.start), i > 0 && differs[i - 1] && differs[i]);
    push(text.slice(w.start, w.end), differs[i]);
    at = w.end;
  });
  push(text.slice(at), false);
  return out;
}

const STATUS_LABEL: Record<VerificationStatus, string> = {
  verbatim: 'VERBATIM',
  close: 'CLOSE',
  not_found: 'NOT FOUND',
  no_primary_source: 'NO PRIMARY SOURCE',
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const marked = (parts: DiffPart[], open: string, close: string) =>
  oneLine(parts.map((p) => (p.differs && p.text.trim() ? p.text.replace(/^(\s*)(.*?)(\s*)$/s, `$1${open}$2${close}$3`) : p.text)).join(''));

function heading(r: CheckReport): string {
  const c = r.counts;
  return `${c.verbatim} verbatim, ${c.close} close, ${c.not_found} not found, ${c.no_primary_source} without a primary source`;
}

/** Plain text for a terminal: words that differ are in [brackets]. */
export function renderCheckText(r: CheckReport): string {
  const lines = [`${r.doc.title ?? r.doc.source} (${r.doc.id}, ${r.doc.published ?? 'no date'})`, `${r.quotes.length} quotes: ${heading(r)}`, ''];
  r.quotes.forEach((q, i) => {
    lines.push(`${i + 1}. ${STATUS_LABEL[q.status]}  ${q.speaker?.name ?? '(speaker unknown)'}${q.cue ? ` — ${oneLine(q.cue)}` : ''}`);
    const best = q.matches[0];
    if (!best) {
      lines.push(`   quote:  “${oneLine(q.text)}”`);
      lines.push(q.status === 'no_primary_source' ? '   record: (no primary record of this speaker in the store)' : '   record: (nothing close in the speaker’s record)');
    } else {
      lines.push(`   quote:  “${marked(q.quoteDiff, '[', ']')}”`);
      lines.push(`   record: “${marked(q.matchDiff, '[', ']')}”`);
      lines.push(`           ${best.title ?? best.doc}, ${best.published ?? 'no date'} — similarity ${best.similarity.toFixed(2)}`);
      if (best.differences) lines.push(`           differs: ${best.differences}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}

/** Markdown: a section per quote, the quote and the record side by side in a table, differing words in bold. */
export function renderCheckMarkdown(r: CheckReport): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`# Fact check: ${r.doc.title ?? r.doc.source}`, '', `Document \`${r.doc.id}\`, ${r.doc.published ?? 'no date'}. ${r.quotes.length} quotes: ${heading(r)}.`, ''];
  r.quotes.forEach((q, i) => {
    lines.push(`## ${i + 1}. ${STATUS_LABEL[q.status].toLowerCase()} — ${q.speaker?.name ?? 'speaker unknown'}`, '');
    const best = q.matches[0];
    lines.push('| quoted | primary record |', '|---|---|');
    if (best) {
      lines.push(`| ${cell(marked(q.quoteDiff, '**', '**'))} | ${cell(marked(q.matchDiff, '**', '**'))} |`, '');
      lines.push(`Closest passage: ${best.title ?? best.doc} (${best.published ?? 'no date'}), similarity ${best.similarity.toFixed(2)}.${best.differences ? ` Differs: ${best.differences}.` : ''}`);
    } else lines.push(`| ${cell(oneLine(q.text))} | ${q.status === 'no_primary_source' ? '*no primary record of this speaker*' : '*nothing close*'} |`);
    lines.push('');
  });
  return lines.join('\n');
}

