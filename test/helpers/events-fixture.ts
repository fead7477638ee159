// Test fixtures for the events layer: a cleaned document from our own text, and entities found by
// exact names we give (so event tests do not depend on the entities layer's choices).
import { makeContext, type AnnotateContext } from '../../src/annotate/context.js';
import { mainTextFromRanges } from '../../src/clean/main-text.js';
import type { CleanDocument, DateValue, DocKind, EntityType, LocalEntity } from '../../src/types.js';

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
