// Direct quotations of one document and its speaker's own (primary) passages. Filled in by issue 5.
import type { LocalEntity, LocalQuote, PrimaryPassage } from '../../types.js';
import type { AnnotateContext } from '../context.js';

export function annotateQuotes(_ctx: AnnotateContext, _entities: LocalEntity[]): { quotes: LocalQuote[]; primary: PrimaryPassage[] } {
  return { quotes: [], primary: [] };
}
