// annotate: pure functions of one cleaned document (no I/O, no shared state), each adding one layer.
import type { CleanDocument, DocAnnotations, StageFailure } from '../types.js';
import { documentBudgetMs, spend, withBudget } from '../budget.js';
import { makeContext } from './context.js';
import { annotateEntities } from './entities/index.js';
import { annotateEvents } from './events/index.js';
import { guarded } from '../guard.js';
import { annotateQuotes, type QuoteLayer } from './quotes/index.js';

export interface AnnotateOptions {
  entities: boolean;
  events: boolean;
  quotes: boolean;
}

export const ALL_LAYERS: AnnotateOptions = { entities: true, events: true, quotes: true };

/**
 * Every layer asked for, each on its own: a layer that fails (an internal error, or the document's
 * time budget spent) is named in `failed` and left empty, and the layers after it go on without it.
 */
export function annotate(doc: CleanDocument, options: AnnotateOptions = ALL_LAYERS, budgetMs = documentBudgetMs(doc.main.text.length)): DocAnnotations {
  const failed: StageFailure[] = [];
  const ann = withBudget(budgetMs, () => {
    let blocked: string | null = null;
    const run = <T>(stage: string, fallback: T, fn: () => T): T => {
      if (blocked) return (failed.push({ stage, message: `not run: ${blocked}` }), fallback);
      const n = failed.length;
      const out = guarded(stage, doc.sourceName, failed, fallback, () => (spend(), fn()));
      // (once the budget is spent, the layers after the one that spent it are not started)
      if (failed.length > n && failed[n].message.includes('budget')) blocked = 'the time budget was spent';
      return out;
    };
    const ctx = run('sentences', null, () => makeContext(doc));
    if (!ctx) blocked ??= 'no sentences';
    const sentences = ctx ? ctx.sentences.map((s) => ctx.span(s.start, s.end)) : [];
    const entities = options.entities ? run('entities', [], () => annotateEntities(ctx!)) : [];
    // (quotes first: who speaks a quotation or a transcript's turn is who "I" and "we" are in an event)
    const none: QuoteLayer = { quotes: [], primary: [], voices: { turns: [], quoted: [] } };
    const { quotes, primary, voices } = options.quotes ? run('quotes', none, () => annotateQuotes(ctx!, entities)) : none;
    const events = options.events ? run('events', [], () => annotateEvents(ctx!, entities, voices)) : [];
    return { sentences, entities, events, quotes, primary };
  });
  return failed.length ? { ...ann, failed } : ann;
}
