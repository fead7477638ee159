// Test helpers for the entity annotator: one text's entities, people by name, span checks.
import assert from 'node:assert/strict';
import { makeContext } from '../../src/annotate/context.js';
import { annotateEntities } from '../../src/annotate/entities/index.js';
import type { CleanDocument, LocalEntity } from '../../src/types.js';
import { cleanText } from './docs.js';

export function entitiesOf(text: string): { doc: CleanDocument; entities: LocalEntity[] } {
  const doc = cleanText(text);
  return { doc, entities: annotateEntities(makeContext(doc)) };
}

export const people = (es: LocalEntity[]) => es.filter((e) => e.type === 'person');
export const person = (es: LocalEntity[], name: string) => {
  const p = people(es).find((e) => e.name === name);
  assert.ok(p, `${name} is a person (found: ${people(es).map((e) => e.name).join(', ')})`);
  return p;
};
export const texts = (e: LocalEntity) => e.mentions.map((m) => m.text);

/** Every mention is an exact slice of the original (and of the main text, when it lies there). */
export function assertSpans(doc: CleanDocument, es: LocalEntity[]) {
  for (const e of es)
    for (const m of e.mentions) {
      assert.equal(doc.original.slice(m.start, m.end), m.text, `span of ${e.name}`);
      if (m.cleanStart >= 0) assert.equal(doc.main.text.slice(m.cleanStart, m.cleanEnd), m.text, `clean span of ${e.name}`);
    }
}
