// What diplomatic texts call countries beyond the names i18n-iso-countries knows: acronyms,
// official short forms, demonyms and capitals used for governments. Keys map to ISO alpha-3.
// Demonyms and capitals come from world-countries; by hand only the forms it lacks.
import { createRequire } from 'node:module';

/** Extra names of countries (the library already knows "Republic of Korea", "Russian Federation", …). */
export const COUNTRY_ALIASES: Record<string, string> = {
  ROK: 'KOR', DPRK: 'PRK', 'D.P.R.K.': 'PRK', "Democratic People's Republic of Korea": 'PRK', 'Democratic People’s Republic of Korea': 'PRK',
  'South Korea': 'KOR', 'North Korea': 'PRK', Korea: 'KOR', PRC: 'CHN', 'Mainland China': 'CHN', Britain: 'GBR',
  'Great Britain': 'GBR', 'the UK': 'GBR', 'U.K.': 'GBR', America: 'USA', 'the United States': 'USA', 'the US': 'USA',
  'Russian Federation': 'RUS', Russia: 'RUS', UAE: 'ARE', 'United Arab Emirates': 'ARE', 'Republic of China': 'TWN',
  Holland: 'NLD', 'the Netherlands': 'NLD', 'Czech Republic': 'CZE', Türkiye: 'TUR', Turkiye: 'TUR', Burma: 'MMR',
  'Vatican': 'VAT', 'Holy See': 'VAT', 'Syria': 'SYR', 'Laos': 'LAO', 'Moldova': 'MDA', 'Tanzania': 'TZA', 'Iran': 'IRN',
  'Venezuela': 'VEN', 'Bolivia': 'BOL', 'Palestine': 'PSE', 'Ivory Coast': 'CIV', 'Cape Verde': 'CPV',
  'Swaziland': 'SWZ', 'East Timor': 'TLS', 'Brunei': 'BRN', 'DR Congo': 'COD', 'DRC': 'COD', 'Republic of the Congo': 'COG',
};

/**
 * Words of a state's formal style before "of <country>": "the Federal Republic of Germany",
 * "the Kingdom of Saudi Arabia", "the Islamic Republic of Iran". The whole phrase names the country.
 */
export const STATE_FORMS: string[] = [
  'Republic', 'Federal Republic', 'Islamic Republic', 'Democratic Republic', 'People’s Republic', "People's Republic",
  'Socialist Republic', 'Arab Republic', 'United Republic', 'Kingdom', 'United Kingdom', 'State', 'Commonwealth',
  'Sultanate', 'Emirate', 'Principality', 'Grand Duchy', 'Federation', 'Confederation', 'Plurinational State',
  'Bolivarian Republic', 'Hashemite Kingdom', 'Federal Democratic Republic', 'Independent State',
];

/**
 * Words of a state's formal style after its adjective: "the French Republic", "the Italian Republic",
 * "the Swiss Confederation". The demonym with the style names the country.
 */
export const DEMONYM_STATE_FORMS: string[] = ['Republic', 'Arab Republic', 'Federation', 'Confederation'];

/** Names that are ambiguous between two states; the document decides which (see countries.ts). */
export const AMBIGUOUS_COUNTRY_NAMES: Record<string, { usual: string; other: string; otherCues: string[]; usualCues: string[] }> = {
  Korea: { usual: 'KOR', other: 'PRK', otherCues: ['DPRK', 'North Korea', 'Pyongyang'], usualCues: ['ROK', 'South Korea', 'Republic of Korea', 'Seoul'] },
  Korean: { usual: 'KOR', other: 'PRK', otherCues: ['DPRK', 'North Korea', 'Pyongyang'], usualCues: ['ROK', 'South Korea', 'Republic of Korea', 'Seoul'] },
};

interface WorldCountry {
  cca3: string;
  unMember: boolean;
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/** States beyond the UN's members that diplomacy deals with as states (observers, Taiwan, Kosovo). */
const OTHER_STATES = ['PSE', 'VAT', 'TWN', 'UNK'];

/** The states of world-countries (mledoze/countries, ODbL-1.0): their English demonyms and capitals. */
const STATES: WorldCountry[] = (createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[])
  .filter((c) => c.unMember || OTHER_STATES.includes(c.cca3))
  // (only what is read: the rest of the package's 1.4 MB, translations and borders, is let go)
  .map(({ cca3, unMember, capital, demonyms }) => ({ cca3, unMember, capital, demonyms: demonyms?.eng ? { eng: demonyms.eng } : undefined }));

/**
 * Names → the one state they name: the package's forms split where it lists two in one ("Antiguan,
 * Barbudan", "Kittitian or Nevisian"); a name two states share ("Congolese", "Dominican") names neither.
 */
function oneStateEach(pairs: [string, string][], byHand: Record<string, string>): Record<string, string> {
  const states = new Map<string, Set<string>>();
  for (const [names, code] of pairs)
    for (const name of names.split(/, | or /)) if (name) states.set(name, (states.get(name) ?? new Set()).add(code));
  const out: Record<string, string> = {};
  for (const [name, codes] of states) if (codes.size === 1) out[name] = [...codes][0]!;
  return { ...out, ...byHand };
}

/**
 * Demonyms the package lacks or gives in another form: short and usual forms ("Saudi", "Kazakh",
 * "Philippine"), and "Korean", which names the South unless the document says otherwise
 * (AMBIGUOUS_COUNTRY_NAMES).
 */
const DEMONYMS_BY_HAND: Record<string, string> = {
  Korean: 'KOR', Saudi: 'SAU', Kazakh: 'KAZ', Uzbek: 'UZB', Philippine: 'PHL', Argentinian: 'ARG', Nepali: 'NPL',
  Kyrgyz: 'KGZ', Tajik: 'TJK', Ecuadorian: 'ECU', Slovenian: 'SVN',
};

/** Demonyms (and adjectival forms) → country. "North Korean" and "South Korean" are longer matches than "Korean". */
export const DEMONYMS: Record<string, string> = oneStateEach(
  STATES.flatMap((c) => (c.demonyms?.eng ? [[c.demonyms.eng.m, c.cca3], [c.demonyms.eng.f, c.cca3]] : [])),
  DEMONYMS_BY_HAND,
);

/** Nouns for a state's people that are not a demonym plus "s" ("two Canadians", but "two Britons"). */
export const NATIONALS_IRREGULAR: Record<string, string> = { Britons: 'GBR', Frenchmen: 'FRA', Frenchwomen: 'FRA', Englishmen: 'GBR', Scots: 'GBR' };

/** Other names of capitals in texts: the short or older forms ("Kiev", "Delhi", "Washington"), the seat of government that is not the capital ("The Hague"). */
const CAPITALS_BY_HAND: Record<string, string> = {
  Washington: 'USA', Delhi: 'IND', Kiev: 'UKR', Ulaanbaatar: 'MNG', Brasilia: 'BRA', 'The Hague': 'NLD', Chisinau: 'MDA', Bogota: 'COL',
};

/** Capitals whose names are more often a person's or another place's ("Victoria", "Kingston", "Georgetown"). */
const CAPITALS_NOT_READ = new Set(['Victoria', 'Kingston', 'Georgetown']);

/** Capitals, which texts use for governments ("Moscow and Seoul remain committed") and as places. */
export const CAPITALS: Record<string, string> = Object.fromEntries(
  Object.entries(oneStateEach(STATES.flatMap((c) => (c.capital ?? []).map((k): [string, string] => [k, c.cca3])), CAPITALS_BY_HAND)).filter(
    ([name]) => !CAPITALS_NOT_READ.has(name),
  ),
);

/** Short canonical names where the library's first choice is long or official ("Russian Federation"). */
export const CANONICAL_COUNTRY_NAMES: Record<string, string> = {
  RUS: 'Russia', KOR: 'South Korea', PRK: 'North Korea', USA: 'United States', GBR: 'United Kingdom', CHN: 'China',
  IRN: 'Iran', SYR: 'Syria', VEN: 'Venezuela', BOL: 'Bolivia', TZA: 'Tanzania', LAO: 'Laos', MDA: 'Moldova',
  VNM: 'Vietnam', TWN: 'Taiwan', PSE: 'Palestine', CZE: 'Czechia',
};

/** Plural names that stand for several states at once ("the two Koreas"). */
export const PLURAL_COUNTRY_NAMES: Record<string, string[]> = {
  Koreas: ['KOR', 'PRK'],
  Congos: ['COD', 'COG'],
  Sudans: ['SDN', 'SSD'],
};

/**
 * Political parties and their members' words, → the states that have a party of that name. A word
 * before a title or a description places the person ("Tory leader X", "Republican pollster Y");
 * one of several states only when the text names that one most.
 */
export const PARTY_STATES: Record<string, string[]> = {
  Tory: ['GBR'], Tories: ['GBR'], Conservative: ['GBR', 'CAN', 'NOR'], Labour: ['GBR', 'AUS', 'NZL', 'IRL'],
  'Liberal Democrat': ['GBR'], 'Lib Dem': ['GBR'], SNP: ['GBR'], Republican: ['USA'], Democrat: ['USA'],
  'Democratic Party': ['USA'], 'Republican Party': ['USA'], 'Liberal': ['CAN', 'AUS'], Likud: ['ISR'],
  CDU: ['DEU'], SPD: ['DEU'], LDP: ['JPN'], BJP: ['IND'],
};
