// Words that tell a person's grammatical gender in English news text: pronouns that refer back to
// them and forms of address or office before their name. Data only: the reader is
// src/annotate/quotes/gender.ts. Unknown gender is the default; these only rule a pronoun out.

export type Gender = 'm' | 'f';

/** Third-person pronouns (subject, object, possessive) and the gender they refer to. */
export const GENDER_PRONOUNS: Record<string, Gender> = {
  he: 'm', him: 'm', his: 'm', himself: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f',
};

/** Forms of address and offices right before a name ("Mrs Thatcher", "Queen Elizabeth", "spokeswoman Hua Chunying"). */
export const GENDER_ADDRESS: Record<string, Gender> = {
  mr: 'm', mister: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', emperor: 'm', sheikh: 'm', monsieur: 'm', herr: 'm', señor: 'm',
  spokesman: 'm', congressman: 'm', chairman: 'm', businessman: 'm',
  mrs: 'f', ms: 'f', miss: 'f', madam: 'f', madame: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', empress: 'f', sheikha: 'f', frau: 'f', señora: 'f',
  spokeswoman: 'f', congresswoman: 'f', chairwoman: 'f', businesswoman: 'f', 'first lady': 'f',
};
