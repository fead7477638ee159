// Words that attribute a quotation to someone, and the shapes that tell speech from names in
// quotation marks. Data only: the matchers live in src/annotate/quotes/.
import { MONTHS, WEEKDAYS } from './date-words.js';

/**
 * Attribution cues: a verb of saying (inflections that are not also common nouns: no "remarks",
 * "states", "notes"), optionally with the particle that
 * introduces the quoted words ("asked for", "cautioned against", "called … a"). Matched as whole
 * words, case-insensitively, outside quotation marks.
 */
export const SPEECH_VERBS: string[] = [
  'said', 'says', 'say', 'saying', 'told', 'telling',
  'stated', 'stating', 'declared', 'declares', 'declaring',
  'stressed', 'stresses', 'stressing', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising',
  'underlined', 'underlines', 'underlining', 'underscored', 'underscores', 'underscoring',
  'noted', 'noting', 'added', 'adds', 'adding', 'remarked', 'commented', 'comments',
  'explained', 'explains', 'insisted', 'insists', 'argued', 'argues', 'asserted', 'asserts', 'claimed', 'claims',
  'warned', 'warns', 'warning', 'cautioned', 'cautions', 'urged', 'urges', 'urging', 'called', 'calls', 'calling',
  'asked', 'asks', 'asking', 'replied', 'responded', 'responds', 'answered', 'answers',
  'described', 'describes', 'describing', 'termed', 'dubbed', 'labelled', 'labeled', 'accused', 'accuses', 'accusing',
  'mentioned', 'mentions', 'announced', 'announces', 'issued', 'pledged', 'vowed', 'vows', 'promised', 'promises',
  'praised', 'praises', 'welcomed', 'welcomes', 'condemned', 'condemns', 'criticized', 'criticised', 'criticizes', 'criticises',
  'expressed', 'expresses', 'voiced', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'wrote', 'writes', 'tweeted', 'posted', 'quoted', 'recalled', 'recalls', 'suggested', 'suggests',
  'proposed', 'proposes', 'reiterated', 'reiterates', 'reaffirmed', 'reaffirms', 'affirmed', 'affirms',
  'assured', 'assures', 'highlighted', 'pointed out', 'points out', 'spoke of', 'speaks of',
  'expects', 'expected', 'hoped', 'believes', 'believed',
  'argue', 'insist', 'warn', 'restated', 'restates', 'summarised', 'summarized', 'summarises', 'summarizes',
  'threatened', 'threatens', 'condemning', 'criticising', 'criticizing', 'quipped', 'joked', 'conceded', 'concedes',
  // the press's verbs of blame and praise: "with X slamming “bullying”"
  'slammed', 'slams', 'slamming', 'decried', 'decries', 'decrying', 'denounced', 'denounces', 'denouncing', 'lambasted',
];

/**
 * Verbs of saying whose form is also a common noun ("a state", "the claim"): cues only where the
 * tagger reads them as verbs ("to state that", "they claim").
 */
export const NOUN_LIKE_SPEECH_VERBS: string[] = ['state', 'claim', 'comment', 'remark', 'note', 'stress'];

/**
 * Nouns for something said, next to the quotation they name: "Putin's “…” quip", "the slogan:
 * “…”". The possessor (or the clause's subject) is the speaker.
 */
export const SPEECH_NOUNS: string[] = [
  'quip', 'remark', 'remarks', 'words', 'comment', 'comments', 'slogan', 'motto', 'catchphrase', 'pledge', 'promise',
  'warning', 'threat', 'vow', 'message', 'tweet', 'retort', 'jibe', 'refrain', 'mantra', 'boast', 'plea',
];

/** Particles that belong to the cue ("asked for", "cautioned against", "called for"). */
export const CUE_PARTICLES: string[] = ['for', 'against', 'of', 'on'];

/** Verbs that name what they describe: the object before the quotation is part of the cue ("called Russia a"). */
export const NAMING_VERBS: string[] = ['called', 'calls', 'calling', 'described', 'describes', 'describing', 'termed', 'terms', 'dubbed', 'labelled', 'labeled', 'accused', 'accuses', 'accusing'];

/** Phrases whose person comes AFTER them: "according to the minister, …". */
export const SOURCE_PHRASES: string[] = ['according to', 'in the words of', 'as quoted by', 'quoting'];

/**
 * Nouns that refer to a person by office ("the minister said"); a short reference resolves to the
 * nearest earlier person whose role or name context fits.
 */
export const ROLE_NOUNS: string[] = [
  'minister', 'president', 'prime minister', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'diplomat', 'official', 'leader', 'king', 'queen', 'emperor', 'governor',
  'senator', 'chairman', 'chairwoman', 'chair', 'director', 'director-general', 'secretary-general', 'commissioner',
  'deputy', 'adviser', 'advisor', 'negotiator', 'mayor', 'general', 'foreign minister', 'defence minister', 'pm', 'fm',
];

/** Nouns that refer to an organisation already named ("the ministry said"). */
export const ORGANIZATION_NOUNS: string[] = [
  'ministry', 'foreign ministry', 'embassy', 'government', 'office', 'department', 'state department', 'agency', 'mission',
  'secretariat', 'commission', 'council', 'administration', 'presidency', 'cabinet', 'kremlin', 'white house',
];

/** Plural subjects that name a group of the people in the text ("the leaders", "both sides"). */
export const GROUP_NOUNS: string[] = [
  'leaders', 'ministers', 'presidents', 'sides', 'parties', 'diplomats', 'officials', 'delegations', 'counterparts',
  'heads', 'governments', 'envoys', 'negotiators', 'foreign ministers', 'top diplomats',
];

/** Personal pronouns that stand for a person already named ("you": the one addressed, in a transcript's turn). */
export const PERSON_PRONOUNS: string[] = ['he', 'she', 'you'];

/**
 * How a speaker addresses the one they talk to in a transcript's turn: a form of address before an
 * office ("Mr. President,", "Madam Secretary,"), or an honorific that stands alone for a head of
 * state or government ("Excellency,").
 */
export const ADDRESS_FORMS: string[] = ['Mr.', 'Mr', 'Mister', 'Madam', 'Madame', 'Mrs.', 'Ms.'];
export const LEADER_ADDRESS: string[] = ['Your Excellency', 'Excellency', 'Your Majesty', 'Your Highness', 'Your Royal Highness'];

/** Abbreviated offices, as news writes them ("the Japanese PM"). */
export const OFFICE_ABBREVIATIONS: Record<string, string> = { pm: 'prime minister', fm: 'foreign minister' };

/** Offices of a state's leader: "Japan's leader", "the two leaders" hold one of these. */
export const LEADER_OFFICES: string[] = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'supreme leader', 'emir', 'sultan', 'taoiseach'];

/**
 * Heads that follow a name in quotation marks ("the “Nine Bridges” initiative"): a quotation right
 * before one of these names a thing.
 */
export const NAME_HEADS: string[] = [
  'initiative', 'initiatives', 'event', 'events', 'project', 'projects', 'programme', 'program', 'programs', 'programmes',
  'plan', 'plans', 'policy', 'policies', 'strategy', 'doctrine', 'concept', 'format', 'forum', 'campaign', 'operation',
  'exercise', 'exercises', 'summit', 'festival', 'year', 'agreement', 'treaty', 'accord', 'declaration', 'process',
  'style', 'formula', 'group', 'framework', 'route', 'corridor', 'platform', 'mechanism', 'project', 'cooperative', 'scheme',
  'movement', 'party', 'law', 'act', 'bill', 'resolution', 'report', 'document', 'list', 'award', 'prize', 'zone',
];

/** Short words left lower case inside a title-case name ("Year of Cultural Exchanges"). */
export const NAME_FUNCTION_WORDS: string[] = ['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', 'de', 'la', 'du', 'der', 'und', 'or'];

/** First-person words: a document speaking in them is someone's own record. */
export const FIRST_PERSON: string[] = ['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves'];

/**
 * Titles of a person's own words: "X’s remarks at …", "Remarks by X", "Statement by X",
 * "Interview with X". The person named there is the document's speaker.
 */
export const PRIMARY_TITLE_WORDS: string[] = [
  'remarks', 'speech', 'statement', 'address', 'interview', 'article', 'opening remarks', 'comment', 'comments',
  'briefing', 'opening statement', 'op-ed', 'message', 'greetings', 'lecture', 'testimony', 'transcript',
];

/** A line that opens someone else's turn in a transcript ("Question:", "Moderator:"). */
export const OTHER_TURN_LABELS: string[] = ['question', 'q', 'moderator', 'host', 'journalist', 'correspondent', 'interviewer', 'reporter', 'audience'];

/**
 * Capitalised words next to a cue that are not a speaker's name ("“…,” It said", "Monday said"):
 * pronouns, determiners, days and months. Compared without accents, lower case.
 */
export const BARE_NAME_STOPWORDS: string[] = [
  'i', 'it', 'we', 'they', 'you', 'he', 'she', 'this', 'that', 'these', 'those', 'there', 'the', 'a', 'an', 'who', 'which', 'but', 'and',
  'officials', 'sources', 'reporters', 'analysts', 'experts', 'critics', 'diplomats', 'observers', 'witnesses', 'residents',
  ...WEEKDAYS, 'today', 'yesterday', ...MONTHS,
];


/** Short forms of countries used as adjectives before an office ("the US president", "the UK minister"). */
export const SHORT_COUNTRY_FORMS: Record<string, string> = { US: 'USA', 'U.S': 'USA', UK: 'GBR', 'U.K': 'GBR', UAE: 'ARE', EU: 'EU' };
