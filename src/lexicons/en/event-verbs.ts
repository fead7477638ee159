// Event triggers: the words that report a political event, with its PLOVER type, mode, CAMEO root
// code and quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict). Patterns are regular-expression sources matched case-insensitively at word
// boundaries over one sentence; extend the table, not the matcher.

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'DEMAND' | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

/** What each event type is like, read by the annotator instead of lists of type names. */
export interface EventTypeTraits {
  /** Its participants have a direction: who asks, accuses, attacks (source) — and whom (target). */
  directional: boolean;
  /** An act a minister announces for a state: who announces it is its source ("Germany expelled …, X said"). */
  announced: boolean;
  /** A place near it is where it happened (a request or a praise has no place worth naming); with modes, only for triggers of those modes (an invitation's place, a signing's). */
  placed: boolean | string[];
  /** Happens where the reported occasion happens, a meeting or what is done at one (not a missile test hours before). */
  meeting: boolean;
  /** Is the gathering itself (not what is done at one): the occasion a document dates first, and what speakers appearing together hold. */
  gathering?: boolean;
  /** Done to the envoys it names, wherever they stand: an expelled or recalled ambassador is its target, never its source. */
  envoyTarget?: boolean;
  /** Nature can do it too ("the earthquakes that struck …"): then no party did it. */
  natural?: boolean;
  /** A date after an absorbing trigger of the type is the date of what it takes ("agreed to meet in August": the meeting's). */
  datesWhatFollows?: boolean;
  /** Lasts from when it began: "since" a date after it says when ("detained since 2019"). */
  lasting?: boolean;
}

const T = (directional: boolean, announced: boolean, placed: boolean | string[], meeting: boolean, more: Partial<EventTypeTraits> = {}): EventTypeTraits => ({ directional, announced, placed, meeting, ...more });

/** One row per PLOVER type: directional, announced, placed, meeting, and the rarer traits by name. */
export const EVENT_TYPES: Record<PloverType, EventTypeTraits> = {
  AGREE: T(false, false, ['sign'], true, { datesWhatFollows: true }),
  CONSULT: T(false, false, true, true, { gathering: true }),
  SUPPORT: T(true, false, false, false),
  CONCEDE: T(true, true, false, false),
  COOPERATE: T(false, false, true, true),
  AID: T(true, true, true, false),
  RETREAT: T(true, true, true, false),
  REQUEST: T(true, false, ['invite'], false),
  DEMAND: T(true, false, false, false),
  ACCUSE: T(true, false, false, false),
  REJECT: T(true, false, false, false),
  THREATEN: T(true, false, false, false),
  PROTEST: T(true, true, true, false),
  SANCTION: T(true, true, false, false, { envoyTarget: true }),
  MOBILIZE: T(true, false, true, false),
  COERCE: T(true, false, true, false, { lasting: true }),
  ASSAULT: T(true, false, true, false, { natural: true }),
};

/** The traits of a type named in the lexicon (an unknown one: none of them). */
export function traitsOf(type: string): EventTypeTraits {
  return EVENT_TYPES[type as PloverType] ?? T(false, false, false, false);
}

/** Is a trigger of this type and mode placed by a place near it? */
export function placedMode(type: string, mode: string | null): boolean {
  const placed = traitsOf(type).placed;
  return Array.isArray(placed) ? !!mode && placed.includes(mode) : placed;
}

/** The event two or more speakers of different states hold by appearing together in one transcript. */
export const JOINT_APPEARANCE = { type: 'CONSULT', mode: 'meeting', cameo: '043', quadClass: 1, label: 'met' } as const;

export interface EventTrigger {
  pattern: string;
  type: PloverType;
  mode: string | null;
  cameo: string;
  quadClass: 1 | 2 | 3 | 4;
  /** Words for the one-line summary ("held talks", "signed an agreement"). */
  label: string;
  /** A noun ("talks", "visit"): its tense and modality are read after it too ("…, which will be held"). */
  noun?: boolean;
  /** What follows belongs to this trigger ("agreed to resume talks" is one agreement, not talks). */
  absorbs?: boolean;
  /** Reports something announced rather than done ("an invitation to visit"). */
  planned?: boolean;
  /** What follows is a topic, not a party ("discussed Ukraine and Syria"): participants come before. */
  subjectOnly?: boolean;
  /** Names a known happening ("Russia's invasion of Ukraine"): it takes only a date of its own, never the occasion's. */
  reference?: boolean;
  /** Names the act told just before ("… will recognise Palestine. The decision was announced by X on Wednesday"): it takes that act's type. */
  anaphoric?: boolean;
}

/** Who a leader meets or speaks to, by title ("spoke to Prime Minister X", "meet his counterpart"). */
const ADDRESSEE = String.raw`(?:(?:his|her|their|the) )?(?:\w+ )?(?:counterpart|president|prime minister|foreign minister|minister|leader|king|queen|chancellor|secretary|premier)`;

/** Words between "held the" and a meeting noun that is the meeting's name ("the sixth Australia-China Foreign and Strategic Dialogue"). */
const NAMED = String.raw`(?:(?!(?:that|which|who|view|position|presidency|office|responsibility)\b)[\w'’"“”()+-]+ ){0,9}?`;

const V = (pattern: string, type: PloverType, mode: string | null, cameo: string, quadClass: 1 | 2 | 3 | 4, label: string, extra: Partial<EventTrigger> = {}): EventTrigger => ({
  pattern, type, mode, cameo, quadClass, label, ...extra,
});

/** Adjectives allowed between an article and a meeting noun ("constructive, substantive and fruitful talks"). */
const ADJ = String.raw`(?:[\w-]+(?:,| and)? ){0,5}`;

/** Titles of those a state expels or recalls (matched on a person's role): they are the act's target, never its source. */
export const ENVOY_TITLE = String.raw`\b(?:ambassador|envoy|high commissioner|charg[eé] d['’]affaires|consul|diplomat|attach[eé])`;

/** Who a state expels or recalls: its envoys and diplomats. */
const ENVOYS = String.raw`(?:diplomats?|ambassadors?|envoys?|staff|officials|agents|attach[eé]s?|high commissioners?|consuls?(?: general)?|charg[eé]s? d['’]affaires)`;

/** Nouns that brand someone a wrongdoer ("called him a promoter of terrorism", "branded the regime a pariah"). */
const VILIFY = String.raw`(?:terroris[mt]s?|terrorist|liars?|criminals?|murderers?|dictators?|aggressors?|butchers?|thugs?|fascists?|nazis?|puppets?|hypocrites?|warmongers?|extremists?|killers?|pariahs?|war criminals?|enem(?:y|ies))`;

/** What a state joins: alliances and blocs (matched lower case). */
const BLOCS = String.raw`(?:nato|the (?:european union|eu|alliance|bloc|united nations|african union|commonwealth|world trade organi[sz]ation|wto)|the [\w-]+ (?:alliance|bloc|union)|asean|brics|the eu|opec)`;

/** Words of a war or an aggression named as a known happening ("Russia's brutal war against Ukraine"). */
const WAR_ADJ = String.raw`(?:(?:brutal|unlawful|illegal|unprovoked|unjustified|full-scale|ongoing|premeditated|aggressive|military|horrific|criminal|senseless|and),? ){0,4}`;

/** Acts that official readouts, remarks and joint statements report in passing (kept apart so the table above stays as it was). */
const STATEMENT_ACTS: EventTrigger[] = [
  // commitments and resolve: "both leaders committed to working together", "affirmed their resolve to continue supporting"
  V(String.raw`(?:re)?commit(?:s|ted)(?<!\b(?:is|are|am|be|been|being|remains?|remained|stays?|stayed|was|were|fully|deeply|firmly|strongly) (?:re)?commit(?:s|ted)) (?:themselves |itself |ourselves )?to(?! (?:memory|paper)\b)|pledged to|(?:re)?affirm(?:s|ed)? (?:their|its|his|her|our|the|a) (?:\w+ )?(?:resolve|commitment|determination|vision)|confirmed (?:the|their) continuation of`, 'AGREE', 'commit', '03', 1, 'committed', { absorbs: true, subjectOnly: true }),
  // concern voiced about another's conduct: "expressed concern about X's dangerous behavior" (CAMEO 111 Criticize)
  V(String.raw`(?:expressed|expresses|express|voiced|voices|voice) (?:their |its |his |her |our )?(?:\w+ )?(?:concerns?|alarm|dismay) (?:about|over|at|regarding|with)`, 'ACCUSE', 'concern', '111', 3, 'expressed concern'),
  // aid decided, sent or named: "decided to offer … $2 million of support", "sent medicines and other relief material to", "humanitarian support for"
  V(String.raw`(?:offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|donat(?:e|es|ed|ing)) (?:[\w$.,'’-]+ ){0,6}?(?:aid|assistance|relief(?: material| supplies)?|medicines?|medical supplies|scholarships|awards(?= to)|grants|fellowships|funding|consignments? of (?:\w+ ){0,2}(?:aid|medicines?|supplies|relief)|(?:of|in) (?:\w+ )?support)`, 'AID', null, '07', 2, 'provided aid'),
  V(String.raw`humanitarian (?:support|aid|assistance) (?:for|to)`, 'AID', null, '07', 2, 'aid', { noun: true }),
  // sanctions named in passing: "banned oil and coal imports from X", "sanctions against X", "removed X from the Council"
  V(String.raw`ban(?:s|ned|ning)? (?:[\w-]+ (?:and |or )?){0,5}?(?:imports|exports|purchases|sales) (?:from|of|to)`, 'SANCTION', 'embargo', '163', 4, 'banned imports'),
  V(String.raw`(?:un|eu|autonomous|international|unilateral|multilateral|targeted|security council) sanctions (?:against|on)(?= [\w'’-]+)`, 'SANCTION', null, '163', 4, 'sanctions', { noun: true, reference: true }),
  // a war, an aggression or killings named as a known happening: "X's brutal war against Y", "the killings of civilians in Z"
  V(String.raw`${WAR_ADJ}(?:war|aggression)(?<=['’]s ${WAR_ADJ}(?:war|aggression))(?! (?:of words|crimes?|criminals?|chest)\b)|${WAR_ADJ}(?:war|aggression) (?:against|on)(?! (?:terror|terrorism|drugs|poverty|crime|want|disinformation)\b)`, 'ASSAULT', 'war', '19', 4, 'war', { noun: true, reference: true }),
  V(String.raw`(?:killings?|massacres?|slaughter) of (?:[\w-]+ ){0,2}(?:civilians|people|children|women|men|residents|villagers|protesters|refugees)|(?:tragic |deadly |horrific |brutal |indiscriminate )?shelling (?:of|in|on)(?= )|(?:horrific|brutal|deadly|indiscriminate|vicious) assault`, 'ASSAULT', null, '19', 4, 'attacked', { noun: true }),
  // cooperation planned or begun on a named programme: "plans to pursue a … cooperative development program"
  V(String.raw`(?:pursue|pursues|pursued|pursuing|launch|launches|launched|launching|establish|establishes|established|begin|begins|began|start|starts|started|develop|develops|developed|undertake|undertook) (?:an? |the |new |their |its )?(?:[\w-]+ ){0,4}?(?:cooperative|joint|collaborative|co-development) (?:[\w-]+ ){0,2}?(?:program(?:me)?s?|projects?|initiatives?|research|development)`, 'COOPERATE', 'joint', '06', 2, 'cooperated'),
  // a strategy or plan launched or endorsed: "the Forum leaders launched the 2050 Strategy", "where we will endorse the plan"
  V(String.raw`(?:launch(?:ed|es)?|unveil(?:ed|s)?|endorse) (?:the|a|an|their|its|our|a new) (?:[\w-]+ ){0,6}?(?:strategy|plan|framework|agenda|roadmap|road map|vision|declaration)`, 'AGREE', 'adopt', '03', 1, 'adopted'),
  // talks between two parties named as under way: "the ongoing discussions between A and B"
  // (and held with someone: "in my discussions with the Prime Minister yesterday")
  V(String.raw`discussions (?:between|with)`, 'CONSULT', 'meeting', '043', 1, 'talks', { noun: true }),
  // an appeal in remarks: "I strongly encourage the U.S. to engage at the highest level" (not "encouraged by")
  V(String.raw`(?:strongly |also |further )?encourag(?:e|es|ed)(?! (?:by|that|to see)\b)`, 'REQUEST', null, '02', 1, 'encouraged', { absorbs: true }),
  // money a government puts into a region's projects: "we intend to invest more than $11 million in …"
  V(String.raw`invest(?:s|ed|ing)? (?:(?:more than|over|nearly|almost|about|around|up to|some|an additional|another) )?(?:US|A|NZ|C)?[$€£¥][\d.,]+ ?(?:million|billion|bn|m)? (?:in|into|to)\b`, 'AID', 'funding', '07', 2, 'invested'),
  // exchanges of students and scholars: "we will double the number of academic exchanges"
  // (a rise in exchanges told as a trend is no act: "a rise in trade and people-to-people exchanges")
  V(String.raw`(?:double|doubles|doubled|doubling|triple|expand|expands|expanded|expanding|increase|increases|increased|launch|launches|launched|establish|established|resume|resumed|boost|boosted) (?:(?:the number of|the|our|their|its|more|new|further) ){0,3}(?:academic|educational|education|student|cultural|people-to-people|scientific|youth|university) exchanges?`, 'COOPERATE', 'exchange', '06', 2, 'exchanges'),
  // an act told just before, done again for another party: "… signed an agreement with A. Aiming to do the same for B."
  V(String.raw`(?:do|does|did|doing|done) (?:the same|likewise)(?! (?:thing|way|as)\b)|follow(?:s|ed|ing)? suit`, 'AGREE', 'again', '03', 1, 'did the same', { anaphoric: true }),
  // relations to be established: "will establish diplomatic relations between our two nations"
  V(String.raw`(?:establish|establishes|establishing|restore|restores|restoring|normali[sz]e|normali[sz]es) (?:full )?diplomatic (?:relations|ties)`, 'COOPERATE', 'relations', '06', 2, 'established relations'),
];

/** Outcomes and reactions news stories report in passing (kept apart from the statements' acts above). */
const NEWS_ACTS: EventTrigger[] = [
  // street protests: "protesters took to the streets", "sparked protests across the region", "took part in a demonstration"
  // (what they protest is theirs: "… to protest the signing of the accord" is no signing)
  V(String.raw`protesters|protestors|(?:took|take|takes|taking) to the streets|(?:sparked|triggered|prompted|fuell?ed) (?:\w+ ){0,2}protests|protests (?:across|against|outside)(?= )|(?:took|take|takes|taking) part in (?:an? |the )?(?:\w+ )?(?:demonstrations?|protests?|rally|rallies|marches)|(?:held|staged|joined) (?:an? |the )?(?:\w+ )?(?:demonstrations?|rally|rallies|marches)`, 'PROTEST', 'demonstrate', '141', 3, 'protested', { noun: true, absorbs: true }),
  // trade barriers lowered and penalties lifted: "the halving of tariffs on whisky", "cut tariffs on", "the removal of sanctions"
  // (only the act's own words: "the removal of sanctions imposed in 2021" keeps the imposing, and its date, apart)
  V(String.raw`(?:halving|halved|halves|halve|reduction|reduced|reduces|reduce|cut|cuts|cutting|lowering|lowered|lowers|lower|removal|removed|removes|remove|scrapping|scrapped|scraps|scrap|easing|lifting|waiving|waived|waiver)(?: (?:of|in|on))?(?= (?:the |its |their )?(?:[\w-]+ )?(?:tariffs|import (?:taxes|duties)|customs duties|visa requirements?|sanctions (?:on|against))\b)`, 'CONCEDE', 'ease', '081', 2, 'eased restrictions'),
  // support voiced: "the action was lauded by Washington", "Kyiv has the 'full support' of European leaders, according to X"
  V(String.raw`(?:lauded|lauds|applauded|applauds|welcomed (?:the|this|their|its) (?:[\w-]+ ){0,2}(?:accords?|agreements?|deal|decision|pact|treaty|move|step))|(?:has|have|had|enjoys?|enjoyed|retains?|retained) (?:the |their |its )?["“]?(?:full|strong|unwavering|steadfast|firm|total|continued|unconditional|solid) support["”]? (?:of|from)`, 'SUPPORT', null, '051', 1, 'praised'),
  // one state's act angering another: "the minister's remarks on the strait angered Beijing" (the angered one disapproves)
  V(String.raw`(?:angered|angering|angers|infuriated|infuriating|infuriates|enraged|outraged|incensed|irked|riled)`, 'ACCUSE', 'disapprove', '11', 3, 'angered'),
  // a state named a threat or a meddler: "warned that Xian agents posed a daily threat", "described it as an attempt by X to interfere"
  V(String.raw`warn(?:ed|ing|s)? (?:\w+ )?that [^.;:"“]{0,80}?\b(?:pose[sd]?|posing|present(?:ed|s|ing)?|represent(?:ed|s|ing)?) an? (?:[\w-]+ ){0,4}threat|(?:called|calls|branded|brands|described|describes|labell?ed) [^.;:]{0,60}?(?:an? |the )["“]?[^.;"”]{0,50}?\b(?:attempts?|efforts?|bids?|plots?|campaigns?) (?:by [\w'’ -]{1,40} )?to (?:interfere|meddle|undermine|destabili[sz]e|subvert|intimidate)|(?:issu(?:ed|es|e|ing)|sent|sends|send|sending) an? (?:\w+ )?(?:alert|warning)s? (?:to [\w ]{1,30} )?(?:(?:before|after|in) [\w ]{1,20} )?(?:over|about|on) (?:[\w-]+ ){0,2}(?:spying|espionage|interference|meddling|hacking|cyber-?attacks?|aggression|subversion)`, 'ACCUSE', null, '112', 3, 'accused'),
  // a deal opened up, still to be made: "the accord paves the way to an arms deal between A and B"
  V(String.raw`(?:paves?|paved|paving|opens?|opened|opening|clears?|cleared|clearing) the (?:way|path|door) (?:to|for) (?:an? |the )?['‘"“]?(?:[\w-]+['’"”]? ){0,3}(?:deal|agreement|accord|sale|sales|treaty)`, 'AGREE', 'deal', '03', 1, 'paved the way to a deal', { planned: true }),
  // goods offered for something in return: "wanted Ukraine to supply the U.S. with minerals in return for support"
  V(String.raw`(?:wants?|wanted|offer(?:s|ed)?|propos(?:es|ed)|is ready|was ready) (?:[\w.'’-]+ ){0,3}?to (?:supply|provide|give|sell|share|export) (?:[\w.'’-]+ ){0,10}?in (?:return|exchange) for`, 'AGREE', 'offer', '031', 1, 'offered'),
  // a threat of force on a condition: "if X did not accept, Russia would accomplish its objectives militarily"
  V(String.raw`(?:if|unless) [^.;]{0,120}?\b(?:would|will|could) (?:\w+ ){0,2}(?:accomplish|achieve|attain|fulfil|fulfill|secure|reach) (?:its|their|his|her|all(?: of)?(?: its| their)?|the) (?:[\w-]+ )?(?:objectives|goals|aims) (?:militarily|by (?:military )?force|by military means|on the battlefield)`, 'THREATEN', null, '138', 3, 'threatened force'),
  // deals struck or won: "has done a trade deal with India", "secured £2bn in export deals"
  V(String.raw`(?:done|struck|strikes|strike|sealed|seals|seal|clinched|clinches|clinch|reached|reaches|reach|concluded|concludes|conclude|inked) an? (?:[\w-]+ ){0,2}(?:deal|agreement|accord|pact)(?: with)?|secur(?:ed|es|e|ing) (?:[£$€¥]?[\w.,-]+ ){0,3}(?:in |of |worth of )?(?:[\w-]+ )?(?:deals|contracts|agreements)`, 'AGREE', 'deal', '057', 1, 'struck a deal'),
];

export const EVENT_TRIGGERS: EventTrigger[] = [
  // CONSULT — meetings, calls, visits (CAMEO 04 Consult)
  V(String.raw`(?:spoke|speaks|talked|talks|spoken|conferred) (?:on|by|over) (?:the )?(?:tele)?phone|(?:held|had) (?:a |an? \w+ )?(?:tele)?phone (?:call|conversation|talks)|(?:video ?conference|video call|videoconference|virtual (?:meeting|summit|talks))|(?:tele)?phone (?:call|conversation|talks)|telephone conversation|held a (?:tele)?phone`, 'CONSULT', 'phone', '042', 1, 'spoke by phone'),
  V(String.raw`(?:held|hold|holds|holding|had|have) ${ADJ}(?:talks|negotiations|consultations|a meeting|meetings|a summit|discussions)`, 'CONSULT', 'meeting', '043', 1, 'held talks'),
  // a meeting held under its own name: "held the second Japan-Philippines Foreign and Defense Ministerial Meeting"
  V(String.raw`(?:held|hold|holds|holding|convened|co-chaired|chaired) (?:the|a|an|its|their) ${NAMED}(?:meeting|summit(?: meeting)?|dialogue|talks|consultations|negotiations|conference)`, 'CONSULT', 'meeting', '043', 1, 'held a meeting'),
  V(String.raw`(?:met(?<!\b(?:be|been|being|is|are|was|were) met)(?! with (?:an? |the )?(?:[\w-]+ )?(?:response|reaction|resistance|criticism|protests?|silence|scepticism|skepticism|opposition|derision|condemnation|countermeasures?|retaliation)\b)|meets|meet(?= (?:virtually |in person |by video )?with| (?:(?:his|her|their|the) )?(?:\w+ ){0,2}(?:counterpart|president|prime minister|foreign minister|minister|leader|king|queen|chancellor|secretary|premier)))`, 'CONSULT', 'meeting', '043', 1, 'met'),
  V(String.raw`(?:hosted|hosts|host(?= (?:all of )?(?:you|them|us|him|her|the|president|prime minister|leaders)\b))|welcomed (?:[\w.,-]+ ){1,12}?to (?:the )?(?:white house|kremlin|elys[ée]e|blue house|[\w-]+ (?:palace|house))`, 'CONSULT', 'meeting', '043', 1, 'hosted'),
  // a guest received by a host: "was received by President X", "to be received in the Oval Office"
  V(String.raw`received (?:by (?:the )?(?:president|prime minister|king|queen|emperor|chancellor|premier|pope|crown prince|secretary|foreign minister|minister)|in the oval office|at the (?:white house|kremlin|elys[ée]e|blue house))`, 'CONSULT', 'meeting', '042', 1, 'was received'),
  V(String.raw`(?:spoke|speaks|speak|talked|talk)(?: (?:today|yesterday|again|separately|by phone|directly)){0,2} with|(?:spoke|speaks|talked) to(?= ${ADDRESSEE})|(?:paid|received|receives|pays) an? courtesy call|courtesy call`, 'CONSULT', null, '040', 1, 'spoke with'),
  // ("had a good and solid conversation with President X last night")
  V(String.raw`(?:had|held|has|have) (?:a |an )?${ADJ}conversations? with|(?:conversations?|talks|calls?) (?:that )?(?:i|we|he|she|they) (?:had|held) with`, 'CONSULT', null, '040', 1, 'had a conversation with'),
  // time spent with someone: "I spent some time with him in Jerusalem this morning"
  V(String.raw`(?:spend|spends|spent|spending) (?:(?:some|a little|a lot of|a good deal of|much|more|quality|valuable|an|two|three|several) )?(?:time|hours?|minutes|the (?:morning|afternoon|evening|day)) with`, 'CONSULT', 'meeting', '043', 1, 'spent time with'),
  // a meeting looked forward to: "I look forward to seeing you in Tokyo"; a host's parting invitation, "Next time in Moscow"
  V(String.raw`next time in(?= [a-z])`, 'CONSULT', 'meeting', '043', 1, 'next meeting', { planned: true }),
  V(String.raw`(?:look(?:s|ing|ed)? forward to|hope to|hopes to|expect to) (?:seeing|meeting|welcoming|hosting) (?:you|him|her|them)`, 'CONSULT', 'meeting', '043', 1, 'looked forward to meeting', { planned: true }),
  V(String.raw`(?:summit(?: talks| meeting)?)`, 'CONSULT', 'summit', '043', 1, 'summit', { noun: true }),
  // ("recalled the ambassador to Paris for consultations" is the recall, no meeting)
  V(String.raw`(?:talks|meetings?|dialogue|negotiations|consultations(?<!\brecall(?:s|ed|ing)?\b[^.;]{0,100}\bfor consultations)|gatherings?(?! (?:of )?(?:evidence|intelligence|information|data|support|momentum|pace|dust|storm|clouds|place|places)\b))`, 'CONSULT', 'meeting', '043', 1, 'talks', { noun: true }),
  V(String.raw`(?:discussed|exchanged views|exchanged opinions|conferred(?= with)|had an? (?:\w+ )?exchange of (?:views|ideas|opinions)|spoke at length)`, 'CONSULT', null, '040', 1, 'discussed', { subjectOnly: true }),
  // ("need a visa to visit China": a traveller's paperwork, no visit)
  V(String.raw`(?:visited|visiting|visits|visit(?<!\bvisas? (?:to|for) visit)|paid an? (?:\w+ )?visit|trip to)`, 'CONSULT', 'visit', '042', 1, 'visit', { noun: true }),
  V(String.raw`(?:travel(?:s|led|ed|ling|ing)?|flew|flies|fly)(?: on)? to`, 'CONSULT', 'visit', '042', 1, 'travelled to'),
  V(String.raw`(?:(?:took|take|takes|taking) (?:an? \w+ )?part in|attended|participated in)`, 'CONSULT', 'multilateral', '043', 1, 'took part in'),
  V(String.raw`(?:forum|ceremony)`, 'CONSULT', 'ceremony', '043', 1, 'attended', { noun: true }),
  // the announcement of an act told in the sentence before: its type is that act's (see `anaphoric`)
  V(String.raw`(?:the|this|that|its|their) decision (?:was|were|has been|had been) (?:formally |officially )?announced|announced (?:the|this|its|their) decision(?! to)`, 'AGREE', 'announce', '03', 1, 'announced the decision', { anaphoric: true }),
  // REQUEST — invitations, appeals (CAMEO 02 Appeal)
  V(String.raw`(?:invitation (?:from [^.;]{0,80}?)?to|invited)`, 'REQUEST', 'invite', '036', 1, 'invited', { planned: true, absorbs: true }),
  V(String.raw`(?:asked for|called for|urged|appealed (?:for|to)|requested)`, 'REQUEST', null, '02', 1, 'asked for', { absorbs: true }),
  // AGREE — agreements reached or signed (CAMEO 03 Intend to cooperate / 057 Sign formal agreement)
  V(String.raw`(?:signed|signs|inked)`, 'AGREE', 'sign', '057', 1, 'signed'),
  V(String.raw`signing (?:ceremony )?of`, 'AGREE', 'sign', '057', 1, 'signing', { noun: true }),
  V(String.raw`(?:elevated|upgraded) (?:\w+ ){0,3}(?:relations|ties|partnership)`, 'AGREE', null, '03', 1, 'elevated relations'),
  V(String.raw`adopted (?:\w+ ){0,4}(?:statement|declaration|principles|agreement|resolution|communiqu[eé]|action plan|roadmap)`, 'AGREE', null, '03', 1, 'adopted'),
  V(String.raw`(?:agreed|agree|agrees|concurred|reached an? (?:\w+ )?(?:agreement|deal|consensus)|concluded an? (?:\w+ )?(?:agreement|deal|treaty|accord))`, 'AGREE', null, '03', 1, 'agreed', { absorbs: true, subjectOnly: true }),
  // SUPPORT — praise and endorsement (CAMEO 05 Engage in diplomatic cooperation)
  V(String.raw`(?:praised|commended|hailed|endorsed|expressed (?:its |their |his |her )?support|congratulated)`, 'SUPPORT', null, '051', 1, 'praised'),
  // COOPERATE — material cooperation (CAMEO 06)
  V(String.raw`(?:held|hold|holds|holding|conducted|conduct|conducts|staged|stage|began|launched|launch) (?:\w+ ){0,2}joint (?:\w+ )?(?:exercises|drills|patrols|operations?)`, 'COOPERATE', 'joint', '06', 2, 'cooperated'),
  V(String.raw`(?:established|restored|re-established|resumed|normali[sz]ed) (?:full )?(?:diplomatic )?(?:relations|ties)`, 'COOPERATE', 'relations', '06', 2, 'established relations'),
  V(String.raw`(?:establishment|restoration|re-establishment|normali[sz]ation) of (?:full )?(?:diplomatic )?(?:relations|ties)`, 'COOPERATE', 'relations', '06', 2, 'established relations', { noun: true }),
  // joining an alliance: "became the 31st member of NATO", "handed the instrument of accession"
  V(String.raw`became (?:the |a )?(?:[\w-]+ )?(?:full )?members? of|(?:handed|deposited|presented) (?:over )?(?:[\w'’-]+ ){0,3}instruments? of (?:accession|ratification)|(?:joined|joins|join|joining) ${BLOCS}|accession to ${BLOCS}`, 'COOPERATE', 'join', '06', 2, 'joined'),
  // recognising a state: "recognised the State of Palestine", "recognize each other", "recognition of Kosovo's independence"
  V(String.raw`recogni[sz](?:e|es|ed|ing) (?:the (?:state|republic) of|each other|[\w'’-]+ (?:independence|sovereignty)|the independence of|(?:the )?(?:[\w-]+ ){1,4}as an? (?:(?:independent|sovereign|and),? ){0,3}state)|recognition of (?:the (?:state|republic) of|[\w'’-]+ (?:as an? (?:independent |sovereign )?state|independence|statehood))`, 'COOPERATE', 'recognition', '06', 2, 'recognised'),
  // AID (CAMEO 07 Provide aid)
  V(String.raw`(?:provided|delivered|sent|pledged|donated) (?:\w+ ){0,3}(?:aid|assistance|humanitarian supplies)`, 'AID', null, '07', 2, 'provided aid'),
  // CONCEDE and RETREAT (CAMEO 08 Yield)
  V(String.raw`(?:released|freed) (?:\w+ ){0,2}(?:prisoners|detainees|hostages)|(?:lifted|eased) (?:the |its )?(?:sanctions|embargo|restrictions)`, 'CONCEDE', null, '08', 2, 'conceded'),
  V(String.raw`(?:withdrew|pulled out|pulled back) (?:\w+ ){0,2}(?:troops|forces|soldiers|units)|(?:withdrew|retreated) from`, 'RETREAT', null, '087', 2, 'withdrew'),
  // DEMAND (CAMEO 10): what follows is what is demanded
  V(String.raw`(?:demanded|demanding|demands? that|insist(?:s|ed)? (?:that|on)|(?:issued|delivered|set) an? (?:\w+ )?ultimatum)`, 'DEMAND', null, '10', 3, 'demanded', { absorbs: true }),
  // conditions stated as such, in reported speech and quotations: "all its conditions must be met", "cannot be
  // achieved otherwise than through …", "it is essential that …", "will keep its demands unchanged", "set out his terms"
  V(String.raw`(?:conditions|demands|terms|requirements) (?:must|have to|need to|should) be (?:met|fulfilled|accepted|satisfied|implemented|respected)|(?:cannot|can ?not|can['’]t|will not|won['’]t) be (?:achieved|reached|resolved|settled) (?:otherwise than|other than|except)|(?:it )?(?:will|would) not be possible to (?:reach|achieve|conclude|sign) (?:an? |any )?(?:agreement|settlement|deal|peace)|it is (?:important|essential|necessary|imperative|vital) that|(?:will )?(?:keep|keeps|kept|maintain|maintains|maintained|reiterated|restated|repeated) (?:its|their|his|her|our|these|those|the same) (?:\w+ )?(?:demands?|conditions|terms)|(?:set|sets|laid|lays) out (?:its|their|his|her|our) (?:\w+ )?(?:terms|conditions|demands)`, 'DEMAND', null, '10', 3, 'set conditions', { absorbs: true }),
  // ACCUSE, REJECT, THREATEN (CAMEO 11, 12, 13)
  V(String.raw`(?:called|calls|branded|brands|labell?ed|described) [^.;:]{0,60}?["“]?(?:an? |the )[^.;"”]{0,50}?\b${VILIFY}`, 'ACCUSE', null, '11', 3, 'branded'),
  // a finding that a state did it: "X has concluded that the Government of Iran directed at least two attacks"
  V(String.raw`(?:concluded|determined|established|found|assessed|confirmed) that (?:[\w'’-]+ ){1,6}(?:directed|orchestrated|ordered|sponsored|was behind|were behind|carried out|perpetrated) (?:[\w-]+ ){0,4}(?:attacks?|assassinations?|plots?|bombings?|strikes?|killings?|murders?|cyber-?attacks?|hacking|sabotage)`, 'ACCUSE', null, '112', 3, 'accused'),
  V(String.raw`(?:accus(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|blamed|blaming|deplor(?:e|es|ed|ing))`, 'ACCUSE', null, '11', 3, 'accused'),
  V(String.raw`(?:reject(?:s|ed|ing)?|refused|(?:turned|turning|turns) down|rebuff(?:s|ed|ing)?|(?:has|have|had) no (?:interest|intention) (?:in|of)|veto(?:es|ed)|(?:firmly |strongly |resolutely )?oppose[sd](?! to\b))`, 'REJECT', null, '12', 3, 'rejected'),
  V(String.raw`(?:threaten(?:s|ed)?|warned of (?:\w+ ){0,3}(?:consequences|retaliation|countermeasures|response))`, 'THREATEN', null, '13', 3, 'threatened'),
  // PROTEST (CAMEO 14), SANCTION (CAMEO 16 Reduce relations)
  V(String.raw`(?:protested|lodged an? (?:\w+ )?protest|summon(?:s|ed)? (?:the |its |their )?(?:\w+ ){0,3}(?:ambassador|envoy|charg[eé] d'affaires|diplomats?|high commissioner)|staged an? (?:\w+ )?(?:protest|demonstration|rally)|demonstrators)`, 'PROTEST', null, '14', 3, 'protested'),
  V(String.raw`(?:imposed|imposes|impose|imposing|announced|announces|slapped) (?:[\w-]+ ){0,2}sanctions|new sanctions|sanctions (?:were |have been |had been |was )?imposed`, 'SANCTION', null, '163', 4, 'imposed sanctions'),
  V(String.raw`(?:expel(?:s|led|ling)?|expulsions? of|ordered (?:the )?expulsion of) (?:[\w'’-]+ ){0,4}${ENVOYS}|(?:ordered|ordering|orders|instructed) (?:[\w'’-]+ ){0,4}${ENVOYS}\b[^.;:]{0,120}? to leave|declar(?:ed|es|e|ing) (?:[^.;:]|\b(?:mr|mrs|ms|dr)\.){0,100}?["“]?persona non grata`, 'SANCTION', 'expel', '166', 4, 'expelled'),
  V(String.raw`(?:broke|breaks|break|breaking|cut|cuts|cutting)(?: off)? (?:all |its |their )?(?:so-called )?["“]?(?:[\w-]+ )?(?:relations|ties)|(?:severed|severs|sever|severing) (?:all |its |their )?(?:so-called )?["“]?(?:[\w-]+ )?(?:relations|ties)|suspended (?:\w+ )?(?:relations|ties|talks)|recall(?:s|ed|ing)? (?:its |their |the )?(?:\w+ ){0,2}(?:ambassador|envoy|high commissioner)`, 'SANCTION', 'relations', '161', 4, 'severed relations'),
  // MOBILIZE — weapons tests and force posture (CAMEO 15 Exhibit force posture)
  V(String.raw`(?:tested|test-fired|test-launched|launched|launches|fired) (?:an? |its |two |three |several )?(?:[\w-]+ ){0,3}(?:missiles?|rockets?|nuclear device|warheads?)|(?:nuclear|missile|weapons?) tests?|(?:missile|rocket) launch(?:es)?|launch(?:es)? of (?:an? |its |two |three |several )?(?:[\w-]+ ){0,3}(?:missiles?|rockets?)|test-launch(?:es)? of (?:\w+ ){0,2}missiles|(?:mobilized|mobilised|deployed) (?:\w+ ){0,2}(?:troops|forces|reservists)`, 'MOBILIZE', 'test', '15', 4, 'tested weapons'),
  // COERCE (CAMEO 17) and ASSAULT (CAMEO 18/19)
  V(String.raw`(?:arrested|detained|seized|blockaded|imposed (?:a )?curfew)`, 'COERCE', null, '17', 4, 'coerced'),
  V(String.raw`(?:(?:full-scale |large-scale |military )?invasion of|(?:full-scale |large-scale )invasion)`, 'ASSAULT', null, '19', 4, 'invasion', { noun: true, reference: true }),
  V(String.raw`(?:attacked|bombed|shelled|invaded|struck(?! an? (?:\w+ )?(?:deal|agreement|accord|balance|note|tone|chord))|fired (?:[\w-]+ ){0,3}(?:missiles?|rockets?|shells|mortars|drones) (?:at|into|on|towards?)|carried out (?:\w+ ){0,2}(?:strikes?|airstrikes?|attacks?)|launched (?:an? )?(?:\w+ ){0,3}(?:attack|offensive|strikes?|airstrikes?|assault)|(?:missile|drone|rocket|air) (?:attacks?|strikes?)|airstrikes?)`, 'ASSAULT', null, '19', 4, 'attacked'),
  ...STATEMENT_ACTS,
  ...NEWS_ACTS,
];
