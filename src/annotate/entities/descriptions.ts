// People named by what they are rather than who: "his South Korean counterpart Chung Eui-yong",
// "my Egyptian counterpart", "the Chinese leader", "Russia’s top diplomat".
import { DESCRIPTION_NOUNS } from '../../lexicons/titles.js';
import { nameAt } from './grammar.js';
import type { PersonFinder } from './persons.js';
import type { EntityRecord, Registry } from './registry.js';
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
    const run = t.lower === 'counterpart' ? nameAt(seg, i + 1, v.blocked) : null;
    if (run && run.parts.length >= 2) {
      // the counterpart holds the office of the person last named with one
      const pos = seg.index * 1e9 + t.start;
      let best: EntityRecord | null = null;
      let bestAt = -Infinity;
      for (const p of reg.persons) {
        if (!p.roles.length) continue;
        const at = reg.lastBefore(p, pos);
        if (at > bestAt) (best = p), (bestAt = at);
      }
      const rec = reg.person(run.text);
      reg.mention(rec, seg, run.start, run.end);
      v.blocked.fill(1, run.start, run.end);
      if (best && best !== rec) reg.addRole(rec, { title: best.roles[0].title, country: code });
      else if (code && !rec.country) rec.country = code;
      i = run.end - 1;
      continue;
    }
    if (t.lower === 'counterpart')
      finder.refs.push({ kind: 'description', seg, start: detAt, end: i + 1, titles: ['*'], code, counterpartOf: ['my', 'our'].includes(det.lower) ? 'speaker' : 'recent' });
  }
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
      if (!rec.country) rec.country = cb.code;
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
