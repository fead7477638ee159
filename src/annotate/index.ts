// annotate: pure functions of one cleaned document (no I/O, no shared state), each adding one layer.
import type { CleanDocument, DocAnnotations } from '../types.js';
import { makeContext } from './context.js';
import { annotateEntities } from './entities/index.js';
import { annotateEvents } from './events/index.js';
import { annotateQuotes } from './quotes/index.js';

export interface AnnotateOptions {
  entities: boolean;
  events: boolean;
  quotes: boolean;
}

export const ALL_LAYERS: AnnotateOptions = { entities: true, events: true, quotes: true };

export function annotate(doc: CleanDocument, options: AnnotateOptions = ALL_LAYERS): DocAnnotations {
  const ctx = makeContext(doc);
  const sentences = ctx.sentences.map((s) => ctx.span(s.start, s.end));
  const entities = options.entities ? annotateEntities(ctx) : [];
  // (quotes first: who speaks a quotation or a transcript's turn is who "I" and "we" are in an event)
  const { quotes, primary, voices } = options.quotes ? annotateQuotes(ctx, entities) : { quotes: [], primary: [], voices: undefined };
  const events = options.events ? annotateEvents(ctx, entities, voices) : [];
  return { sentences, entities, events, quotes, primary };
}
