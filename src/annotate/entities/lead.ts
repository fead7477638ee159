// "South Africa on Saturday called the U.S. decision … 'regrettable' … 'The Presidency has noted …,'
// presidential spokesperson Vincent Magwenya said": a story whose lead sentence has a state as its
// subject reports that state's statement, and a spokesperson it leaves unplaced speaks for it.
import { SPOKES_OFFICES } from '../../lexicons/en/titles.js';
import type { Registry } from './registry.js';
import type { Placing } from './placing.js';
import { codeOf, type SegmentView } from './view.js';

const VERBS = new Set(['VERB', 'AUX']);

/** The state a document's lead sentence opens with as its subject (after a dateline), or null. */
export function leadState(views: SegmentView[]): string | null {
  const v = views.find((x) => !x.seg.isTitle && !x.seg.signatureRange && x.seg.toks.length);
  if (!v) return null;
  const { seg } = v;
  // the first sentence with a verb (a byline or a dateline alone has none)
  for (let s = 0, i = 0; i < seg.toks.length && s < 3; s++) {
    const sentence = seg.sentence[i];
    let verbSeen = false;
    let subject: string | null = null;
    for (; i < seg.toks.length && seg.sentence[i] === sentence; i++) {
      if (verbSeen) continue;
      const h = v.hitAt.get(i);
      if (!subject && h && (h.kind === 'country' || h.kind === 'capital')) {
        // the state's verb comes within a few words ("South Africa on Saturday called"); not a
        // subject of two states ("Iran and Japan held talks"): whose spokesperson would it be? (A
        // dateline's capital, "MANILA, June 3 -", is passed over.)
        for (let k = h.end; k < h.end + 4 && k < seg.toks.length; k++) {
          if (seg.toks[k].lower === 'and') return null;
          if (seg.toks[k].value === ',' || v.hitAt.get(k)) break;
          if (VERBS.has(seg.pos[k] ?? '')) {
            subject = codeOf(h);
            break;
          }
        }
      }
      if (VERBS.has(seg.pos[i] ?? '')) verbSeen = true;
    }
    if (verbSeen) return subject;
  }
  return null;
}

/** Spokespeople of a story led by one state's statement speak for that state. */
export function placeSpokespeople(views: SegmentView[], reg: Registry, placing: Placing): void {
  const spokes = reg.persons.filter((p) => !p.international && placing.open(p) && p.roles.some((r) => SPOKES_OFFICES.some((o) => r.title.toLowerCase().endsWith(o))));
  if (!spokes.length) return;
  const code = leadState(views);
  if (code) for (const p of spokes) placing.propose(p, code, 'spokes');
}
