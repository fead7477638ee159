// Organisations: lexicon names and acronyms, names found by grammar ("… Fund", "Ministry of …"),
// an acronym in brackets joined to the name before it ("Russian Direct Investment Fund (RDIF)"),
// and companies named after a country's possessive ("South Korea’s GL Rapha").
import { plainKey } from './names.js';
import type { EntityRecord, Registry } from './registry.js';
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';
import { possessiveAt } from './tokens.js';
import { DEMONYMS } from '../../lexicons/en/country-aliases.js';
import { PORTFOLIOS } from '../../lexicons/en/titles.js';

/** "(RDIF)" right after tokens ending at `end`: the acronym's token index, or -1. */
function bracketedAcronym(seg: Segment, end: number): number {
  const t = seg.toks;
  return t[end]?.value === '(' && t[end + 1]?.upper && t[end + 2]?.value === ')' ? end + 1 : -1;
}

/** The country of an organisation: the one state its name contains, or "X’s" before it. */
function orgCountry(seg: Segment, h: Hit, hitAt: Map<number, Hit>): string | null {
  const codes = [...new Set(h.codes ?? [])];
  if (codes.length === 1) return codes[0] === '?' ? null : codes[0];
  if (codes.length > 1) return null;
  // "Russia’s Foreign Ministry": possessive country just before
  for (let k = h.start - 1; k >= Math.max(0, h.start - 6); k--) {
    const c = hitAt.get(k);
    if (c && (c.kind === 'country' || c.kind === 'capital') && c.end + 2 === h.start && possessiveAt(seg.toks, c.end)) return c.entry && 'code' in c.entry ? c.entry.code : null;
    if (c && c.kind === 'demonym' && c.end === h.start && c.entry && 'code' in c.entry) return c.entry.code;
  }
  return null;
}

export function annotateOrganizations(seg: Segment, hits: Hit[], reg: Registry, acronyms: Map<string, EntityRecord>): void {
  const hitAt = new Map<number, Hit>();
  for (const h of hits) hitAt.set(h.start, h);
  const covered = new Uint8Array(seg.toks.length);
  for (const h of hits) covered.fill(1, h.start, h.end);
  for (const h of hits) {
    if (h.kind !== 'org') continue;
    let rec: EntityRecord;
    if (h.entry && h.entry.kind === 'org') {
      const org = h.entry.org;
      rec = reg.ensure('organization', [plainKey(org.name)], org.name, org.country ?? null);
      if (h.entry.phrase !== org.name) rec.aliases.add(h.entry.phrase);
    } else {
      const name = seg.text.slice(seg.toks[h.start].start, seg.toks[h.end - 1].end);
      rec = reg.ensure('organization', [plainKey(name)], name, orgCountry(seg, h, hitAt));
    }
    reg.mention(rec, seg, h.start, h.end);
    const a = bracketedAcronym(seg, h.end);
    if (a >= 0) {
      reg.alias(rec, plainKey(seg.toks[a].value), seg.toks[a].value);
      acronyms.set(seg.toks[a].value, rec);
      reg.mention(rec, seg, a, a + 1);
      covered[a] = 1;
    }
  }
  // "South Korea’s GL Rapha": a capitalised run with an acronym in it, after a country's possessive
  for (const h of hits) {
    if (h.kind !== 'country' || !possessiveAt(seg.toks, h.end)) continue;
    let k = h.end + 2;
    const start = k;
    while (k < seg.toks.length && seg.toks[k].cap && !covered[k] && k - start < 5 && !seg.toks[k].nl) k++;
    if (k === start || !seg.toks.slice(start, k).some((t) => t.upper)) continue;
    const name = seg.text.slice(seg.toks[start].start, seg.toks[k - 1].end);
    const code = h.entry && 'code' in h.entry ? h.entry.code : null;
    const rec = reg.ensure('organization', [plainKey(name)], name, code);
    reg.mention(rec, seg, start, k);
    covered.fill(1, start, k);
  }
  // "Russia's defence ministry", "the Japanese foreign ministry": a state's ministry written in lower case
  for (const h of hits) {
    const code = h.entry && 'code' in h.entry ? h.entry.code : null;
    if (!code || !(h.kind === 'demonym' || ((h.kind === 'country' || h.kind === 'capital') && possessiveAt(seg.toks, h.end)))) continue;
    const start = h.kind === 'demonym' ? h.end : h.end + 2;
    const end = ministryEnd(seg, start, covered);
    if (end < 0) continue;
    const portfolio = seg.toks.slice(start, end - 1).map((t) => t.value[0].toUpperCase() + t.value.slice(1).toLowerCase()).join(' ');
    const name = `${DEMONYM_OF.get(code) ?? seg.text.slice(seg.toks[h.start].start, seg.toks[h.end - 1].end)} ${portfolio} Ministry`;
    const rec = reg.ensure('organization', [plainKey(name)], name, code);
    reg.mention(rec, seg, start, end);
    covered.fill(1, start, end);
  }
  // later uses of a known acronym ("the IVI")
  for (let i = 0; i < seg.toks.length; i++) {
    const t = seg.toks[i];
    if (!t.upper || covered[i]) continue;
    const rec = acronyms.get(t.value);
    if (rec) reg.mention(rec, seg, i, i + 1);
  }
}

/** The first demonym the lexicon gives each state ("RUS" → "Russian"), for naming its bodies. */
const DEMONYM_OF = new Map<string, string>();
for (const [demonym, code] of Object.entries(DEMONYMS)) if (!DEMONYM_OF.has(code)) DEMONYM_OF.set(code, demonym);
const PORTFOLIO_WORDS = PORTFOLIOS.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);

/** After a state: portfolio words and "ministry" ("defence ministry"), none of them found otherwise; the end, or -1. */
function ministryEnd(seg: Segment, start: number, covered: Uint8Array): number {
  const t = seg.toks;
  for (const words of PORTFOLIO_WORDS) {
    const k = start + words.length;
    if (t[k]?.lower !== 'ministry' || words.some((w, n) => t[start + n]?.lower !== w)) continue;
    if (covered.subarray(start, k + 1).some((c) => c) || t.slice(start, k + 1).some((x) => x.nl)) return -1;
    return k + 1;
  }
  return -1;
}
