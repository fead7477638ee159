// Cue words that tell whether an event took place, is planned, did not happen, or is only a
// possibility. Read in the words before a trigger (and after a noun trigger) within its clause.

/** Right before the trigger: the event did not happen. */
// (a comma ends its reach: "was no longer welcome, accusing him …" accuses)
export const NEGATION_BEFORE = String.raw`\b(?:not|never|no|neither|nor|without|failed to|declined to|refused to|refrain(?:ed|s)? from|stopped short of|cancel(?:l?ed)|postponed|called off)\b(?:\s+[^\s,;]+){0,2}\s*$|n['’]t(?:\s+[^\s,;]+){0,2}\s*$`;

/** In the clause before the trigger: only a possibility. Matched case-sensitively ("May" is a month). */
export const HYPOTHETICAL_BEFORE = String.raw`\b(?:[Ii]f|[Uu]nless|[Ww]hether|could|might|may|can|possibility of|possible|would like to|[Ss]o that|[Ii]n order to)\b`;

/** In the clause before the trigger: announced, invited, scheduled, hoped for. */
export const PLANNED_BEFORE = String.raw`\b(?:will|shall|would|going to|plans? to|planned to|planning to|intends? to|intended to|aim(?:s|ed|ing)? to|expected to|scheduled|look(?:s|ing|ed)? forward to|hopes? to|hoped to|hoping to|ready to|set to|to be held|next|upcoming|forthcoming|future|resum(?:e|ption)|agreed to|invit\w*|proposed|suggested|(?:is|are|was|were) due to|ahead of|in the run-up to|in preparation for|preparations? for|to (?:begin|start|launch|open|hold|continue))\b|['’]ll\s`;

/** Right before a verb trigger: an infinitive ("to visit Seoul") is not something done. */
export const INFINITIVE_BEFORE = String.raw`\bto\s+$`;

/** Right after a noun trigger: "…, which will be held", "scheduled to take place". */
export const PLANNED_AFTER = String.raw`^[^.;]{0,40}?\b(?:will|would|shall|is to be|are to be|scheduled|planned|to take place|taking place|to be held)\b`;

/** Right after any trigger: a time still to come ("meets Lula next week"). */
// (not a possessive, which names another thing's time: "… angered Lima, but may help her in next week's vote")
export const FUTURE_AFTER = String.raw`^[^.;]{0,40}?\b(?:next (?:week|month|year)|in the coming (?:days|weeks|months)|later this (?:week|month|year)|tomorrow)\b(?!['’]s\b)`;

/** In the clause before a trigger: told as an earlier episode, not the day's news. */
// (and right before a noun: "briefed the President on his recent visit to Poland")
// (and what the clause's subject follows or builds on came before it: "The talks follow the summit last year and the meeting in Bali")
export const EARLIER_BEFORE = String.raw`\b(?:earlier|previously|formerly|in the past|at the time|during (?:that|those) \w+|on that (?:occasion|visit|trip|day)|(?:follows|followed|comes after|came after|builds on|built on|building on)(?!\s+by\b))\b|\b(?:his|her|their|its|the|our|my|your)\s+(?:recent|previous|earlier|last|former)\s+(?:[\w-]+\s+){0,2}$`;

/** Right before a noun trigger: a happening named as a reference point, not the day's ("the 50th anniversary of the establishment of …"). */
export const REFERENCE_BEFORE = String.raw`\b(?:anniversary|anniversaries|legacy|memory|aftermath) of(?: the)?\s*$`;

/** Right before a participle trigger: a lasting state, not an act of the day ("who remain detained"). */
export const STATE_BEFORE = String.raw`\b(?:remains?|remained|still|continues? to be|continued to be)\s+$`;

/**
 * Before an infinitive: someone ranked among those who did it ("the first Australian Prime Minister
 * to visit China", "the last foreign minister to travel to India"): it happened, it is not planned.
 */
export const RANKED_BEFORE = String.raw`\b(?:first|last|only|second|third|fourth|fifth|latest)\b(?:\s+[\w'’-]+){0,8}\s+to\s+$`;

/** Before an infinitive: a decision taken, which the statement reports as done ("I have made the decision to declare X persona non grata"). */
// (and one who is pleased or honoured to do it is doing it: "I was honored to host you today"; one who was able to do it did it)
export const DECIDED_BEFORE = String.raw`\b(?:(?:has|have|had)\s+(?:also\s+|now\s+|therefore\s+|today\s+)?decided|(?:made|taken|took)\s+the\s+decision|(?:honou?red|pleased|delighted|proud|glad|privileged|fortunate|happy|lucky)|(?:been|was|were)\s+able|managed|succeeded)\s+to\s+$`;

/** Right before a noun trigger: a happening under way ("the ongoing discussions between A and B will lead …"), not one still to come. */
export const ONGOING_BEFORE = String.raw`\b(?:ongoing|continuing|current|present)\s+(?:[\w-]+\s+)?$`;

/** Right before a strike or attack verb: nature did it ("the earthquakes that struck"), no party attacked. */
export const NATURAL_CAUSE_BEFORE = String.raw`\b(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|floods?|flooding|hurricanes?|typhoons?|cyclones?|tsunamis?|wildfires?|fires?|landslides?|droughts?|disasters?|pandemic|epidemic|heatwaves?|lightning)\b(?:\s+(?:that|which|has|have|had))?\s+$`;

/** Between a "first … since" trigger and its date: the act is ranked among those of a kind of agent ("by a British prime minister", "by any foreign leader") or of office holders ("between the top diplomats of the two nations"), so the earlier one was whoever held the office then. */
export const CLASS_AGENT_WORDS = String.raw`\bby (?:an?|any|another)\s|\b(?:between|of|by) (?:the |their |its |our )?(?:two |countries' |nations' |states' )?(?:top diplomats|foreign ministers|defen[cs]e ministers|leaders|heads of (?:state|government)|presidents|prime ministers|ministers|envoys)\b`;

/** Right before a noun trigger: a whole class of happenings, no one event ("after all the previous talks", "every meeting"). */
export const GENERIC_BEFORE = String.raw`\b(?:all (?:the |of the |our |their |his |her )?|every |each )(?:previous |earlier |past |prior |other |such )?$`;
