// The state of a person nothing in the text places, from the style of what they are called: an
// office only some states have ("Business Secretary", "Chancellor of the Exchequer", a shadow
// cabinet's), a party before their title or name ("Tory leader", "Republican pollster"). Each cue
// gives candidate states; the cues are intersected, and of what is left the state the text names
// most is taken (one candidate is taken as it is).
import { PARTY_STATES } from '../../lexicons/en/country-aliases.js';
import { OFFICE_STATES, SHADOW_STATES } from '../../lexicons/en/titles.js';
import type { EntityRecord, Registry } from './registry.js';
import type { Placing } from './placing.js';
import type { SegmentView } from './view.js';

const PARTY = new Map(Object.entries(PARTY_STATES).map(([k, v]) => [k.toLowerCase(), v]));

/** The party named right before token i ("Tory ___", "Liberal Democrat ___"): its states, or null. */
export function partyBefore(v: SegmentView, i: number): string[] | null {
  const toks = v.seg.toks;
  const one = toks[i - 1];
  if (!one?.cap) return null;
  const two = toks[i - 2];
  return (two?.cap && PARTY.get(`${two.lower} ${one.lower}`)) || PARTY.get(one.lower) || null;
}

function officeStates(title: string): string[] | null {
  const t = title.toLowerCase();
  if (t.startsWith('shadow ')) return SHADOW_STATES;
  return OFFICE_STATES[t] ?? null;
}

/**
 * People whose offices or party say which states they may serve: one candidate takes the cue's
 * weight; several share it by how often the text names each (the one named most takes it whole,
 * the others in proportion; a candidate the text never names, nothing).
 */
export function placeByStyle(reg: Registry, parties: Map<EntityRecord, string[]>, placing: Placing): void {
  const named = new Map<string, number>();
  for (const r of reg.records) if (r.type === 'country' && r.country) named.set(r.country, (named.get(r.country) ?? 0) + r.mentions.length);
  for (const p of reg.persons) {
    if (p.international || !placing.open(p)) continue;
    let candidates: string[] | null = parties.get(p) ?? null;
    for (const r of p.roles) {
      const states = officeStates(r.title);
      if (states) candidates = candidates ? candidates.filter((c) => states.includes(c)) : states;
    }
    if (!candidates?.length) continue;
    if (candidates.length === 1) {
      placing.propose(p, candidates[0], 'style');
      continue;
    }
    const most = Math.max(...candidates.map((c) => named.get(c) ?? 0));
    if (most > 0) for (const c of candidates) placing.propose(p, c, 'style', (named.get(c) ?? 0) / most);
  }
}
