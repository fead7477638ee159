// The state of a person the text leaves unplaced, from the lexicon of well-known officials.
import { KNOWN_OFFICIALS } from '../../lexicons/en/officials.js';
import { nameKeys } from './names.js';
import type { Placing } from './placing.js';
import type { Registry } from './registry.js';

let byKey: Map<string, string> | null = null;

/** The state a full name is known to serve, or null (never for a name shared by two states). */
export function knownState(name: string): string | null {
  if (!byKey) {
    byKey = new Map();
    for (const [code, names] of Object.entries(KNOWN_OFFICIALS))
      for (const n of names) for (const k of nameKeys(n)) byKey.set(k, byKey.has(k) && byKey.get(k) !== code ? '' : code);
  }
  for (const k of nameKeys(name)) {
    const c = byKey.get(k);
    if (c !== undefined) return c || null;
  }
  return null;
}

let bySurname: Map<string, string> | null = null;

/**
 * The state of the one well-known official with this surname ("Modi"), or null (none, or several
 * states'). Only a hint to choose between people the text named: a surname alone places no one.
 */
export function knownSurnameState(surname: string): string | null {
  if (!bySurname) {
    bySurname = new Map();
    for (const [code, names] of Object.entries(KNOWN_OFFICIALS))
      for (const n of names) {
        const last = n.trim().split(/\s+/).pop()!.toLowerCase();
        bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== code ? '' : code);
      }
  }
  return bySurname.get(surname.toLowerCase()) || null;
}

/** People of two or more words whose state is common knowledge. */
export function placeKnownOfficials(reg: Registry, placing: Placing): void {
  for (const p of reg.persons) {
    if (p.parts.length < 2 || !placing.open(p)) continue;
    const code = knownState(p.name);
    if (code) placing.propose(p, code, 'known');
  }
}
