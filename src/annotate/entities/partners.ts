// The country of a person the text names without one, when the text pairs them with someone
// else: in "the two Ministers" (Yun Byung-se with Sergey Lavrov of Russia), the other minister
// acts for the state the document pairs with Russia ("the ROK and Russia", "Korea-Russia").
import { codeOf } from './view.js';
import type { Placing } from './placing.js';
import type { Registry } from './registry.js';
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';

/** How often each pair of states is coordinated ("A and B", "A-B"), as "A|B" → count. */
function coordinatedPairs(segs: Segment[], hits: Hit[][]): Map<string, number> {
  const pairs = new Map<string, number>();
  segs.forEach((seg, si) => {
    const hs = hits[si].filter((h) => h.kind === 'country' || h.kind === 'demonym');
    for (let k = 0; k + 1 < hs.length; k++) {
      const a = hs[k], b = hs[k + 1];
      if (b.start - a.end > 2) continue;
      const between = seg.toks.slice(a.end, b.start).map((t) => t.lower);
      const joined = between.join(' ');
      const touching = between.length === 1 && between[0] === '-' && seg.toks[a.end].space === 0 && seg.toks[b.start].space === 0;
      if (!(touching || joined === 'and' || joined === 'and the')) continue;
      const ca = codeOf(a), cb = codeOf(b);
      if (!ca || !cb || ca === cb) continue;
      for (const key of [`${ca}|${cb}`, `${cb}|${ca}`]) pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  });
  return pairs;
}

/** Unplaced people who share a group mention ("the two ministers") with someone placed: the state the text pairs with that person's. */
export function inferPartnerCountries(reg: Registry, segs: Segment[], hits: Hit[][], placing: Placing): void {
  const unknown = reg.persons.filter((p) => !p.country);
  if (!unknown.length) return;
  const pairs = coordinatedPairs(segs, hits);
  if (!pairs.size) return;
  const leading = leadingStates(reg);
  for (const p of unknown) {
    // the people this one shares group mentions with ("the two leaders")
    const spans = new Set(p.mentions.map((m) => `${m.start}:${m.end}`));
    const votes = new Map<string, number>();
    for (const q of reg.persons) {
      if (q === p || !q.country) continue;
      if (!q.mentions.some((m) => spans.has(`${m.start}:${m.end}`))) continue;
      for (const [key, n] of pairs) {
        const [a, b] = key.split('|');
        if (a === q.country) votes.set(b, (votes.get(b) ?? 0) + n);
      }
    }
    // (only a state the text is about: "the Cook Islands and Tonga" named in passing in a
    // text about two others says nothing about a third person's side)
    const best = [...votes.entries()].filter(([c]) => leading.has(c)).sort((x, y) => y[1] - x[1]);
    if (!best.length || (best[1] && best[1][1] === best[0][1])) continue;
    placing.propose(p, best[0][0], 'partner');
  }
}

/**
 * The states a text is most about: the two it names most often (with any tied with the second).
 * A state named less often than two others is one named in passing.
 */
function leadingStates(reg: Registry): Set<string> {
  const counts = new Map<string, number>();
  for (const r of reg.records) if (r.type === 'country' && r.country) counts.set(r.country, (counts.get(r.country) ?? 0) + r.mentions.length);
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const floor = sorted[1] ?? 0;
  return new Set([...counts].filter(([, n]) => n >= floor && n > 0).map(([c]) => c));
}
