// The entities of one document as they are found: one record per person (by full-name key),
// country (by ISO code), organisation or place (by name key), with their mentions.
import type { EntityType, LocalEntity, LocalMention, Role } from '../../types.js';
import { foldWord, initialFits, nameKeys, nameParts, personParts, plainKey } from './names.js';
import type { PlacingCueName } from '../../lexicons/placing-cues.js';
import { Placing } from './placing.js';
import { globalPos, type Segment } from './segments.js';

export interface EntityRecord {
  localId: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  country: string | null;
  roles: Role[];
  mentions: LocalMention[];
  /** Global positions of the mentions (for recency). */
  positions: number[];
  /** Whether a mention was made before an earlier-made one (positions then are not in order). */
  unordered?: boolean;
  isSpeaker: boolean;
  /** Persons: called the publisher's own ("our President …"). */
  ours: boolean;
  /** Persons: named as someone's relative ("his wife, …"). */
  relative: boolean;
  /** Persons: titled as an official of an organisation of no one state ("U.N. Secretary-General"). */
  international?: boolean;
  /** Persons: named as this person's counterpart ("his counterpart, Mr X"): the same office for another state. */
  counterpartOf?: EntityRecord;
  /** Persons: the folded words of the full name, for surname references. */
  parts: string[];
  /** Persons: the common nouns the text called them by ("Chinese leader Xi Jinping" → leader). */
  nouns: Set<string>;
}

export class Registry {
  readonly records: EntityRecord[] = [];
  private byKey = new Map<string, EntityRecord>();
  /** Mentions already made, as numbers (segment, start token, end token) per record. */
  private seen = new Map<EntityRecord, Set<number>>();

  /** The persons, in the order they were found. */
  readonly persons: EntityRecord[] = [];

  /** What the text says of the states people serve, weighed after the finder (placing.ts). */
  readonly placing = new Placing();

  find(type: EntityType, key: string): EntityRecord | undefined {
    return this.byKey.get(`${type}:${key}`);
  }

  /** The record for a thing of this type and key, created with `name` when new. */
  ensure(type: EntityType, keys: string[], name: string, country: string | null = null): EntityRecord {
    for (const k of keys) {
      const r = this.byKey.get(`${type}:${k}`);
      if (r) {
        for (const k2 of keys) if (!this.byKey.has(`${type}:${k2}`)) this.byKey.set(`${type}:${k2}`, r);
        if (r.name !== name) r.aliases.add(name);
        if (!r.country && country) r.country = country;
        return r;
      }
    }
    const prefix = type === 'person' ? 'p' : type === 'organization' ? 'o' : type === 'country' ? 'c' : 'l';
    const rec: EntityRecord = {
      localId: `${prefix}${this.records.length + 1}`,
      type,
      name,
      aliases: new Set(),
      country,
      roles: [],
      mentions: [],
      positions: [],
      isSpeaker: false,
      ours: false,
      relative: false,
      parts: type === 'person' ? personParts(name).map((p) => p.toLowerCase()) : [],
      nouns: new Set(),
    };
    this.records.push(rec);
    if (type === 'person') this.persons.push(rec);
    for (const k of keys) this.byKey.set(`${type}:${k}`, rec);
    return rec;
  }

  person(name: string): EntityRecord {
    // "KAMIKAWA Yoko": the capitals mark the surname, the canonical name is written as a name
    const shown = name.replace(/\b\p{Lu}{3,}\b/gu, (w) => w[0] + w.slice(1).toLowerCase());
    const keys = nameKeys(name);
    if (!keys.some((k) => this.byKey.has(`person:${k}`))) {
      // "S. Jaishankar" beside "Subrahmanyam Jaishankar" (either first): one person, shown by the full name
      const same = this.persons.find((p) => initialFits(shown, p.name) || initialFits(p.name, shown));
      if (same) {
        for (const k of keys) this.byKey.set(`person:${k}`, same);
        if (initialFits(same.name, shown)) {
          same.aliases.add(same.name);
          same.name = shown;
          same.parts = personParts(shown).map((p) => p.toLowerCase());
        } else same.aliases.add(shown);
        return same;
      }
      // "Barth Eide", "Bhutto Zardari", "Lula da Silva" after "Espen Barth Eide", "Bilawal Bhutto
      // Zardari", "Luiz Inácio Lula da Silva": the end of one longer name, a surname of several words
      const parts = personParts(shown).map(foldWord);
      if (parts.length >= 2) {
        const longer = this.persons.filter((p) => p.parts.length > parts.length && parts.every((w, i) => foldWord(p.parts[p.parts.length - parts.length + i]) === w));
        if (longer.length === 1) {
          for (const k of keys) this.byKey.set(`person:${k}`, longer[0]);
          longer[0].aliases.add(shown);
          return longer[0];
        }
      }
    }
    return this.ensure('person', keys, shown);
  }

  named(type: EntityType, name: string, country: string | null): EntityRecord {
    return this.ensure(type, [plainKey(name)], name, country);
  }

  /** Adds a key under which later lookups find this record (an acronym, a country code). */
  alias(rec: EntityRecord, key: string, name?: string): void {
    if (!this.byKey.has(`${rec.type}:${key}`)) this.byKey.set(`${rec.type}:${key}`, rec);
    if (name && name !== rec.name) rec.aliases.add(name);
  }

  /** Adds a mention of tokens [start, end) of a segment (once per record and span). */
  mention(rec: EntityRecord, seg: Segment, start: number, end: number): void {
    // token indices stay far below 2^24, segments are few: the key is exact
    const k = (seg.index * 16777216 + start) * 16777216 + end;
    let seen = this.seen.get(rec);
    if (!seen) this.seen.set(rec, (seen = new Set()));
    if (seen.has(k)) return;
    seen.add(k);
    rec.mentions.push(seg.mention(start, end));
    const at = globalPos(seg, start);
    if (at < rec.positions[rec.positions.length - 1]) rec.unordered = true;
    rec.positions.push(at);
  }

  addRole(rec: EntityRecord, role: Role): void {
    const same = rec.roles.find((r) => r.title === role.title && (r.country === role.country || !r.country || !role.country));
    if (same) {
      same.country ??= role.country;
    } else rec.roles.push({ ...role });
    if (role.country) this.readState(rec, role.country, 'title');
  }

  /**
   * The text says `rec` serves `code` (a proposal of cue `cue`): while people are
   * being found, the first state read is the person's; the states read are weighed afterwards.
   */
  readState(rec: EntityRecord, code: string, cue: PlacingCueName): void {
    this.placing.propose(rec, code, cue);
    rec.country ??= code;
  }

  /** How many times the person was mentioned before `pos`. */
  countBefore(rec: EntityRecord, pos: number): number {
    // (asked at every reference: a person named thousands of times is searched, not counted)
    if (!rec.unordered) return countBelow(rec.positions, pos);
    let n = 0;
    for (const p of rec.positions) if (p < pos) n++;
    return n;
  }

  /** Most recent mention position of a record before `pos`, or -Infinity. */
  lastBefore(rec: EntityRecord, pos: number): number {
    if (!rec.unordered) {
      const n = countBelow(rec.positions, pos);
      return n ? rec.positions[n - 1] : -Infinity;
    }
    let best = -Infinity;
    for (const p of rec.positions) if (p < pos && p > best) best = p;
    return best;
  }

  entities(): LocalEntity[] {
    return this.records
      .filter((r) => r.mentions.length)
      .map((r) => {
        // mentions are mostly made in text order: sort (stably) only those that are not
        const mentions = inOrder(r.positions) ? r.mentions : r.mentions.map((m, i) => ({ m, p: r.positions[i] })).sort((a, b) => a.p - b.p).map((o) => o.m);
        const e: LocalEntity = {
          localId: r.localId,
          type: r.type,
          name: r.name,
          aliases: [...r.aliases].filter((a) => a !== r.name),
          country: r.country,
          roles: r.roles,
          mentions,
        };
        if (r.isSpeaker) e.isSpeaker = true;
        return e;
      });
  }
}

/** How many of the ascending `xs` are below `pos` (a binary search). */
function countBelow(xs: number[], pos: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inOrder(positions: number[]): boolean {
  for (let i = 1; i < positions.length; i++) if (positions[i] < positions[i - 1]) return false;
  return true;
}
