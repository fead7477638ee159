// A transcript in which leaders of two sides speak (remarks before a meeting, a joint press
// conference) is the record of their meeting: the meeting is an event whose participants are the
// speakers, held on the transcript's occasion.
import type { DateValue, LocalEntity, Span } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import type { Voice } from '../quotes/index.js';
import { JOINT_APPEARANCE_TITLE } from '../../lexicons/en/event-clauses.js';
import type { Draft } from './fold.js';
import { JOINT_APPEARANCE, traitsOf } from '../../lexicons/en/event-verbs.js';

const JOINT_TITLE = new RegExp(JOINT_APPEARANCE_TITLE, 'i');

/**
 * The meeting of the speakers of `turns`, held on `day` (the occasion the transcript records), added to
 * `drafts` where the title says they appeared together or the text reports a meeting of the day; the
 * document's own mentions of that meeting fold into it. Speakers all of one known state (a minister
 * and a spokesman) make no meeting.
 */
export function speakersMeeting(ctx: AnnotateContext, drafts: Draft[], day: { date: DateValue; evidence: Span | null } | null, place: string | null, turns: Voice[], byId: Map<string, LocalEntity>): Draft[] {
  const speakers: LocalEntity[] = [];
  for (const t of turns) {
    const e = byId.get(t.speakerLocalId);
    if (e?.type === 'person' && !speakers.includes(e)) speakers.push(e);
  }
  if (speakers.length < 2) return drafts;
  const states = new Set(speakers.map((s) => s.country).filter(Boolean));
  if (states.size === 1 && speakers.every((s) => s.country)) return drafts;
  const ofTheDay = drafts.some((d) => traitsOf(d.type).gathering && d.status === 'occurred' && !d.background && (!d.date || d.date.value === day?.date.value));
  if (!ofTheDay && !(ctx.doc.title && JOINT_TITLE.test(ctx.doc.title))) return drafts;
  const first = turns[0];
  const sentence = ctx.sentences[ctx.sentenceAt(first.start)] ?? { start: first.start, end: first.end };
  const evidence = ctx.span(sentence.start, sentence.end);
  const draft: Draft = {
    type: JOINT_APPEARANCE.type, mode: JOINT_APPEARANCE.mode, cameo: JOINT_APPEARANCE.cameo, quadClass: JOINT_APPEARANCE.quadClass, status: 'occurred',
    date: day?.date ?? null, dateEvidence: day?.evidence ?? null, location: place,
    participants: new Map(), countries: new Set(), evidence: [evidence], triggers: [evidence],
    background: false, order: first.start, names: new Map(), actors: new Set(), labels: [JOINT_APPEARANCE.label],
  };
  join(draft, speakers);
  return [draft, ...drafts];
}

function join(d: Draft, speakers: LocalEntity[]) {
  for (const s of speakers) {
    if (!d.participants.has(s.localId)) d.participants.set(s.localId, 'participant');
    d.names.set(s.localId, s.name);
    d.actors.add(s.localId);
    if (s.country) d.countries.add(s.country);
  }
}
