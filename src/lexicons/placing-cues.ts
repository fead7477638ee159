// How much each cue that places a person in a state counts (src/annotate/entities/placing.ts).
// Every cue proposes {person, state, cue}; a person's proposals are summed per state, each cue
// counted once per state however often it fires (a visit cue met in three sentences is still one
// visit cue), and the state with the most weight serves as the person's when it has at least
// MIN_PLACING_WEIGHT and more than any other state (a tie, or too little evidence, leaves the person
// unplaced: never a guess).
//
// The scale, by kind: what the text says of the person themself ('said': a nationality or state
// before the title, "of <state>" after it, an apposition) outweighs anything else, and is settled
// first among its own readings (the other cues skip the people it places); what is inferred
// from the rest of the text ('inferred': the one state it names, the state its lead sentence opens
// with) weighs least; between them, what is known of the person outside the text ('known') and
// what the text's and the document's shape suggest ('shape': "our President", a delegation's side,
// who published it, who visits whom) are ranked by how directly they point at the person. A single
// cue of a stronger kind beats any single weaker one; weaker cues that agree outweigh a stronger
// one only when together they pass it.

export type PlacingCueKind = 'said' | 'known' | 'shape' | 'inferred';

export interface PlacingCue {
  weight: number;
  kind: PlacingCueKind;
  why: string;
}

export const PLACING_CUES = {
  // --- said: what the text says of the person
  title: {
    weight: 10,
    kind: 'said',
    why: 'the state the text gives the title ("Japanese Foreign Minister X", "X, Foreign Minister of Japan", "the Russian minister"): said of this person',
  },
  described: {
    weight: 10,
    kind: 'said',
    why: 'a nationality the text gives the person ("X, an Australian citizen", "Russian leader X", "his Chinese counterpart, X"): said of this person',
  },
  // --- shape, pointing at the person: the text puts them on a side or in an office of a state
  pairing: {
    weight: 7,
    kind: 'shape',
    why: '"the prime ministers of Australia and New Zealand" where one of the two is placed: the other serves the other state, by elimination',
  },
  ours: {
    weight: 8,
    kind: 'shape',
    why: '"our President X" in a government\'s release: the publisher says the person is its own',
  },
  side: {
    weight: 8,
    kind: 'shape',
    why: '"On the Russian side, A and B attended": the text assigns the people of the sentence to a side',
  },
  predecessor: {
    weight: 6,
    kind: 'shape',
    why: '"the first Japanese prime minister to visit since X": the text gives the office a state and X held it',
  },
  // --- known: what is known of the person outside the text
  known: {
    weight: 6,
    kind: 'known',
    why: 'a well-known office holder (lexicon of officials): true of the person, but the text may name a namesake or a former holder, so below what the text says',
  },
  // --- shape, from the document around the person: its publisher, lists, visits, relations
  own: {
    weight: 5,
    kind: 'shape',
    why: "the one holder here of an office of the issuing government's kind (a foreign ministry's \"Foreign Minister\"): the release's own official, unless the text says otherwise",
  },
  listed: {
    weight: 4,
    kind: 'shape',
    why: 'ministers listed right after a leader with no state of their own ("President X, Foreign Minister Y and …"): they travel with the leader',
  },
  partner: {
    weight: 4,
    kind: 'shape',
    why: '"the two ministers", one placed, in a text coordinating two states ("Korea-Russia"): the other serves the partner state',
  },
  companion: {
    weight: 4,
    kind: 'shape',
    why: '"X, accompanied by A and B": the delegation is the state its placed members (else its head) serve',
  },
  counterpart: {
    weight: 4,
    kind: 'shape',
    why: '"his counterpart, Mr X" in a text about two states: the state the owner does not serve',
  },
  host: {
    weight: 4,
    kind: 'shape',
    why: '"travelled to Algiers, where he was received by President X": the host serves the state visited',
  },
  guest: {
    weight: 4,
    kind: 'shape',
    why: '"a White House visit by President X" in a text about two states: the guest serves the other one',
  },
  relative: {
    weight: 4,
    kind: 'shape',
    why: '"his wife, A B": the state of the one placed person of the same surname',
  },
  // --- inferred from the rest of the text
  ministry: {
    weight: 3,
    kind: 'inferred',
    why: '"Foreign Ministry Spokesman X" where every ministry of that name the text places is one state\'s',
  },
  spokes: {
    weight: 3,
    kind: 'inferred',
    why: 'a spokesperson in a story whose lead sentence opens with one state as its subject ("South Africa on Saturday called …")',
  },
  style: {
    weight: 3,
    kind: 'inferred',
    why: 'an office or party only some states have ("Chancellor of the Exchequer", "Tory leader"); split between the candidate states by how often the text names each (see placeByStyle)',
  },
  sole: {
    weight: 2,
    kind: 'inferred',
    why: 'an office holder in a text that names one state only: the weakest inference, taken only when nothing else speaks',
  },
} satisfies Record<string, PlacingCue>;

export type PlacingCueName = keyof typeof PLACING_CUES;

/** The least total weight that places a person. */
export const MIN_PLACING_WEIGHT = 1;
