// The states people serve, settled by weighing cues. Each placing cue (delegation sides, the
// issuing government, known office holders, visits, the one state a text names, …) proposes a
// state for a person; a person's proposals are summed per state and the heaviest state wins when it
// has enough weight and no other state has as much (src/lexicons/placing-cues.ts says what each cue
// weighs and why). What the finder read beside the name ("Japanese Foreign Minister X") is itself
// a proposal, of the kind 'said', weighed first and on its own: the other cues skip the people the
// text places (Placing.open), and decide for the others.
//
// Cues run in rounds: those that read other people's states (a delegation's, a relative's, the
// states a text names) run after the rounds that place those people, and read the settled states.
import { MIN_PLACING_WEIGHT, PLACING_CUES, type PlacingCueName } from '../../lexicons/placing-cues.js';
import type { EntityRecord } from './registry.js';

export interface Proposal {
  state: string;
  cue: PlacingCueName;
  weight: number;
}

export class Placing {
  private readonly proposals = new Map<EntityRecord, Proposal[]>();
  /** The people the text itself places (a cue of kind 'said'). */
  private readonly saidOf = new Set<EntityRecord>();
  /** The state each person had from the finder (the first the text said) before any cue was weighed. */
  private readonly given = new Map<EntityRecord, string | null>();

  /** The finder is done: what it read of each person is weighed, and the cues' rounds begin. */
  begin(persons: readonly EntityRecord[]): void {
    for (const p of persons) this.given.set(p, p.country);
    this.resolve();
  }

  /**
   * Cue `cue` says `person` serves `state`; `share` (0–1) scales its weight when it is split between
   * states. A cue counts once per person and state, however often it fires (the largest share).
   */
  propose(person: EntityRecord, state: string, cue: PlacingCueName, share = 1): void {
    const weight = PLACING_CUES[cue].weight * share;
    if (!(weight > 0)) return;
    if (PLACING_CUES[cue].kind === 'said') this.saidOf.add(person);
    let list = this.proposals.get(person);
    if (!list) this.proposals.set(person, (list = []));
    const same = list.find((x) => x.cue === cue && x.state === state);
    if (same) same.weight = Math.max(same.weight, weight);
    else list.push({ state, cue, weight });
  }

  /** Whether the text itself says which state the person serves (a cue of kind 'said'). */
  said(person: EntityRecord): boolean {
    return this.saidOf.has(person);
  }

  /**
   * Whether the other cues are weighed for this person: not when the text says the person's state
   * (what it says is settled among its own readings first), so the cues skip them.
   */
  open(person: EntityRecord): boolean {
    return !this.saidOf.has(person);
  }

  /** Every person's state from the proposals so far (the cues of the next round read it). */
  resolve(): void {
    for (const [p, list] of this.proposals) p.country = settle(list);
  }

  /** What was proposed for a person (for tests and tracing). */
  evidence(person: EntityRecord): readonly Proposal[] {
    return this.proposals.get(person) ?? [];
  }

  /** Settles the last round, and gives the titles of each person a cue placed the person's state. */
  finish(): void {
    this.resolve();
    for (const p of this.proposals.keys()) {
      if (!p.country || p.country === this.given.get(p)) continue;
      for (const r of p.roles) r.country ??= p.country;
    }
  }
}

/**
 * The state with the most weight, when it has enough and strictly more than any other; else null.
 * What the text says of the person (cues of kind 'said') is weighed first, on its own: the other
 * cues decide only when it says nothing, or says two states as strongly.
 */
export function settle(list: readonly Proposal[]): string | null {
  if (list.length === 1) return list[0].weight >= MIN_PLACING_WEIGHT ? list[0].state : null;
  return heaviest(list, (x) => PLACING_CUES[x.cue].kind === 'said') ?? heaviest(list, () => true);
}

function heaviest(list: readonly Proposal[], counts: (x: Proposal) => boolean): string | null {
  const sums = new Map<string, number>();
  for (const x of list) if (counts(x)) sums.set(x.state, (sums.get(x.state) ?? 0) + x.weight);
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [state, w] of sums) {
    if (w > top) {
      second = top;
      top = w;
      best = state;
    } else if (w > second) second = w;
  }
  return top >= MIN_PLACING_WEIGHT && top > second ? best : null;
}
