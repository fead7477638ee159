// Words of visits and meetings that say whose state an official serves: the host met in the place
// visited ("travelled to Algiers, where he was received by President X") and the guest of a visit
// ("a White House visit by President Y"). Lower case; phrases are matched word by word.

/** Words right before "to <place>" that make the place a visit's destination ("travelled to Algiers", "his trip to Hanoi"). */
export const VISIT_TO_WORDS: string[] = [
  'travelled', 'traveled', 'travel', 'travels', 'travelling', 'traveling', 'flew', 'went', 'came', 'returned', 'trip', 'visit',
  'journey', 'tour', 'mission',
];

/** Verbs whose object is the place visited ("visited Hanoi"). */
export const VISITED_WORDS: string[] = ['visited', 'visiting', 'visits'];

/** Phrases right before a person (after their title, if any) that make them the host of the visit. */
export const HOST_CUES: string[] = [
  'received by', 'hosted by', 'welcomed by', 'greeted by', 'talks with', 'met', 'met with', 'meeting with', 'meetings with',
  'an audience with', 'called on', 'paid a courtesy call on',
];

/** Phrases right before a person that make them the guest of a visit named just before ("a White House visit by"). */
export const GUEST_CUES: string[] = ['visit by', 'visits by', 'trip by'];

/** Titles (lower case, or ending so) of the officials whose visits and hosting the rules read. */
export const VISITING_OFFICES: string[] = [
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'emir', 'sultan', 'general secretary',
  'minister', 'secretary of state', 'foreign secretary', 'vice president', 'crown prince',
];
