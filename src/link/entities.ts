// Cross-document entity resolution through the store's key index: each local entity is looked up
// by its keys (a person's full-name keys, a country's ISO code, an organisation's or place's name
// and acronym keys) and joins the entity found, or becomes a new one. Nothing is compared pairwise.
// Two people who share a surname have different full-name keys and so never merge.
import { createHash } from 'node:crypto';
import { foldWord, initialFits, nameKeys, nameParts, personParts, plainKey, withoutArticle } from '../annotate/entities/names.js';
import {
  addEntityKey,
  addEntityLocal,
  addEntityMention,
  addEntityName,
  addEntityRole,
  addEntitySurname,
  createEntity,
  entitiesBySurname,
  entityByKey,
  getEntity,
  voteEntityCountry,
} from '../store/entities.js';
import type { Store } from '../store/db.js';
import type { CleanDocument, DocAnnotations, LocalEntity } from '../types.js';

/** Index keys of a local entity; an empty list for a person known here only by one word. */
export function entityKeys(e: LocalEntity): string[] {
  const keys = new Set<string>();
  if (e.type === 'person') {
    for (const n of [e.name, ...e.aliases]) if (nameParts(n).length >= 2) nameKeys(n).forEach((k) => keys.add(k));
  } else if (e.type === 'country' && e.country) keys.add(e.country);
  else for (const n of [e.name, ...e.aliases]) keys.add(plainKey(n));
  keys.delete('');
  return [...keys];
}

function newId(type: string, key: string): string {
  return `${type[0]}-${createHash('sha1').update(`${type}:${key}`).digest('hex').slice(0, 12)}`;
}

/** The store entity for a local entity: by key, or (one-word person names) by a unique surname. */
function resolve(store: Store, e: LocalEntity, keys: string[]): string {
  for (const k of keys) {
    const id = entityByKey(store, e.type, k);
    if (id) return id;
  }
  if (e.type === 'person' && !keys.length) {
    const surname = foldWord(e.name);
    const cands = entitiesBySurname(store, surname).filter((id) => {
      const c = getEntity(store, id)?.country;
      return !c || !e.country || c === e.country;
    });
    if (cands.length === 1) return cands[0];
    const soloKey = `solo:${surname}`;
    const found = entityByKey(store, 'person', soloKey);
    if (found) return found;
    keys.push(soloKey);
  }
  // a full name whose surname a one-word entity already stands for ("President Trump" stored
  // before "Donald Trump"): the same person when that is the only one and the states agree
  if (e.type === 'person' && keys.length) {
    const parts = personParts(e.name);
    for (const p of new Set([parts[0], parts[parts.length - 1]])) {
      const solo = entityByKey(store, 'person', `solo:${foldWord(p)}`);
      if (!solo || entitiesBySurname(store, foldWord(p)).length) continue;
      const c = getEntity(store, solo)?.country;
      if (!c || !e.country || c === e.country) return solo;
    }
    // "S. Jaishankar" and "Subrahmanyam Jaishankar", whichever came first: one person when exactly one
    // stored person of that surname fits the initial and the states agree
    const fits = entitiesBySurname(store, foldWord(parts[parts.length - 1])).filter((id) => {
      const stored = getEntity(store, id);
      if (!stored || (stored.country && e.country && stored.country !== e.country)) return false;
      return initialFits(e.name, stored.name) || initialFits(stored.name, e.name);
    });
    if (fits.length === 1) return fits[0];
  }
  const id = newId(e.type, keys[0] ?? `${e.name}`);
  createEntity(store, id, e.type, e.name, e.country);
  return id;
}

export function linkEntities(store: Store, doc: CleanDocument, ann: DocAnnotations): Map<string, string> {
  const out = new Map<string, string>();
  const date = doc.published?.value ?? null;
  for (const e of ann.entities) {
    const keys = entityKeys(e);
    const id = resolve(store, e, keys);
    out.set(e.localId, id);
    for (const k of keys) addEntityKey(store, e.type, k, id);
    if (e.type === 'person' && nameParts(e.name).length >= 2) {
      const parts = personParts(e.name);
      const last = parts[parts.length - 1];
      for (const p of new Set([parts[0], last, withoutArticle(last)])) addEntitySurname(store, foldWord(p), id);
    }
    if (e.country) voteEntityCountry(store, id, e.country);
    // a name counts once per mention written that way (at least once), so the usual spelling wins
    for (const n of [e.name, ...e.aliases]) addEntityName(store, id, n, Math.max(n === e.name ? 1 : 0, e.mentions.filter((m) => m.text === n).length));
    for (const r of e.roles) addEntityRole(store, id, { title: r.title, country: r.country, doc: doc.id, date });
    for (const m of e.mentions) addEntityMention(store, id, e.localId, m);
    addEntityLocal(store, doc.id, e.localId, id, !!e.isSpeaker);
  }
  return out;
}
