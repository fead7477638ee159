// Test fixtures for the events layer: a cleaned document from our own text, and entities found by
// exact names we give (so event tests do not depend on the entities layer's choices).
import assert from 'node:assert/strict';
import { makeContext, type AnnotateContext } from '../../src/annotate/context.js';
import { annotateEvents } from '../../src/annotate/events/index.js';
import type { Voice } from '../../src/annotate/quotes/index.js';
import { mainTextFromRanges } from '../../src/clean/main-text.js';
import type { CleanDocument, DateValue, DocKind, EntityType, LocalEntity, LocalEvent } from '../../src/types.js';

export const day = (value: string): DateValue => ({ value, precision: 'day' });
export const ofType = (events: LocalEvent[], type: string) => events.filter((e) => e.type === type);

export interface NameSpec {
  name: string;
  type: EntityType;
  country: string | null;
  aliases?: string[];
  isSpeaker?: boolean;
}

export function cleanDoc(id: string, text: string, opts: { published?: DateValue | null; kind?: DocKind; title?: string } = {}): CleanDocument {
  const title = opts.title ?? null;
  const original = title ? `${title}\n\n${text}` : text;
  const bodyStart = title ? title.length + 2 : 0;
  const body = [{ start: bodyStart, end: original.length }];
  return {
    id, source: `${id}.txt`, sourceName: `${id}.txt`, original, format: 'text', hash: id,
    title, titleRange: title ? { start: 0, end: title.length } : null,
    published: opts.published ?? null, publishedEvidence: null, language: 'en', kind: opts.kind ?? 'news',
    main: mainTextFromRanges(original, body), body, warnings: [],
  };
}

/** Entities for every occurrence of the given names (and aliases) in the main text. */
export function entitiesByName(ctx: AnnotateContext, specs: NameSpec[]): LocalEntity[] {
  return specs.map((s, i) => {
    const mentions = [];
    for (const n of [s.name, ...(s.aliases ?? [])]) {
      for (let at = ctx.text.indexOf(n); at >= 0; at = ctx.text.indexOf(n, at + n.length)) {
        const sp = ctx.span(at, at + n.length);
        mentions.push({ ...sp, cleanStart: at, cleanEnd: at + n.length });
      }
    }
    mentions.sort((a, b) => a.cleanStart - b.cleanStart);
    return { localId: `e${i}`, type: s.type, name: s.name, aliases: s.aliases ?? [], country: s.country, roles: [], mentions, isSpeaker: s.isSpeaker };
  });
}

export function contextOf(doc: CleanDocument): AnnotateContext {
  return makeContext(doc);
}

export interface EventsOptions {
  published?: DateValue | null;
  kind?: DocKind;
  title?: string;
  /** Quotations and transcript turns found in the main text, as the quotes layer would give them. */
  voices?: (text: string) => { turns: Voice[]; quoted: Voice[] };
  /** Changes the entities found by name before the events annotator reads them (roles, say). */
  entities?: (found: LocalEntity[]) => LocalEntity[];
}

/**
 * The events annotator on `text` (document "d1"), with entities for the given names; every span an
 * event carries (evidence, triggers, date) is checked to be its own words in the original.
 */
export function eventsWithNames(text: string, specs: NameSpec[], opts: EventsOptions = {}) {
  const doc = cleanDoc('d1', text, opts);
  const ctx = contextOf(doc);
  const found = entitiesByName(ctx, specs);
  const entities = opts.entities ? opts.entities(found) : found;
  const events = annotateEvents(ctx, entities, opts.voices?.(ctx.text));
  for (const e of events) for (const s of [...e.evidence, ...(e.triggers ?? []), ...(e.dateEvidence ? [e.dateEvidence] : [])]) assert.equal(doc.original.slice(s.start, s.end), s.text);
  const nameOf = (localId: string) => entities.find((x) => x.localId === localId)!.name;
  const names = (e: LocalEvent) => e.participants.map((p) => nameOf(p.localId)).sort();
  return { doc, entities, events, names, nameOf };
}
