// Countries of officials a visit places: the host met in the place visited ("travelled to Algiers,
// where he was received by President X", "travelled to Budapest for talks with Prime Minister Y")
// serves the state visited; the guest of a visit ("a White House visit by President Z") serves the
// other of the two states the text is about. Only unplaced holders of high office, and only when
// the sentence names the place: a meeting alone says nothing of who is whose.
import { GUEST_CUES, HOST_CUES, VISITED_WORDS, VISITING_OFFICES, VISIT_TO_WORDS } from '../../lexicons/en/visits.js';
import { afterHonorifics } from './grammar.js';
import type { EntityRecord, Registry } from './registry.js';
import { globalPos } from './segments.js';
import type { Placing } from './placing.js';
import { otherOf } from './sides.js';
import { codeOf, wordsAt, type SegmentView } from './view.js';

const HOST = HOST_CUES.map((c) => c.split(' '));
const GUEST = GUEST_CUES.map((c) => c.split(' '));
const CUE_FIRST = new Set([...HOST, ...GUEST].map((w) => w[0]));
// (a segment with none of the cues is not walked token by token)
const ANY_CUE = new RegExp(`\\b(?:${[...CUE_FIRST].join('|')})\\b`, 'i');
const VISIT_TO = new Set(VISIT_TO_WORDS);
const VISITED = new Set(VISITED_WORDS);

/** Holds an office whose holder visits and hosts for a state ("President", "Foreign Minister"). */
export function visitingOffice(p: EntityRecord): boolean {
  return p.roles.some((r) => {
    const t = r.title.toLowerCase();
    return VISITING_OFFICES.some((o) => t === o || t.endsWith(' ' + o));
  });
}

/** Every person's mentions by where they start. */
export function mentionIndex(reg: Registry): Map<number, EntityRecord> {
  const at = new Map<number, EntityRecord>();
  for (const p of reg.persons) for (const x of p.positions) at.set(x, p);
  return at;
}

/** The person named at token k: the mention starts there, at its title, or after the title and honorifics. */
export function personAt(v: SegmentView, at: Map<number, EntityRecord>, k: number): EntityRecord | null {
  const direct = at.get(globalPos(v.seg, k));
  if (direct) return direct;
  const h = v.hitAt.get(k);
  const name = afterHonorifics(v.seg, h?.kind === 'title' ? h.end : k);
  return name > k ? (at.get(globalPos(v.seg, name)) ?? null) : null;
}

/** The first token of the sentence of token i. */
export function sentenceStart(v: SegmentView, i: number): number {
  let from = i;
  while (from > 0 && v.seg.sentence[from - 1] === v.seg.sentence[i]) from--;
  return from;
}

/** The one state a sentence names as a visit's destination between tokens from and to ("travelled to Algiers", "visited Hanoi"), or null. */
function destination(v: SegmentView, from: number, to: number): string | null {
  const { toks } = v.seg;
  const codes = new Set<string>();
  for (let k = from; k < to; k++) {
    const w = toks[k].lower;
    let at = -1;
    if (w === 'to' && VISIT_TO.has(toks[k - 1]?.lower ?? '')) at = k + 1;
    else if (VISITED.has(w)) at = k + 1;
    if (at < 0) continue;
    if (toks[at]?.lower === 'the') at++;
    const h = v.hitAt.get(at);
    const code = h && (h.kind === 'country' || h.kind === 'capital') ? codeOf(h) : null;
    if (code) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0] : null;
}

/**
 * Hosts and guests of visits, in every segment: proposed for the holders of visiting offices the
 * text does not itself place (a visit never outweighs what the text says, and a text that says
 * every holder's state is not walked).
 */
export function placeByVisits(views: SegmentView[], reg: Registry, pair: [string, string] | null, placing: Placing): void {
  const open = (p: EntityRecord) => !p.international && placing.open(p) && visitingOffice(p);
  if (!reg.persons.some(open)) return;
  const at = mentionIndex(reg);
  for (const v of views) {
    if (!ANY_CUE.test(v.seg.text)) continue;
    const { toks } = v.seg;
    for (let i = 0; i < toks.length; i++) {
      if (!CUE_FIRST.has(toks[i].lower)) continue;
      const host = HOST.find((w) => wordsAt(v.seg, i, w));
      const guest = host ? undefined : GUEST.find((w) => wordsAt(v.seg, i, w));
      const cue = host ?? guest;
      if (!cue) continue;
      const p = personAt(v, at, i + cue.length);
      if (!p || !open(p)) continue;
      const from = sentenceStart(v, i);
      if (host) {
        const code = destination(v, from, i);
        if (code) placing.propose(p, code, 'host');
        continue;
      }
      // "a White House visit by", "a Washington visit by", "a visit to Washington by"
      const before = v.hitOver[i - 1];
      const visited = (before && before.end === i ? codeOf(before) : null) ?? destination(v, from, i);
      const code = otherOf(pair, visited);
      if (code) placing.propose(p, code, 'guest');
    }
  }
}
