// Who took part in an event: the entities named near its trigger, plus the people a group phrase
// ("the two Ministers", "both sides") or a transcript's "we" stands for.
import type { AnnotateContext } from '../context.js';
import { clauseBefore, firstClause } from './status.js';
import type { LocalEntity, ParticipantRole } from '../../types.js';

export interface Participants {
  participants: { localId: string; role: ParticipantRole }[];
  countries: string[];
}

interface Named {
  start: number;
  end: number;
  entity: LocalEntity;
}

/** Phrases that stand for the two people (or states) named before. */
const GROUP = /\b(?:the two (?:leaders|ministers|foreign ministers|presidents|prime ministers|top diplomats|diplomats|heads of state|sides|parties|countries|nations|governments|states)|both (?:sides|parties|leaders|ministers|countries|governments)|the (?:foreign ministers|leaders|ministers|presidents|sides)(?! of)|they)\b/gi;
/** How far (characters) from its trigger a state, or the party of a directed act, is taken as a participant. */
const STATE_REACH = 60;
const ACTOR_REACH = 100;
const STATES = /countries|nations|governments|states/i;
const FIRST_PERSON_GROUP = /\b(?:[Ww]e|[Oo]ur|us)\b/;
const FIRST_PERSON = /\bI\b|\b(?:[Mm]y|me)\b/;

export class ParticipantFinder {
  private named: Named[];
  private speaker: LocalEntity | null;
  private counterpart: LocalEntity | null;
  private byId: Map<string, LocalEntity>;

  constructor(private ctx: AnnotateContext, entities: LocalEntity[]) {
    this.named = [];
    this.byId = new Map(entities.map((e) => [e.localId, e]));
    for (const entity of entities)
      if (entity.type !== 'location') for (const m of entity.mentions) this.named.push({ start: m.cleanStart, end: m.cleanEnd, entity });
    this.named.sort((a, b) => a.start - b.start);
    this.speaker = entities.find((e) => e.isSpeaker) ?? speakerFromTitle(ctx, entities);
    const sp = this.speaker;
    this.counterpart =
      this.named.find((n) => n.entity.type === 'person' && n.entity !== sp && (!sp?.country || n.entity.country !== sp.country))?.entity ?? null;
  }

  /** A person or organisation (a state takes part through `countries`). */
  isActor(localId: string): boolean {
    const t = this.byId.get(localId)?.type;
    return t === 'person' || t === 'organization';
  }

  /**
   * Where the words that belong to a trigger at `at` begin: at a name right before it ("North Korea
   * tested"), which is its subject, else at the trigger itself. Never before `floor`.
   */
  subjectStart(at: number, floor: number): number {
    const i = this.upperBound(at) - 1;
    const n = this.named[i];
    if (n && n.start >= floor && n.end <= at && /^\s*$/.test(this.ctx.text.slice(n.end, at))) return n.start;
    return Math.max(floor, at);
  }

  nameOf(localId: string): string {
    return this.byId.get(localId)?.name ?? localId;
  }

  /** Is a person or organisation named in [from, to)? */
  private actorIn(from: number, to: number): boolean {
    for (let i = this.upperBound(from); i < this.named.length && this.named[i].start < to; i++) if (this.named[i].entity.type !== 'country') return true;
    return false;
  }

  /** The last two distinct people (or states) named before `at`. */
  private namedBefore(at: number, states: boolean): LocalEntity[] {
    const out: LocalEntity[] = [];
    for (let i = this.upperBound(at) - 1; i >= 0 && out.length < 2; i--) {
      const e = this.named[i].entity;
      const fits = states ? e.type === 'country' : e.type === 'person';
      if (fits && !out.includes(e) && !out.some((o) => o.country && o.country === e.country)) out.push(e);
    }
    return out.length === 2 ? out : [];
  }

  private upperBound(at: number): number {
    let lo = 0, hi = this.named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.named[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Participants named in clean offsets [from, to) around a trigger at `at`. With `directional`,
   * those before the trigger are its source and those after its target. With `objectOnly` (a
   * participle: "the agreement signed between A and B"), only the words after the trigger count.
   */
  find(from: number, to: number, at: number, atEnd: number, directional: boolean, objectOnly: boolean): Participants {
    const roles = new Map<LocalEntity, ParticipantRole>();
    const add = (e: LocalEntity | null, before: boolean) => {
      if (!e || roles.has(e)) return false;
      roles.set(e, directional ? (before ? 'source' : 'target') : 'participant');
      return true;
    };
    const start = objectOnly ? at : from;
    for (let i = this.upperBound(start); i < this.named.length && this.named[i].start < to; i++) {
      const n = this.named[i];
      // a state named far from the trigger is usually a topic ("the North Korean nuclear issue"), not a party
      const reach = n.entity.type === 'country' ? STATE_REACH : directional ? ACTOR_REACH : Infinity;
      if (n.start - atEnd > reach || at - n.end > reach) continue;
      add(n.entity, n.start < at);
    }
    const text = this.ctx.text;
    // a group phrase stands for the trigger's subject only in its own clause ("the two Ministers agreed")
    const before = clauseBefore(text, start, at);
    const offset = at - before.length;
    const groupsIn = (from: number, words: string) => {
      let found = false;
      GROUP.lastIndex = 0;
      for (let m = GROUP.exec(words); m; m = GROUP.exec(words))
        for (const e of this.namedBefore(from + m.index, STATES.test(m[0]))) found = add(e, true) || found;
      return found;
    };
    let subject = groupsIn(offset, before) || this.actorIn(offset, at);
    if (!subject && !objectOnly) {
      // "X called Russia a partner, and asked for support": a coordinated verb shares the sentence's subject
      const first = firstClause(text, start, at);
      if (first.end < offset) {
        subject = groupsIn(first.start, text.slice(first.start, first.end));
        for (let i = this.upperBound(first.start); i < this.named.length && this.named[i].start < first.end; i++)
          if (this.named[i].entity.type !== 'country') add(this.named[i].entity, true);
      }
    }
    if (this.speaker && !objectOnly) {
      const window = text.slice(from, to);
      if (FIRST_PERSON_GROUP.test(window)) {
        add(this.speaker, true);
        add(this.counterpart, true);
      } else if (FIRST_PERSON.test(window)) add(this.speaker, true);
    }
    const participants = [...roles].map(([e, role]) => ({ localId: e.localId, role }));
    const countries = [...new Set([...roles.keys()].map((e) => e.country).filter((c): c is string => !!c))];
    return { participants, countries };
  }
}

/** A transcript titled "Sergey Lavrov's remarks …" is spoken by the person its title opens with. */
function speakerFromTitle(ctx: AnnotateContext, entities: LocalEntity[]): LocalEntity | null {
  const title = ctx.doc.title;
  if (!title || !/transcript|statement/.test(ctx.doc.kind)) return null;
  const owner = title.match(/^(.+?)['’]s?\s+(?:remarks|speech|statement|address|interview|opening|comments|answers)/i)?.[1];
  if (!owner) return null;
  return entities.find((e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => owner.endsWith(n))) ?? null;
}
