// The clauses of one sentence, enough to tell whose date a date is: a date belongs to a trigger of
// its own clause. A subordinate clause ("since the start of the war on 24 February", "months after
// Russia invaded", "who arrived on Monday") runs to the next comma and then its enclosing clause
// goes on; coordinated main clauses (", and …", "; …") share the sentence's lead date.
import { CLAUSE_COORDINATORS, CLAUSE_SUBORDINATORS, HISTORY_OPENER, HISTORY_VERB_OPENER, OPENER_PREFIX, SAME_OCCASION_OPENER } from '../../lexicons/en/event-clauses.js';

export interface Clause {
  /** Clean offsets of the clause's words (a subordinate clause's words only, not its enclosing clause's). */
  id: number;
  /** `main` (the sentence's first clause), `coord` (a main clause after ", and" or ";"), `sub` (subordinate). */
  kind: 'main' | 'coord' | 'sub';
  /** The words that open a subordinate clause, lower case ("since", "months after", "when", "who"). */
  opener: string | null;
  /** Where the opener starts (clean offset). */
  start: number;
}

/** One scan finds every mark: a punctuation mark or a subordinating word (the words around it are read after). */
const MARK = new RegExp(String.raw`[,;)—–]|\b(?:${CLAUSE_SUBORDINATORS})\b`, 'gi');
const COORD_AFTER_COMMA = new RegExp(String.raw`^,\s+(?:${CLAUSE_COORDINATORS})\b`, 'i');
const SUB_AFTER_COMMA = new RegExp(String.raw`^,\s*(?:${CLAUSE_SUBORDINATORS})\b`, 'i');
const PREFIX = new RegExp(OPENER_PREFIX, 'i');
const HISTORY = new RegExp(String.raw`^(?:${HISTORY_OPENER})$`, 'i');
const HISTORY_VERB = new RegExp(String.raw`^(?:${HISTORY_VERB_OPENER})$`, 'i');
const SAME_OCCASION = new RegExp(String.raw`^(?:${SAME_OCCASION_OPENER})$`, 'i');

/** Clause of every offset in a sentence: a sorted list of [from, clause] steps. */
export class Clauses {
  private steps: { at: number; clause: Clause }[] = [];

  /** The clauses of the sentence text[start, end). */
  constructor(text: string, start: number, end: number) {
    const slice = text.slice(start, end);
    let n = 0;
    let current: Clause = { id: n++, kind: 'main', opener: null, start };
    let enclosing: Clause | null = null;
    this.steps.push({ at: start, clause: current });
    MARK.lastIndex = 0;
    for (let m = MARK.exec(slice); m; m = MARK.exec(slice)) {
      const at = start + m.index;
      const mark = m[0];
      if (mark.length > 1) {
        // a subordinating word: with the words that open it ("months after"), from its comma if it has one
        const prefix = /^(?:after|before)$/i.test(mark) ? slice.slice(Math.max(0, m.index - 40), m.index).match(PREFIX)?.[0] ?? '' : '';
        const opener = (prefix + mark).toLowerCase().replace(/\s+/g, ' ');
        const open = at - prefix.length;
        const comma = /,\s*$/.exec(text.slice(Math.max(start, open - 3), open));
        const clause: Clause = { id: n++, kind: 'sub', opener, start: comma ? open - comma[0].length : open };
        // a clause within a subordinate clause still ends at the same comma
        enclosing ??= current;
        current = clause;
        // (", months after": the comma read as a clause's end belongs to the opener)
        while (this.steps.length > 1 && this.steps[this.steps.length - 1].at >= clause.start) this.steps.pop();
        this.steps.push({ at: clause.start, clause });
      } else if (mark === ';' || (mark === ',' && COORD_AFTER_COMMA.test(slice.slice(m.index, m.index + 12)))) {
        enclosing = null;
        current = { id: n++, kind: 'coord', opener: null, start: at };
        this.steps.push({ at, clause: current });
      } else if (enclosing && /[,)]/.test(mark) && !(mark === ',' && SUB_AFTER_COMMA.test(slice.slice(m.index, m.index + 14)))) {
        current = enclosing;
        enclosing = null;
        this.steps.push({ at: at + 1, clause: current });
      }
    }
  }

  at(offset: number): Clause {
    return this.steps[this.stepAt(offset)].clause;
  }

  /** Where the stretch of clause holding `offset` begins (a main clause resumes after a subordinate one). */
  startOf(offset: number): number {
    return this.steps[this.stepAt(offset)].at;
  }

  /** Where the stretch of clause holding `offset` ends (at the next clause's start, or `end`). */
  endOf(offset: number, end: number): number {
    return this.steps[this.stepAt(offset) + 1]?.at ?? end;
  }

  /** Where the first subordinate clause after `offset` opens (or `end`): its names are its own. */
  nextSub(offset: number, end: number): number {
    for (let i = this.stepAt(offset) + 1; i < this.steps.length; i++) if (this.steps[i].clause.kind === 'sub') return this.steps[i].at;
    return end;
  }

  private stepAt(offset: number): number {
    let lo = 0, hi = this.steps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.steps[mid].at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Told as history by its clause: anything in a "since …" clause, a verb in an "after/before …"
   * clause ("months after Russia invaded"): an earlier happening used as a reference point.
   */
  isHistory(offset: number, noun: boolean): boolean {
    const c = this.at(offset);
    if (c.kind !== 'sub' || !c.opener) return false;
    return HISTORY.test(c.opener) || (!noun && HISTORY_VERB.test(c.opener) && !SAME_OCCASION.test(c.opener));
  }
}
