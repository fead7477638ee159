// Direct quotations of one document (with speaker and cue) and, when the document is someone's
// own remarks, the passages that are their primary record.
import type { LocalEntity, LocalQuote, PrimaryPassage } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import { attribute } from './attribution.js';
import { findQuotePieces } from './marks.js';
import { findPrimary } from './primary.js';

export function annotateQuotes(ctx: AnnotateContext, entities: LocalEntity[]): { quotes: LocalQuote[]; primary: PrimaryPassage[] } {
  const primary = findPrimary(ctx, entities);
  const quotes = attribute(ctx, entities, findQuotePieces(ctx.text)).map((a) => ({
    span: ctx.span(a.piece.start, a.piece.end),
    speakerLocalId: a.speakerLocalId,
    cue: a.cue ? ctx.span(a.cue.start, a.cue.end) : null,
  }));
  return { quotes, primary };
}
