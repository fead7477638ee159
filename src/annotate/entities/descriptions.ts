// People named by what they are rather than who: "his South Korean counterpart Chung Eui-yong",
// "my Egyptian counterpart", "the Chinese leader", "Russia’s top diplomat".
import { DESCRIPTION_NOUNS } from '../../lexicons/en/titles.js';
import { afterHonorifics, nameAt } from './grammar.js';
import type { PersonFinder } from './persons.js';
import type { EntityRecord, Registry } from './registry.js';
import { globalPos } from './segments.js';
import { possessiveAt } from './tokens.js';
import { PhraseTrie } from './trie.js';
import { countryBefore, type SegmentView } from './view.js';

/** "his South Korean counterpart Chung Eui-yong" / "his Russian counterpart": the role of the person met. */
export function counterparts(v: SegmentView, reg: Registry, finder: PersonFinder): void {
  const { seg } = v;
  for (let i = 0; i < seg.toks.length; i++) {
    const t = seg.toks[i];
    if (t.lower !== 'counterpart' && t.lower !== 'counterparts') continue;
    const cb = countryBefore(v, i);
    const detAt = (cb?.start ?? i) - 1;
    const det = seg.toks[detAt];
    if (!det || !['his', 'her', 'their', 'its', 'my', 'our', 'your'].includes(det.lower)) continue;
    const code = cb?.code ?? null;
    // "his counterpart Wang Yi", "his counterpart, Mr Ahmed Attaf"
    const at = seg.toks[i + 1]?.value === ',' ? afterHonorifics(seg, i + 2) : i + 1;
    const run = t.lower === 'counterpart' ? nameAt(seg, at, v.blocked) : null;
    // (a name found already: after an honorific, before "said")
    const named = t.lower === 'counterpart' && v.blocked[at] ? reg.persons.find((p) => p.positions.includes(globalPos(seg, at))) : undefined;
    if ((run && run.parts.length >= 2) || named) {
      const owner = ownerOf(v, reg, i);
      const rec = named ?? reg.person(run!.text);
      if (run) {
        reg.mention(rec, seg, run.start, run.end);
        v.blocked.fill(1, run.start, run.end);
      }
      // the counterpart holds the owner's office, for another state
      if (owner && owner !== rec) {
        if (owner.roles.length) reg.addRole(rec, { title: owner.roles[0].title, country: code });
        rec.counterpartOf = owner;
      }
      if (code) reg.readState(rec, code, 'described');
      if (run) i = run.end - 1;
      continue;
    }
    if (t.lower === 'counterpart')
      finder.refs.push({ kind: 'description', seg, start: detAt, end: i + 1, titles: ['*'], code, counterpartOf: ['my', 'our'].includes(det.lower) ? 'speaker' : 'recent' });
  }
}

/**
 * Whose counterpart "his counterpart" at token i is: the first person named in that sentence, its
 * subject ("Minister X travelled to Algiers, where he was received by President Y and held talks
 * with his counterpart"), else the person last named with an office.
 */
function ownerOf(v: SegmentView, reg: Registry, i: number): EntityRecord | null {
  const { seg } = v;
  const pos = globalPos(seg, i);
  let from = i;
  while (from > 0 && seg.sentence[from - 1] === seg.sentence[i]) from--;
  const start = globalPos(seg, from);
  let first: EntityRecord | null = null;
  let firstAt = Infinity;
  let last: EntityRecord | null = null;
  let lastAt = -Infinity;
  for (const p of reg.persons) {
    for (const x of p.positions) if (x >= start && x < pos && x < firstAt) (first = p), (firstAt = x);
    if (!p.roles.length) continue;
    const at = reg.lastBefore(p, pos);
    if (at > lastAt) (last = p), (lastAt = at);
  }
  return first ?? last;
}

let descriptionTrie: PhraseTrie<string[]> | null = null;

/** "the Chinese leader", "Russia’s top diplomat": offices named by a common noun; a name after it is that person. */
export function descriptionNouns(v: SegmentView, reg: Registry, finder: PersonFinder): void {
  if (!descriptionTrie) {
    descriptionTrie = new PhraseTrie<string[]>();
    for (const [noun, titles] of Object.entries(DESCRIPTION_NOUNS)) descriptionTrie.add(noun, titles);
  }
  const { seg } = v;
  for (let i = 0; i < seg.toks.length; i++) {
    if (v.blocked[i] || !seg.toks[i].isWord) continue;
    const m = descriptionTrie.longest(seg.toks, i);
    if (!m) continue;
    const cb = countryBefore(v, i);
    const det = seg.toks[(cb?.start ?? i) - 1];
    const run = nameAt(seg, m.end, v.blocked);
    if (run && run.parts.length >= 2 && cb) {
      // "Russian leader Vladimir Putin": a person of that state, office not said
      const rec = reg.person(run.text);
      reg.mention(rec, seg, run.start, run.end);
      v.blocked.fill(1, run.start, run.end);
      reg.readState(rec, cb.code, 'described');
      rec.nouns.add(seg.toks.slice(i, m.end).map((t) => t.lower).join(' '));
    } else if (!run) {
      const determined = !!det && ['the', 'his', 'her'].includes(det.lower);
      const possessed = !!cb && possessiveAt(seg.toks, i - 2);
      if (!determined && !possessed) continue;
      const noun = seg.toks.slice(i, m.end).map((t) => t.lower).join(' ');
      const start = determined ? (cb?.start ?? i) - 1 : cb!.start;
      finder.refs.push({ kind: 'description', seg, start, end: m.end, titles: m.values[0], code: cb?.code ?? null, noun });
    }
    i = m.end - 1;
  }
}
