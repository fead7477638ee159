// The words a briefing's templates are filled with: how an event type or a verification status
// reads in a sentence. The facts come from the record; only these connecting words are ours.

/** PLOVER event types as a noun ("a consultation"); an event's mode, when it has one, is used instead. */
export const EVENT_TYPE_NOUNS: Record<string, string> = {
  AGREE: 'agreement', CONSULT: 'consultation', SUPPORT: 'expression of support', CONCEDE: 'concession',
  COOPERATE: 'cooperation', AID: 'provision of aid', RETREAT: 'withdrawal', REQUEST: 'request', ACCUSE: 'accusation',
  REJECT: 'rejection', THREATEN: 'threat', PROTEST: 'protest', SANCTION: 'sanction', MOBILIZE: 'mobilisation',
  COERCE: 'coercion', ASSAULT: 'use of force', DEMAND: 'demand', DISAPPROVE: 'criticism', INVESTIGATE: 'investigation',
};

/** Event modes whose name is a verb's stem or reads badly as a noun. */
export const EVENT_MODE_NOUNS: Record<string, string> = {
  sign: 'signing', phone: 'phone call', commit: 'commitment', invite: 'invitation', test: 'test', relations: 'establishment of relations',
};

/** Quote verification statuses, as said of a quote. */
export const STATUS_PHRASES: Record<string, string> = {
  verbatim: 'found word for word in the speaker’s own record',
  close: 'found nearly word for word in the speaker’s own record',
  not_found: 'not found in the speaker’s own record',
  no_primary_source: 'unverified: the corpus holds no record of the speaker’s own to check against',
};

/** Conflict kinds, as a heading word. */
export const CONFLICT_NOUNS: Record<string, string> = {
  claim: 'A claim the record contradicts', date: 'Sources disagree on the date', place: 'Sources disagree on the place',
  participants: 'Sources disagree on who took part', number: 'Sources disagree on a number',
};

/** Country names read with "the" in a sentence ("President of the United States"). */
export const COUNTRY_NAMES_WITH_THE = /^(?:United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Czech Republic$|Dominican Republic$|Central African Republic$|Democratic Republic |Republic of |(?:Marshall|Solomon|Cook) Islands$|Holy See$)/;
