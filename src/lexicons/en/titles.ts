// Titles of office that introduce or stand for a person, as data. Matching is case-insensitive;
// the canonical (title-case) form is what roles record. Extend these lists to teach new offices.

/** Offices that take a person's name after them (or in apposition), in their canonical form. */
export const TITLES: string[] = [
  // heads of state and government
  'President', 'President-elect', 'Vice President', 'Prime Minister', 'Prime Minister-designate', 'Premier', 'Chancellor', 'Vice Chancellor', 'Federal Chancellor',
  'King', 'Queen', 'Emperor', 'Crown Prince', 'Emir', 'Sultan', 'Supreme Leader', 'Chairman', 'Chairwoman',
  'Chairperson', 'Chair', 'General Secretary', 'Pope', 'Governor-General', 'Head of State', 'First Lady', 'First Gentleman',
  // ministers
  'Minister', 'Foreign Minister', 'Foreign Secretary', 'Secretary of State', 'Secretary', 'State Councilor',
  'State Councillor', 'Cabinet Secretary', 'Chief Cabinet Secretary', 'Minister of State',
  // diplomats and officials
  'Ambassador', 'Ambassador-at-Large', 'Envoy', 'Special Envoy', 'Special Representative', 'High Representative',
  'Permanent Representative', 'Consul General', 'Consul', 'Charge d’Affaires', "Charge d'Affaires", 'Chargé d’Affaires',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Official Spokesperson', 'Chief Spokesperson', 'Press Secretary', 'Secretary-General', 'Secretary General',
  'Under-Secretary-General', 'Director-General', 'Director General', 'Director', 'Deputy Director', 'Commissioner',
  'High Commissioner', 'National Security Adviser', 'National Security Advisor', 'Chief of Staff', 'Commissioner-General', 'Adviser', 'Advisor',
  'Counsellor', 'Counselor', 'Speaker', 'Senator', 'Congressman', 'Congresswoman', 'Governor', 'Mayor', 'Head',
  'Chief Executive', 'CEO', 'Chief Executive Officer', 'Chief Operating Officer', 'Chief Financial Officer', 'CFO',
  'COO', 'General Manager', 'Managing Director', 'Executive Director', 'Attorney General', 'Prosecutor General',
  'Prosecutor', 'Chief Justice', 'Judge', 'Administrator', 'Police Chief', 'Representative', 'Ranking Member',
  'Special Presidential Envoy', 'Presidential Envoy', 'Special Presidential Representative', 'Presidential Aide', 'Aide',
  'General', 'Admiral', 'Marshal', 'Colonel', 'Lieutenant General', 'Major General', 'Commander', 'Commander-in-Chief',
];

/** Portfolio words that make "X Minister", "Minister of X", "X Ministry Spokeswoman". */
export const PORTFOLIOS: string[] = [
  'Foreign', 'Foreign Affairs', 'Defence', 'Defense', 'Trade', 'Industry', 'Trade and Industry', 'Trade, Industry and Energy',
  'External Affairs', 'Business', 'Home', 'Treasury', 'Homeland Security', 'Economic', 'Finance', 'Economy', 'Economic Development', 'Interior', 'Home Affairs', 'Justice', 'Health', 'Energy', 'Unification',
  'Agriculture', 'Culture', 'Education', 'Environment', 'Transport', 'Labour', 'Labor', 'Science', 'Digital Affairs',
  'Emergency Situations', 'Natural Resources', 'Fisheries', 'Oceans and Fisheries', 'National Defense', 'Security',
  'Public Security', 'State Security', 'Strategy and Finance', 'Commerce', 'Economic Affairs', 'European Affairs',
  'Development', 'Infrastructure', 'Information', 'Communications', 'Tourism', 'Sports', 'Climate', 'Climate Change',
];

/**
 * Last words of a portfolio or department written between a title and the name
 * ("Director-General for North American Affairs Lee Jun-il", "Minister of Economy and Finance Hong Nam-ki").
 */
export const PORTFOLIO_ENDS: string[] = [
  'affairs', 'policy', 'security', 'cooperation', 'relations', 'finance', 'economy', 'trade', 'industry', 'energy',
  'defense', 'defence', 'development', 'planning', 'unification', 'justice', 'health', 'welfare', 'education', 'culture',
  'agriculture', 'environment', 'transport', 'labor', 'labour', 'communications', 'science', 'technology', 'resources',
  'fisheries', 'interior', 'commerce', 'tourism', 'sports', 'strategy', 'issues', 'protocol', 'administration',
  'organizations', 'organisations', 'department', 'bureau', 'division', 'directorate', 'office', 'council', 'committee',
  'commission', 'ministry', 'service', 'agency', 'asia', 'europe', 'africa', 'america', 'americas', 'pacific', 'east',
  'arctic', 'cis', 'treasury', 'exchequer', 'disarmament', 'nonproliferation', 'non-proliferation', 'control', 'rights', 'crime', 'terrorism',
];

/** Words written before a title that make it another office ("Deputy Foreign Minister"). */
export const TITLE_MODIFIERS: string[] = ['Shadow', 'Federal', 'First Deputy', 'First Vice', 'Second Vice', 'Second Deputy', 'Deputy', 'Vice', 'Acting', 'Assistant', 'Senior', 'Chief', 'Parliamentary'];

/**
 * Words of the offices news style writes in lower case ("Russian foreign minister Sergei Lavrov",
 * "Nguyen Phu Trong, the general secretary of …"): a title holding one is read in any case. Other
 * titles in lower case are common nouns ("the head of", "in general").
 */
export const TITLE_WORDS_IN_LOWER_CASE: string[] = [
  'minister', 'president', 'premier', 'chancellor', 'ambassador', 'spokes', 'secretary-general', 'secretary general',
  'general secretary', 'foreign secretary', 'high commissioner', 'envoy', 'secretary of state', 'state councilor', 'state councillor',
  // "business secretary", "defense secretary", "press secretary" (not "secretary" alone: a party's or a club's)
  ' secretary', 'chief of staff',
];

/** Synonymous forms, lower case → canonical title. */
export const TITLE_SYNONYMS: Record<string, string> = {
  'minister of foreign affairs': 'Foreign Minister',
  'minister for foreign affairs': 'Foreign Minister',
  'foreign affairs minister': 'Foreign Minister',
  'minister of defence': 'Defence Minister',
  'minister of defense': 'Defense Minister',
  'minister of national defense': 'Defense Minister',
  'secretary general': 'Secretary-General',
  'director general': 'Director-General',
  'chairwoman': 'Chair',
  'chairperson': 'Chair',
  'state councillor': 'State Councilor',
  'national security advisor': 'National Security Adviser',
};

/** Titles that are offices of their own, not kinds of the shorter title they end with ("Prime Minister" is no "Minister"). */
export const DISTINCT_OFFICES: string[] = ['prime minister', 'vice president', 'vice chancellor', 'secretary of state', 'secretary-general', 'press secretary', 'chief cabinet secretary', 'cabinet secretary', 'general secretary', 'head of state'];

/**
 * Plural descriptions of people, lower case → the titles they cover ("the two leaders",
 * "the foreign ministers of A and B"). An empty list means any head of state or government.
 */
export const GROUP_NOUNS: Record<string, string[]> = {
  ministers: ['minister'],
  'foreign ministers': ['foreign minister'],
  'top diplomats': ['foreign minister', 'secretary of state', 'foreign secretary'],
  'chief diplomats': ['foreign minister', 'secretary of state', 'foreign secretary'],
  diplomats: ['foreign minister', 'secretary of state', 'foreign secretary'],
  presidents: ['president'],
  'prime ministers': ['prime minister'],
  premiers: ['premier', 'prime minister'],
  leaders: [],
  'heads of state': [],
  'heads of government': ['prime minister', 'premier', 'chancellor'],
  'defence ministers': ['defence minister', 'defense minister'],
  'defense ministers': ['defence minister', 'defense minister'],
};

/** Offices that count as "leaders" (heads of state and government). */
export const LEADER_TITLES: string[] = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'emir', 'sultan', 'supreme leader', 'general secretary', 'chairman'];

/** Singular descriptions that stand for an office: "the top diplomat" is the foreign minister. */
export const DESCRIPTION_NOUNS: Record<string, string[]> = {
  'top diplomat': ['foreign minister', 'secretary of state', 'foreign secretary'],
  'chief diplomat': ['foreign minister', 'secretary of state', 'foreign secretary'],
  'foreign policy chief': ['foreign minister', 'high representative'],
  leader: [],
  'head of state': [],
  'head of government': ['prime minister', 'premier', 'chancellor'],
};

/** Words that make a person in a title line the document's speaker: "X's remarks at…". */
export const SPEAKER_NOUNS: string[] = [
  'remarks', 'opening remarks', 'statement', 'speech', 'address', 'interview', 'article', 'comments', 'comment', 'answers',
  'news conference', 'press conference', 'briefing', 'message', 'op-ed', 'greetings', 'video address', 'lecture', 'toast',
  'opening speech', 'closing remarks', 'keynote',
];

/** Words before a name that make it the speaker: "Remarks by …", "Interview with …". */
export const SPEAKER_LEADS: string[] = ['remarks by', 'statement by', 'speech by', 'address by', 'comment by', 'comments by', 'interview with', 'interview by', 'interview of', 'answers by', 'article by', 'briefing by', 'message from', 'op-ed by'];

/** Verbs of saying and acting that make a two-word capitalised name before them a person. */
export const PERSON_VERBS: string[] = [
  'said', 'says', 'told', 'stressed', 'noted', 'added', 'stated', 'emphasised', 'emphasized', 'declared', 'announced',
  'warned', 'urged', 'replied', 'asked', 'explained', 'insisted', 'argued', 'claimed', 'remarked', 'wrote', 'tweeted',
  'commented', 'recalled', 'pointed', 'underlined', 'underscored', 'expressed', 'met', 'spoke', 'called', 'visited',
  'thanked', 'welcomed', 'praised', 'criticised', 'criticized', 'denied', 'confirmed', 'suggested', 'proposed',
  'chaired', 'congratulated', 'briefed', 'condemned', 'reaffirmed',
];

/**
 * Verbs of saying after which a lone capitalised word opening a sentence is a person's surname
 * ("Okafor warned that …"), when a "he" or "she" in the sentence speaks of that one.
 */
export const SURNAME_SPEECH_VERBS: string[] = [
  'said', 'says', 'told', 'warned', 'stressed', 'insisted', 'argued', 'added', 'noted', 'claimed', 'declared', 'replied',
  'urged', 'explained', 'wrote', 'tweeted', 'complained', 'vowed', 'admitted', 'acknowledged', 'cautioned',
];
/** Pronouns that show a sentence speaks of a person, not of a thing. */
export const PERSON_PRONOUN_FORMS: string[] = ['he', 'she', 'his', 'her', 'him', 'himself', 'herself'];

/** Verbs that follow things as readily as people: a cue only for names that start with a known given name. */
export const WEAK_PERSON_VERBS: string[] = ['had', 'held', 'hosted', 'received', 'sent', 'signed', 'attended', 'addressed', 'discussed', 'paid', 'arrived', 'headed', 'delivered', 'answered', 'took', 'made', 'gave', 'left', 'led', 'will', 'would', 'has', 'is', 'was'];

/**
 * Words for what a person is, not an office they hold, that make the name right after them a person
 * ("Australian citizen Cheng Lei", "jailed journalist Evan Gershkovich", "dissidents A and B"); no
 * role is recorded. Singular and plural, lower case.
 */
export const PERSON_DESCRIPTORS: string[] = [
  'citizen', 'citizens', 'nationals', 'journalist', 'journalists', 'reporter', 'correspondent', 'activist', 'activists',
  'dissident', 'dissidents', 'lawyer', 'lawyers', 'businessman', 'businesswoman', 'businessmen', 'tycoon', 'billionaire', 'writer',
  'novelist', 'poet', 'scholar', 'scholars', 'academic', 'researcher', 'researchers', 'scientist', 'scientists', 'blogger',
  'politician', 'politicians', 'lawmaker', 'lawmakers', 'legislator', 'separatist', 'separatists', 'detainee', 'detainees',
  'prisoner', 'prisoners', 'hostage', 'hostages', 'defector', 'spy', 'priest', 'cleric', 'missionary', 'pollster',
  'lecturer', 'professor', 'analyst', 'economist', 'historian', 'commentator', 'columnist', 'editor', 'strategist',
];

/** Descriptors that say what a person does for a living: recorded as their role ("pollster", "correspondent"). */
export const OCCUPATION_DESCRIPTORS: string[] = [
  'journalist', 'reporter', 'correspondent', 'lawyer', 'businessman', 'businesswoman', 'tycoon', 'writer', 'novelist',
  'poet', 'scholar', 'academic', 'researcher', 'scientist', 'blogger', 'politician', 'lawmaker', 'legislator', 'activist',
  'dissident', 'priest', 'cleric', 'missionary', 'pollster', 'lecturer', 'professor', 'analyst', 'economist', 'historian',
  'commentator', 'columnist', 'editor', 'strategist',
];

/** Words for someone serving a state that, beside PERSON_DESCRIPTORS, say who a name is in apposition (", a Chinese diplomat"). */
export const DESCRIBED_STAFF: string[] = ['diplomat', 'official', 'officer', 'envoy', 'consul', 'national', 'employee', 'staffer', 'attaché', 'attache'];

/** Relatives named in apposition ("his wife, Iriana Widodo,", "her husband Joachim Sauer"): the name is a person. */
export const KIN_NOUNS: string[] = ['wife', 'husband', 'spouse', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'partner', 'first lady', 'first gentleman'];

/** Offices (lower case, or ending so) that speak for a government rather than act: a story led by a state's statement gives them its state. */
export const SPOKES_OFFICES: string[] = ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'];

/** Words before a list of people who travel with the person named before them ("accompanied by A and B"). */
export const COMPANION_CUES: string[] = ['accompanied by', 'joined by', 'flanked by'];

/**
 * Offices that only some states' governments have, lower case → those states. A person holding one
 * whom nothing else places serves the one of them the text names most ("Business Secretary X" in a
 * story about Britain). Offices every state has (foreign minister, president) are not listed.
 */
export const OFFICE_STATES: Record<string, string[]> = {
  'business secretary': ['GBR'], 'home secretary': ['GBR'], 'culture secretary': ['GBR'], 'health secretary': ['GBR', 'USA'],
  'chancellor of the exchequer': ['GBR'], 'economic secretary to the treasury': ['GBR'], 'chief secretary to the treasury': ['GBR'],
  'foreign secretary': ['GBR', 'IND'], 'defence secretary': ['GBR'], 'defense secretary': ['USA'], 'treasury secretary': ['USA'],
  'homeland security secretary': ['USA'], 'secretary of defense': ['USA'], 'secretary of the treasury': ['USA'],
  chancellor: ['DEU', 'AUT', 'GBR'], premier: ['CHN', 'CAN', 'AUS'], 'state councilor': ['CHN'], 'chief cabinet secretary': ['JPN'],
  'external affairs minister': ['IND'], taoiseach: ['IRL'], tanaiste: ['IRL'],
};

/**
 * The office of each state's leader as news calls it alone ("the prime minister" of a British
 * story, "the president" of an American one): a person a text is about whom it never gives an
 * office takes that bare office only when it is their state's.
 */
export const LEADER_OFFICE_OF_STATE: Record<string, string> = {
  GBR: 'prime minister', CAN: 'prime minister', AUS: 'prime minister', NZL: 'prime minister', IND: 'prime minister',
  JPN: 'prime minister', ISR: 'prime minister', ITA: 'prime minister', PAK: 'prime minister', NLD: 'prime minister',
  BEL: 'prime minister', SWE: 'prime minister', NOR: 'prime minister', DNK: 'prime minister', GRC: 'prime minister',
  THA: 'prime minister', MYS: 'prime minister', SGP: 'prime minister', HUN: 'prime minister', BGD: 'prime minister',
  USA: 'president', FRA: 'president', RUS: 'president', CHN: 'president', UKR: 'president', KOR: 'president',
  BRA: 'president', ARG: 'president', MEX: 'president', IDN: 'president', TUR: 'president', ZAF: 'president',
  IRN: 'president', EGY: 'president', PHL: 'president', NGA: 'president', KEN: 'president', CHL: 'president', COL: 'president',
};

/** Offices of an opposition's shadow cabinet ("shadow foreign secretary"): the Westminster-style states. */
export const SHADOW_STATES: string[] = ['GBR', 'AUS', 'NZL', 'CAN'];
