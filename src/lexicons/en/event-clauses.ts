// Words that open and join clauses, read to tell which clause a date and a trigger belong to
// (src/annotate/events/clauses.ts). Regular-expression sources, matched case-insensitively.

/** After a comma, joins two main clauses: they share the sentence's lead date ("On Monday, X met Y, and they signed …"). */
export const CLAUSE_COORDINATORS = String.raw`and|but|or|while|whereas`;

/**
 * Open a subordinate clause, which runs to the next comma: its dates are its own ("since the start
 * of the war on 24 February", "who arrived on Monday", "after Russia invaded Ukraine").
 */
export const CLAUSE_SUBORDINATORS = String.raw`after|before|since|until|till|when|whenever|once|because|although|though|which|who|whom|whose|where`;

/** Words before "after"/"before" that belong to the opener ("months after", "just hours before"). */
export const OPENER_PREFIX = String.raw`(?:(?:(?:just|only)\s+)?(?:(?:a few|several|some|two|three|four|five|six|\d+)\s+)?(?:hours|minutes|days|weeks|months|years|decades)|shortly|soon|immediately|right|just)\s+$`;

/** A subordinate clause with this opener tells of something earlier, whatever it names ("since the summit"). */
export const HISTORY_OPENER = String.raw`since`;

/** A verb in a clause with this opener tells of something earlier ("months after Russia invaded Ukraine"). */
export const HISTORY_VERB_OPENER = String.raw`(?:.*\s)?(?:after|before|until|till)`;

/** …unless the opener puts it on the same occasion ("just hours after North Korea tested a missile"). */
export const SAME_OCCASION_OPENER = String.raw`(?:.*\s)?(?:hours|minutes|moments|shortly|soon|immediately|right)\s+(?:after|before)`;

/**
 * Before a trigger in its sentence: the act answers another ("In response, France expelled twelve
 * agents"): a counter-act, never the same happening as an act of its kind told before it.
 */
export const RESPONSE_BEFORE = String.raw`\b(?:in (?:response|retaliation|reply|return)|in (?:a )?(?:tit-for-tat|reciprocal|retaliatory) (?:move|measure|step|response)|reciprocally|retaliated by|responded by)\b`;

/**
 * A transcript's title that says its speakers appeared together ("Remarks by A and B Before Bilateral
 * Meeting", "Transcript of joint press conference with …"): the appearance is their meeting.
 */
export const JOINT_APPEARANCE_TITLE = String.raw`\b(?:joint (?:press|news|media) (?:conference|availability|briefing|remarks|statements?)|(?:press|news) (?:conference|availability|statements?) (?:by|with|of)\b.+\b(?:and|with)\b|remarks (?:by|of) .+ and .+|(?:before|after|at|during|following) (?:the |their |a |an )?(?:bilateral |trilateral |multilateral |expanded )?(?:meeting|talks|summit|consultations))`;

/**
 * Between a trigger that takes what follows ("invited", "agreed") and a later one: the later one is
 * another occasion ("invited X to visit the UK following talks in Tokyo"), not what was agreed.
 */
export const ABSORB_BREAK_WORDS = String.raw`\b(?:following|after|before|since|during)\b`;

/**
 * Between two noun triggers of one kind: the second opens a phrase of its own after the first's own
 * modifiers ("our first summit a year ago in this building and our gathering in Port Moresby"): two happenings.
 */
export const APART_NOUN_GAP = String.raw`^\s+[^.;\s]+(?:\s+[^.;\s]+)+\s+and\s+(?:our|the|a|an|their|his|her|its|my|your|this|that)\s+(?:[\w-]+\s+)?$`;

/**
 * Words right before an event noun that point back to one told before ("these talks", "that meeting",
 * "the same visit"): the mention is that happening, whatever day the document reports.
 */
export const POINTS_BACK_BEFORE = String.raw`\b(?:these|those|this|that|the same|such)\s+(?:[\w-]+\s+){0,2}$`;
