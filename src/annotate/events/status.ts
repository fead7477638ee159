// Did the event take place? Read from the trigger's own clause: negated and hypothetical events are
// not events; invitations, schedules, "will" and hopes make an event planned.
import { EARLIER_BEFORE, GENERIC_BEFORE, FUTURE_AFTER, HYPOTHETICAL_BEFORE, INFINITIVE_BEFORE, NEGATION_BEFORE, PLANNED_AFTER, PLANNED_BEFORE, RANKED_BEFORE, DECIDED_BEFORE, STATE_BEFORE, ONGOING_BEFORE } from '../../lexicons/en/event-status.js';

export type TriggerStatus = 'occurred' | 'planned' | 'negated' | 'hypothetical' | 'state';

const NEGATION = new RegExp(NEGATION_BEFORE, 'i');
const HYPOTHETICAL = new RegExp(HYPOTHETICAL_BEFORE);
const PLANNED = new RegExp(PLANNED_BEFORE, 'i');
const INFINITIVE = new RegExp(INFINITIVE_BEFORE, 'i');
const AFTER = new RegExp(PLANNED_AFTER, 'i');
const FUTURE = new RegExp(FUTURE_AFTER, 'i');
const EARLIER = new RegExp(EARLIER_BEFORE, 'i');
const STATE = new RegExp(STATE_BEFORE, 'i');
const RANKED = new RegExp(RANKED_BEFORE, 'i');
const DECIDED = new RegExp(DECIDED_BEFORE, 'i');
const GENERIC = new RegExp(GENERIC_BEFORE, 'i');
const ONGOING = new RegExp(ONGOING_BEFORE, 'i');

/** Is the trigger at `at` told as an earlier episode ("Earlier, the two ministers met …")? */
export function toldAsEarlier(text: string, floor: number, at: number): boolean {
  return EARLIER.test(clauseBefore(text, floor, at)) || EARLIER.test(text.slice(floor, Math.min(at, floor + 12)));
}
/** Where a clause starts: the words before it belong to another verb. */
const CLAUSE_BREAK = /[,;:—()]|\bwhich\b|\bwho\b|\bthat\b|\band\b(?= (?:the|we|they|he|she|it)\b)/gi;

/** The clause before `at`: from the last clause break (or `floor`) up to `at`. */
export function clauseBefore(text: string, floor: number, at: number): string {
  const s = text.slice(floor, at);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) cut = m.index + m[0].length;
  return s.slice(cut);
}

/** The first clause of text[from, to) (leading punctuation skipped): where a sentence names its subject. */
export function firstClause(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start < to && /[\s,;:—–]/.test(text[start])) start++;
  const s = text.slice(start, to);
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(s);
  return { start, end: m ? start + m.index : to };
}

/**
 * The status of a trigger at text[start, end). `floor` is where the words that may govern it begin
 * (the sentence start, or the end of the previous trigger); `ceiling` where they stop.
 */
export function triggerStatus(text: string, start: number, end: number, floor: number, ceiling: number, opts: { noun: boolean; planned: boolean; absorbs: boolean }): TriggerStatus {
  const near = text.slice(Math.max(floor, start - 40), start);
  if (NEGATION.test(near)) return 'negated';
  if (STATE.test(near) || (opts.noun && GENERIC.test(near))) return 'state';
  const clause = clauseBefore(text, floor, start);
  if (HYPOTHETICAL.test(clause)) return 'hypothetical';
  // ("we hope the ongoing talks will lead to peace": the talks are under way)
  if (opts.noun && ONGOING.test(near)) return 'occurred';
  // ("the first Prime Minister to visit China" did visit; "I have made the decision to declare …" did declare)
  if (opts.planned || PLANNED.test(clause) || (INFINITIVE.test(near) && !DECIDED.test(near) && !RANKED.test(text.slice(Math.max(floor, start - 90), start)))) return 'planned';
  const after = text.slice(end, Math.min(ceiling, end + 60));
  // (what follows "agreed to …" is the time of what was agreed, not of the agreement)
  if ((opts.noun && AFTER.test(after)) || (!opts.absorbs && FUTURE.test(after))) return 'planned';
  return 'occurred';
}
