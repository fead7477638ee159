// Direct quotations of one document (with speaker and cue) and, when the document is someone's
// own remarks, the passages that are their primary record.
import type { DocKind, LocalEntity, LocalQuote, PrimaryPassage } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import { attribute, type Attribution } from './attribution.js';
import { findQuotePieces } from './marks.js';
import { findPrimary } from './primary.js';

/** Who speaks a stretch of the main text (clean offsets): a quotation's speaker, a transcript turn's. */
export interface Voice {
  start: number;
  end: number;
  speakerLocalId: string;
}

export interface QuoteLayer {
  quotes: LocalQuote[];
  primary: PrimaryPassage[];
  /** The transcript's turns (`turns`) and the attributed quotations (`quoted`): whose "I" and "we" they hold. */
  voices: { turns: Voice[]; quoted: Voice[] };
}

export function annotateQuotes(ctx: AnnotateContext, entities: LocalEntity[]): QuoteLayer {
  const turns: Voice[] = [];
  const primary = findPrimary(ctx, entities, turns);
  const quoted: Voice[] = [];
  const attributed = ownWordsInTurns(ctx, attribute(ctx, entities, findQuotePieces(ctx.text), turns), turns);
  const quotes = attributed.map((a) => {
    if (a.speakerLocalId) quoted.push({ start: a.piece.start, end: a.piece.end, speakerLocalId: a.speakerLocalId });
    return {
      span: ctx.span(a.piece.start, a.piece.end),
      speakerLocalId: a.speakerLocalId,
      cue: a.cue ? ctx.span(a.cue.start, a.cue.end) : null,
    };
  });
  return { quotes, primary: [...primary, ...quotedInRelease(ctx, entities, quotes, primary)], voices: { turns, quoted } };
}

/**
 * In someone's own record ("Remarks as prepared by X", a transcript's turn), a paragraph that is
 * nothing but a quotation, with no cue, is that speaker's words set in quotation marks (excerpts
 * of a speech, a pull quote).
 */
function ownWordsInTurns(ctx: AnnotateContext, attributed: Attribution[], turns: Voice[]): Attribution[] {
  const text = ctx.text;
  return attributed.map((a) => {
    if (a.speakerLocalId || a.cue) return a;
    const { outerStart, outerEnd } = a.piece;
    const paraStart = text.lastIndexOf('\n\n', outerStart);
    const paraEnd = text.indexOf('\n\n', outerEnd);
    const around = text.slice(paraStart < 0 ? 0 : paraStart, outerStart) + text.slice(outerEnd, paraEnd < 0 ? text.length : paraEnd);
    if (/[\p{L}\p{N}]/u.test(around)) return a;
    const turn = turns.find((t) => t.start <= a.piece.end && a.piece.start < t.end);
    return turn ? { ...a, speakerLocalId: turn.speakerLocalId } : a;
  });
}

/** Documents a government or organisation issues about its own business (not news about it). */
const OFFICIAL_KINDS = new Set<DocKind>(['press_release', 'statement', 'readout', 'joint_statement']);

/**
 * A release that quotes a person ("The Minister today issued the following statement: “…”")
 * publishes their words: the quotation is their primary record too, against which news quoting
 * them is checked.
 */
function quotedInRelease(ctx: AnnotateContext, entities: LocalEntity[], quotes: LocalQuote[], primary: PrimaryPassage[]): PrimaryPassage[] {
  if (!OFFICIAL_KINDS.has(ctx.doc.kind)) return [];
  const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.localId));
  return quotes
    .filter((q) => q.speakerLocalId && persons.has(q.speakerLocalId))
    .filter((q) => !primary.some((p) => p.span.start < q.span.end && q.span.start < p.span.end))
    .map((q) => ({ speakerLocalId: q.speakerLocalId!, span: q.span }));
}
