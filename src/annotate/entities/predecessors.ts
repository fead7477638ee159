// "The first state visit by a Japanese Prime Minister since Prime Minister Abe", "the first British
// prime minister to visit since David Cameron": the person after "since" held the office the
// sentence gives a state, so serves that state.
import { officeClass } from './offices.js';
import type { EntityRecord, Registry } from './registry.js';
import type { Placing } from './placing.js';
import { mentionIndex, personAt, sentenceStart } from './visits.js';
import { countryBefore, type SegmentView } from './view.js';

const SINCE = /\bsince\b/i;

/** Proposed for people the text does not itself place (walked only when there are some). */
export function placePredecessors(views: SegmentView[], reg: Registry, placing: Placing): void {
  const open = (p: EntityRecord) => !p.international && placing.open(p);
  if (!reg.persons.some(open)) return;
  let at: ReturnType<typeof mentionIndex> | null = null;
  for (const v of views) {
    // (most texts have no "since": the tokens are walked only where one is)
    if (!SINCE.test(v.seg.text)) continue;
    const { toks } = v.seg;
    for (let i = 1; i < toks.length; i++) {
      if (toks[i].lower !== 'since') continue;
      at ??= mentionIndex(reg);
      const p = personAt(v, at, i + 1);
      if (!p || !open(p)) continue;
      const from = sentenceStart(v, i);
      let first = false;
      for (let k = from; k < i; k++) {
        if (toks[k].lower === 'first') first = true;
        const h = v.hitAt.get(k);
        if (!first || h?.kind !== 'title' || h.entry?.kind !== 'title') continue;
        const office = officeClass(h.entry.title);
        if (p.roles.length && !p.roles.some((r) => officeClass(r.title) === office)) continue;
        const cb = countryBefore(v, k);
        if (cb) {
          placing.propose(p, cb.code, 'predecessor');
          break;
        }
      }
    }
  }
}
