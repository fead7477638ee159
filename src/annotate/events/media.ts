// The press and commentators a text names: no party to the events it reports (see lexicons/en/media.ts).
import type { AnnotateContext } from '../context.js';
import type { LocalEntity } from '../../types.js';
import type { Voice } from '../quotes/index.js';
import { ADDRESS_WORDS, MEDIA_NAME_ENDINGS, MEDIA_OUTLET_WORDS, MEDIA_ROLE_WORDS } from '../../lexicons/en/media.js';
import { escapeRegExp } from '../../regex.js';

const alternation = (words: string[]) => words.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
const MEDIA_ROLE = new RegExp(`\\b(?:${alternation(MEDIA_ROLE_WORDS)})s?\\b`, 'i');
const OUTLET = alternation(MEDIA_OUTLET_WORDS);
/** "the state news agency X", "broadcaster X": the words right before an outlet's name. */
const OUTLET_BEFORE = new RegExp(`\\b(?:${OUTLET})\\s+(?:the\\s+)?$`, 'i');
/** "X news agency", "X state news agency": right after it (one word between at most). */
const OUTLET_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${OUTLET})\\b`, 'i');
const OUTLET_NAME = new RegExp(`\\s(?:${alternation(MEDIA_NAME_ENDINGS)})$`);
/** "the BBC's China correspondent X": an outlet's possessive, then the person within a few words of one clause. */
const POSSESSIVE = /^['’]s\s+[^.,;:!?"“]{0,40}$/;
/** A transcript turn that puts a question to an official: opens by addressing them ("Mr Rudd, …"). */
const ADDRESSING = new RegExp(`^\\s*(?:${alternation(ADDRESS_WORDS)})\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s*,`, 'u');
const TURN_LABEL = /^\s*[^\n:.!?]{1,80}:\s+/;

/**
 * The people and organisations of a document that report or comment rather than act: people with
 * a press or commentator's role, outlets (described as such, or named like one), people an outlet's
 * possessive introduces, the document's own authors holding no role in it (not speaking in it), and, in a transcript,
 * people without a title whose every turn puts a question to someone.
 */
export function mediaEntities(ctx: AnnotateContext, entities: LocalEntity[], turns: Voice[]): Set<LocalEntity> {
  const text = ctx.text;
  const media = new Set<LocalEntity>();
  for (const e of entities) {
    if (e.type === 'person' && e.roles.length && e.roles.every((r) => MEDIA_ROLE.test(r.title))) media.add(e);
    if (e.type !== 'organization') continue;
    const outlet = [e.name, ...e.aliases].some((n) => OUTLET_NAME.test(n)) ||
      e.mentions.some((m) => OUTLET_BEFORE.test(text.slice(Math.max(0, m.cleanStart - 40), m.cleanStart)) || OUTLET_AFTER.test(text.slice(m.cleanEnd, m.cleanEnd + 40)));
    if (outlet) media.add(e);
  }
  const outletEnds = [...media].filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => m.cleanEnd));
  const authors = (ctx.doc.authors ?? []).map((a) => a.name.toLowerCase());
  for (const e of entities) {
    if (e.type !== 'person' || media.has(e)) continue;
    if (e.mentions.some((m) => outletEnds.some((end) => end < m.cleanStart && POSSESSIVE.test(text.slice(end, m.cleanStart))))) media.add(e);
    else if (!e.roles.length && !e.isSpeaker && [e.name, ...e.aliases].some((n) => authors.includes(n.toLowerCase()))) media.add(e);
    else if (!e.roles.length && asksOnly(text, e, turns)) media.add(e);
  }
  return media;
}

/** A name that labels a transcript turn: at a line's start, then a colon (after an affiliation: "NAME (OUTLET):"). */
const LABEL_AFTER = /^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?:[ \t]*/;
const LINE_START = /(?:^|\n)[ \t]*$/;
/** How much of a turn is read: its first paragraph. */
const TURN_READ = 1500;

/**
 * Does the person speak only to put questions: every turn (each paragraph a line labelled with the
 * name opens, else the quotation layer's turns) ends with a question, or opens by addressing
 * someone under a label that names an outlet ("NAME (OUTLET): Minister, …")?
 */
function asksOnly(text: string, e: LocalEntity, turns: Voice[]): boolean {
  const bodies: { text: string; outlet: boolean }[] = [];
  for (const m of e.mentions) {
    const label = text.slice(m.cleanEnd, m.cleanEnd + 60).match(LABEL_AFTER);
    if (!label || !LINE_START.test(text.slice(Math.max(0, m.cleanStart - 20), m.cleanStart))) continue;
    const from = m.cleanEnd + label[0].length;
    const para = text.slice(from, from + TURN_READ);
    bodies.push({ text: para.slice(0, para.search(/\n\s*\n|$/)), outlet: label[0].includes('(') });
  }
  // (the quotation layer's turns, when no line is labelled with the name: they may be single sentences)
  if (!bodies.length) for (const t of turns) if (t.speakerLocalId === e.localId) bodies.push({ text: text.slice(t.start, t.end).replace(TURN_LABEL, ''), outlet: false });
  // (an official opens a turn with "Mr President, …" too: addressing counts only under an outlet's label)
  return bodies.length > 0 && bodies.every((b) => /\?["”’]?$/.test(b.text.trim()) || (b.outlet && ADDRESSING.test(b.text)));
}
