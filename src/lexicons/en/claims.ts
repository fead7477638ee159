// Claims about the record that other sources can contradict: "the first meeting … since 2009",
// "in five years", "the first-ever visit", "had never met", "the last time they met was in 2015".
// Patterns are regular-expression sources, matched case-insensitively over one sentence of main
// text; extend the tables, not the matcher (src/link/claims.ts).
import { MONTHS, capitalised } from './date-words.js';

/** A kind of happening a claim is about, the words that name it, and the events that are one. */
export interface ClaimSort {
  /** Nouns after "the first" ("the first dialogue", "the first trip"). */
  nouns: string;
  /** Verbs of "had never met", "last visited", "X visited Y for the first time". */
  verbs: string;
  /** Events of this type and one of these modes are such a happening. */
  type: string;
  modes: string[];
}

export const CLAIM_SORTS: Record<string, ClaimSort> = {
  phone: {
    nouns: String.raw`(?:tele)?phone (?:call|conversation|talks)|(?:video|phone) calls?`,
    verbs: String.raw`spoke (?:by|on the|over the) (?:tele)?phone|talked (?:by|on the) (?:tele)?phone`,
    type: 'CONSULT',
    modes: ['phone'],
  },
  visit: {
    nouns: String.raw`(?:(?:state|official|working|bilateral|foreign) )?(?:visits?|trips?|tour)`,
    verbs: String.raw`visited|travell?ed to|went to|came to`,
    type: 'CONSULT',
    modes: ['visit'],
  },
  meeting: {
    nouns: String.raw`(?:face-to-face |in-person |bilateral |formal |high-level |official )?(?:meetings?|talks|dialogues?|summits?|consultations|negotiations|encounter|sit-down|discussions)`,
    verbs: String.raw`met|meet|held talks|hold talks|sat down`,
    type: 'CONSULT',
    modes: ['meeting', 'visit', 'summit'],
  },
};

/** Offices a claim may name ("between the top diplomats"), and the role titles that hold them. */
export interface ClaimOffice {
  name: string;
  /** The words in a claim (singular or plural). */
  words: string;
  /** A role title holding the office (matched case-insensitively on the whole title). */
  titles: string;
}

export const CLAIM_OFFICES: ClaimOffice[] = [
  {
    name: 'foreign minister',
    words: String.raw`top diplomats?|chief diplomats?|foreign ministers?|foreign secretar(?:y|ies)|secretar(?:y|ies) of state|ministers? (?:of|for) foreign affairs`,
    titles: String.raw`foreign minister|foreign secretary|(?:minister|secretary) (?:of|for) (?:foreign|external) affairs|secretary of state|(?:foreign|external) affairs minister|state councill?or and foreign minister`,
  },
  {
    name: 'defence minister',
    words: String.raw`defen[cs]e (?:ministers?|secretar(?:y|ies)|chiefs?)|ministers? of defen[cs]e`,
    titles: String.raw`defen[cs]e (?:minister|secretary)|(?:minister|secretary) (?:of|for) (?:national )?defen[cs]e`,
  },
  {
    name: 'leader',
    words: String.raw`leaders?|heads? of (?:state|government)|presidents?|prime ministers?|premiers?|chancellors?`,
    titles: String.raw`president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|head of (?:state|government)|supreme leader|general secretary`,
  },
];

/** Role titles that never hold an office they contain ("Vice President", "former Prime Minister"). */
export const NOT_OFFICE_HOLDER = String.raw`\b(?:vice|deputy|former|ex|assistant|under|first lady)\b`;

/** Number words up to twenty ("in five years"), and "a decade". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

const MONTH = `(?:${MONTHS.map(capitalised).join('|')})`;
const COUNT = String.raw`(?:\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;

/**
 * The period a "first" claim covers, after the happening's name: "since (March) 2009", "in (more
 * than) five years", "in a decade", "ever". ("nearly"/"almost" N years say less than N: not read.)
 */
export const FIRST_BOUND = String.raw`since (?:(?<month>${MONTH}) )?(?<year>(?:19|20)\d\d)\b|in (?:(?:more than|over) )?(?<count>${COUNT}) (?<unit>years?|decades?)\b|(?<ever>ever)\b`;

/** "the first", "its first", "the first-ever" opening a claim, up to fourteen words before its bound. */
export const FIRST_OPENING = String.raw`\b(?:the|its|their|his|her|a|an)\s+(?:very\s+)?first(?:-ever)?\s`;

/** "the first-ever visit", "the first ever summit": the happening follows within a few words. */
export const FIRST_EVER = String.raw`\b(?:the|its|their|his|her|a|an)\s+(?:very\s+)?first[- ]ever\s+(?<body>(?:[^\s.;:!?]+\s+){0,3}?)`;

/** "… visited Seoul for the first time (since 2009 / in a decade)": the verb before names the happening. */
export const FOR_THE_FIRST_TIME = String.raw`\bfor the first time(?: (?:${FIRST_BOUND}))?`;

/** "had never met before", "have never visited": a claim that it never happened. */
export const NEVER = String.raw`\b(?:had|have|has)\s+never\s+(?:before\s+)?(?<verb>[a-z]+(?: [a-z]+){0,3})`;

/** "the last time the two ministers met was in 2015", "they last met in 2019". */
export const LAST_TIME = [
  String.raw`\b(?:the )?last time (?<clause>[^.;:!?]{1,120}?)(?:,)? (?:was|were) in (?:(?<month>${MONTH}) )?(?<year>(?:19|20)\d\d)\b`,
  String.raw`\blast (?<clause>(?:[a-z]+ ){0,1}(?:met|visited|held talks|spoke)\b[^.;:!?]{0,60}?) in (?:(?<month>${MONTH}) )?(?<year>(?:19|20)\d\d)\b`,
];

/** Destination of a visit: "to China", "to Seoul". */
export const TO_PLACE = String.raw`\bto (?:the )?(?<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})`;

/** Days before the claiming document's date that belong to the claim's own occasion (it reports the visit it calls the first). */
export const OCCASION_DAYS = 30;

/** A number as texts write it: digits ("1,200") or a word up to twenty. */
export const COUNT_WORD = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|${Object.keys(NUMBER_WORDS).filter((w) => w.length > 2).join('|')})`;

/**
 * Things sources count about one event, which two reports of it should count alike: the days of a
 * visit, the prisoners exchanged, the agreements signed. `n` is the count.
 */
export const COUNTED: { name: string; pattern: string }[] = [
  { name: 'days', pattern: String.raw`\b(?<n>${COUNT_WORD})-day (?:(?:state|official|working) )?(?:visit|trip|tour|stay)\b` },
  { name: 'prisoners', pattern: String.raw`\b(?<n>${COUNT_WORD}) (?:[a-z]+ )?(?:prisoners(?: of war)?|detainees|captives|hostages|POWs)\b` },
  { name: 'agreements', pattern: String.raw`\b(?<n>${COUNT_WORD}) (?:[a-z]+ )?(?:agreements|deals|accords|memorand(?:a|ums)(?: of understanding)?|MoUs|contracts)\b` },
];
