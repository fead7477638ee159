// Places: lexicon names (cities, regions, seas) and names ending in "Island", "Peninsula", "Region"….
import { plainKey } from './names.js';
import type { Registry } from './registry.js';
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';

export function annotatePlaces(seg: Segment, hits: Hit[], reg: Registry): void {
  for (const h of hits) {
    if (h.kind !== 'place') continue;
    const written = seg.text.slice(seg.toks[h.start].start, seg.toks[h.end - 1].end);
    const name = h.entry ? h.entry.phrase : written.replace(/\b(\p{Ll})(\p{L}*)$/u, (_m, a: string, b: string) => a.toUpperCase() + b);
    const codes = [...new Set(h.codes ?? [])];
    const rec = reg.ensure('location', [plainKey(name)], name, codes.length === 1 && codes[0] !== '?' ? codes[0] : null);
    if (written !== name) rec.aliases.add(written);
    reg.mention(rec, seg, h.start, h.end);
  }
}
