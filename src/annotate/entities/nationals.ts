// Plural nouns for a state's people ("Canadians", "Britons"): never part of a name, and before one
// ("two Canadians, Michael Spavor and …", "Americans Paul Whelan and …") they give its state.
import { DEMONYMS, NATIONALS_IRREGULAR } from '../../lexicons/en/country-aliases.js';
import { countryCode } from './gazetteer.js';

let nationals: Map<string, string> | null = null;

/** The state whose people a capitalised plural ("Canadians") names, or null. */
export function nationalsOf(word: string): string | null {
  return table().get(word) ?? null;
}

/** Every plural of a state's people, as written ("Canadians", "Britons"). */
export function nationalPlurals(): string[] {
  return [...table().keys()];
}

function table(): Map<string, string> {
  if (!nationals) {
    nationals = new Map(Object.entries(NATIONALS_IRREGULAR));
    // ("Philippines" is the state itself)
    for (const [name, code] of Object.entries(DEMONYMS)) if (!name.includes(' ') && !name.endsWith('s') && !countryCode(name + 's')) nationals.set(name + 's', code);
  }
  return nationals;
}
