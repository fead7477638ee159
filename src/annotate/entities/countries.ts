// Country mentions: names and aliases, demonyms, and capitals standing for their governments
// ("Moscow and Seoul remain committed"). A capital after a preposition is a place instead.
import { AMBIGUOUS_COUNTRY_NAMES, PLURAL_COUNTRY_NAMES } from '../../lexicons/en/country-aliases.js';
import { countryName } from './gazetteer.js';
import type { Registry } from './registry.js';
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';
import { possessiveAt } from './tokens.js';

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'into', 'via', 'visit', 'visiting', 'visited', 'around', 'outside', 'inside', 'across', 'through', 'toward', 'towards', 'of', 'between', 'left', 'arrived', 'reached']);
const GOVERNMENT_POS = new Set(['VERB', 'AUX']);
const PLURAL = new Map(Object.entries(PLURAL_COUNTRY_NAMES));

/** Which state an ambiguous name ("Korea") means in this document, from the unambiguous names it uses. */
export function resolveAmbiguous(hits: Hit[][]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, rule] of Object.entries(AMBIGUOUS_COUNTRY_NAMES)) {
    let usual = 0, other = 0;
    hits.forEach((hs) =>
      hs.forEach((h) => {
        const phrase = h.entry && 'phrase' in h.entry ? h.entry.phrase : '';
        if (rule.usualCues.includes(phrase)) usual++;
        if (rule.otherCues.includes(phrase)) other++;
      }),
    );
    out.set(name, other > 0 && usual === 0 ? rule.other : rule.usual);
  }
  return out;
}

/** A capital used for its government: followed by a verb, a possessive, or "and <capital> <verb>". */
function capitalIsGovernment(seg: Segment, h: Hit, hitAt: Map<number, Hit>): boolean {
  const prev = seg.toks[h.start - 1];
  if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return false;
  if (possessiveAt(seg.toks, h.end)) return true;
  const next = seg.toks[h.end];
  if (!next) return false;
  if (next.lower === 'and') {
    const other = hitAt.get(h.end + 1);
    return !!other && other.kind === 'capital' && GOVERNMENT_POS.has(seg.pos[other.end] ?? '');
  }
  if (prev?.lower === 'and') {
    // the second of "Moscow and Seoul remain"
    return GOVERNMENT_POS.has(seg.pos[h.end] ?? '');
  }
  return GOVERNMENT_POS.has(seg.pos[h.end] ?? '') && next.space > 0;
}

/** "the two Koreas": one mention of each state the plural names. */
function pluralCountries(seg: Segment, reg: Registry): void {
  for (let i = 0; i < seg.toks.length; i++) {
    const t = seg.toks[i];
    const codes = t.cap ? PLURAL.get(t.value) : undefined;
    if (!codes) continue;
    for (const code of codes) {
      const rec = reg.ensure('country', [code], countryName(code), code);
      reg.mention(rec, seg, i, i + 1);
    }
  }
}

export function annotateCountries(seg: Segment, hits: Hit[], reg: Registry, ambiguous: Map<string, string>): void {
  pluralCountries(seg, reg);
  const hitAt = new Map<number, Hit>();
  for (const h of hits) hitAt.set(h.start, h);
  for (const h of hits) {
    const e = h.entry;
    if (!e || !('code' in e)) continue;
    let code = e.code;
    if (ambiguous.has(e.phrase)) code = ambiguous.get(e.phrase)!;
    if (e.kind === 'demonym') {
      // "inter-Korean" is about both Koreas, not one state
      const p1 = seg.toks[h.start - 1], p2 = seg.toks[h.start - 2];
      if (p1?.value === '-' && p1.space === 0 && p2?.lower === 'inter') continue;
    }
    if (e.kind === 'capital' && !capitalIsGovernment(seg, h, hitAt)) {
      const place = reg.named('location', e.phrase, code);
      reg.mention(place, seg, h.start, h.end);
      continue;
    }
    // "US dollars" names a currency, not a state acting
    if (/^dollars?$/.test(seg.toks[h.end]?.lower ?? '')) continue;
    const rec = reg.ensure('country', [code], countryName(code), code);
    if (e.kind !== 'capital') rec.aliases.add(seg.text.slice(seg.toks[h.start].start, seg.toks[h.end - 1].end));
    reg.mention(rec, seg, h.start, h.end);
  }
}
