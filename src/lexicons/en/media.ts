// The press and commentators, as data: who reports or comments on diplomacy rather than doing it.
// A person holding one of these roles, or an organisation these words describe, is no party to the
// events a text reports (unless done to: "police detained a correspondent").

/** Roles (words of a person's title) of people who report or comment: "our China correspondent X", "X, a lecturer at …". */
export const MEDIA_ROLE_WORDS: string[] = [
  'reporter', 'correspondent', 'journalist', 'editor', 'columnist', 'anchor', 'presenter', 'producer', 'bureau chief',
  'commentator', 'photographer', 'blogger', 'broadcaster', 'newsreader',
  // commentators quoted on the events
  'analyst', 'lecturer', 'professor', 'researcher', 'scholar', 'pollster',
];

/** Words that describe a news organisation, written right before or after its name ("the state news agency X", "X news agency"). */
export const MEDIA_OUTLET_WORDS: string[] = [
  'news agency', 'press agency', 'wire service', 'broadcaster', 'newspaper', 'daily', 'tabloid', 'news outlet', 'media outlet',
  'news channel', 'television channel', 'tv channel', 'radio station', 'news site', 'news website', 'state media', 'state television', 'state tv',
];

/** Last words of news organisations' names ("… News Agency", "… Broadcasting Corporation"). */
export const MEDIA_NAME_ENDINGS: string[] = [
  'News Agency', 'Press Agency', 'Telegraph Agency', 'News', 'Press', 'Times', 'Post', 'Herald', 'Gazette', 'Tribune', 'Telegraph',
  'Journal', 'Broadcasting', 'Broadcasting Corporation', 'Broadcasting Company', 'Television', 'Radio', 'Newspaper',
];

/** How a question put to an official opens, in a transcript ("Mr Rudd, …", "Minister, could I ask …"). */
export const ADDRESS_WORDS: string[] = [
  'Mr', 'Mrs', 'Ms', 'Madam', 'Dr', 'Sir', 'President', 'Prime Minister', 'Minister', 'Foreign Minister', 'Secretary', 'Ambassador', 'Chancellor', 'Excellency',
];
