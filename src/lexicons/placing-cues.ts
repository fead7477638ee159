// How much each cue that places a person in a state counts (src/annotate/entities/placing.ts).
// Every cue proposes {person, state, cue}; a person's proposals are summed per state and the state
// with the most weight serves as the person's, when it has at least MIN_PLACING_WEIGHT and more than
// any other state (a tie, or too little evidence, leaves the person unplaced: never a guess).
//
// The scale: what the text says of the person themself (a nationality or state before the title,
// "of <state>" after it, an apposition, "our President"; each mention that says it proposes it
// again, so a state the text gives twice outweighs a stray word giving another once) outweighs what the document's shape
// suggests (who published it, which side a list is on, who visits whom), which outweighs what is
// inferred from the rest of the text (the one state it names, the state its lead sentence opens
// with). A single cue of a stronger class beats any single weaker one; two weaker cues that agree
// can outweigh a stronger one only when together they pass it.

export interface PlacingCue {
  weight: number;
  why: string;
}

export const PLACING_CUES = {
  // --- what the text says of the person
  title: {
    weight: 10,
    why: 'the state the text gives the title ("Japanese Foreign Minister X", "X, Foreign Minister of Japan", "the Russian minister"): said of this person, at each mention that says it',
  },
  described: {
    weight: 10,
    why: 'a nationality the text gives the person ("X, an Australian citizen", "Russian leader X", "his Chinese counterpart, X"): said of this person',
  },
  pairing: {
    weight: 7,
    why: '"the prime ministers of Australia and New Zealand" where one of the two is placed: the other serves the other state, by elimination',
  },
  ours: {
    weight: 8,
    why: '"our President X" in a government\'s release: the publisher says the person is its own',
  },
  side: {
    weight: 8,
    why: '"On the Russian side, A and B attended": the text assigns the people of the sentence to a side',
  },
  predecessor: {
    weight: 6,
    why: '"the first Japanese prime minister to visit since X": the text gives the office a state and X held it',
  },
  // --- what is known of the person outside the text
  known: {
    weight: 6,
    why: 'a well-known office holder (lexicon of officials): true of the person, but the text may name a namesake or a former holder, so below what the text says',
  },
  // --- what the document's shape says
  own: {
    weight: 5,
    why: "the one holder here of an office of the issuing government's kind (a foreign ministry's \"Foreign Minister\"): the release's own official, unless the text says otherwise",
  },
  listed: {
    weight: 4,
    why: 'ministers listed right after a leader with no state of their own ("President X, Foreign Minister Y and …"): they travel with the leader',
  },
  partner: {
    weight: 4,
    why: '"the two ministers", one placed, in a text coordinating two states ("Korea-Russia"): the other serves the partner state',
  },
  companion: {
    weight: 4,
    why: '"X, accompanied by A and B": the delegation is the state its placed members (else its head) serve',
  },
  counterpart: {
    weight: 4,
    why: '"his counterpart, Mr X" in a text about two states: the state the owner does not serve',
  },
  host: {
    weight: 4,
    why: '"travelled to Algiers, where he was received by President X": the host serves the state visited',
  },
  guest: {
    weight: 4,
    why: '"a White House visit by President X" in a text about two states: the guest serves the other one',
  },
  relative: {
    weight: 4,
    why: '"his wife, A B": the state of the one placed person of the same surname',
  },
  // --- what is inferred from the rest of the text
  ministry: {
    weight: 3,
    why: '"Foreign Ministry Spokesman X" where every ministry of that name the text places is one state\'s',
  },
  spokes: {
    weight: 3,
    why: 'a spokesperson in a story whose lead sentence opens with one state as its subject ("South Africa on Saturday called …")',
  },
  style: {
    weight: 3,
    why: 'an office or party only some states have ("Chancellor of the Exchequer", "Tory leader"); split between the candidate states by how often the text names each (see placeByStyle)',
  },
  sole: {
    weight: 2,
    why: 'an office holder in a text that names one state only: the weakest inference, taken only when nothing else speaks',
  },
} satisfies Record<string, PlacingCue>;

export type PlacingCueName = keyof typeof PLACING_CUES;

/** The least total weight that places a person. */
export const MIN_PLACING_WEIGHT = 1;
