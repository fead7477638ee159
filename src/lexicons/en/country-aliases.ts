// What diplomatic texts call countries beyond the names i18n-iso-countries knows: acronyms,
// official short forms, demonyms and capitals used for governments. Keys map to ISO alpha-3.

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

/** Demonyms (and adjectival forms) → country. "North Korean" and "South Korean" are longer matches than "Korean". */
export const DEMONYMS: Record<string, string> = {
  Russian: 'RUS', Korean: 'KOR', 'South Korean': 'KOR', 'North Korean': 'PRK', Chinese: 'CHN', Japanese: 'JPN',
  American: 'USA', British: 'GBR', French: 'FRA', German: 'DEU', Italian: 'ITA', Spanish: 'ESP', Indian: 'IND',
  Pakistani: 'PAK', Iranian: 'IRN', Iraqi: 'IRQ', Syrian: 'SYR', Turkish: 'TUR', Israeli: 'ISR', Palestinian: 'PSE',
  Egyptian: 'EGY', Saudi: 'SAU', Emirati: 'ARE', Qatari: 'QAT', Ukrainian: 'UKR', Belarusian: 'BLR', Polish: 'POL',
  Kazakh: 'KAZ', Uzbek: 'UZB', Mongolian: 'MNG', Vietnamese: 'VNM', Thai: 'THA', Indonesian: 'IDN', Malaysian: 'MYS',
  Philippine: 'PHL', Filipino: 'PHL', Singaporean: 'SGP', Australian: 'AUS', Canadian: 'CAN', Mexican: 'MEX',
  Brazilian: 'BRA', Argentine: 'ARG', Argentinian: 'ARG', Chilean: 'CHL', Cuban: 'CUB', Venezuelan: 'VEN',
  'South African': 'ZAF', Nigerian: 'NGA', Kenyan: 'KEN', Ethiopian: 'ETH', Afghan: 'AFG', Serbian: 'SRB', Greek: 'GRC',
  Dutch: 'NLD', Belgian: 'BEL', Swiss: 'CHE', Austrian: 'AUT', Swedish: 'SWE', Norwegian: 'NOR', Finnish: 'FIN',
  Danish: 'DNK', Irish: 'IRL', Portuguese: 'PRT', Czech: 'CZE', Hungarian: 'HUN', Romanian: 'ROU', Bulgarian: 'BGR',
  Armenian: 'ARM', Azerbaijani: 'AZE', Georgian: 'GEO', Moldovan: 'MDA', Lithuanian: 'LTU', Latvian: 'LVA', Estonian: 'EST',
  Taiwanese: 'TWN', Lebanese: 'LBN', Jordanian: 'JOR', Libyan: 'LBY', Algerian: 'DZA', Moroccan: 'MAR', Tunisian: 'TUN',
   Bangladeshi: 'BGD', 'Sri Lankan': 'LKA', Nepali: 'NPL', Cambodian: 'KHM',
  Laotian: 'LAO', Kyrgyz: 'KGZ', Tajik: 'TJK', Turkmen: 'TKM', Colombian: 'COL', Peruvian: 'PER',
  Ecuadorian: 'ECU', Nicaraguan: 'NIC', Slovak: 'SVK', Slovenian: 'SVN', Croatian: 'HRV', Albanian: 'ALB',
};

/** Nouns for a state's people that are not a demonym plus "s" ("two Canadians", but "two Britons"). */
export const NATIONALS_IRREGULAR: Record<string, string> = { Britons: 'GBR', Frenchmen: 'FRA', Frenchwomen: 'FRA', Englishmen: 'GBR', Scots: 'GBR' };

/** Capitals, which texts use for governments ("Moscow and Seoul remain committed") and as places. */
export const CAPITALS: Record<string, string> = {
  Moscow: 'RUS', Seoul: 'KOR', Pyongyang: 'PRK', Beijing: 'CHN', Tokyo: 'JPN', Washington: 'USA', London: 'GBR',
  Paris: 'FRA', Berlin: 'DEU', Rome: 'ITA', Madrid: 'ESP', 'New Delhi': 'IND', Delhi: 'IND', Islamabad: 'PAK',
  Tehran: 'IRN', Baghdad: 'IRQ', Damascus: 'SYR', Ankara: 'TUR', Jerusalem: 'ISR', Cairo: 'EGY', Riyadh: 'SAU',
  'Abu Dhabi': 'ARE', Doha: 'QAT', Kyiv: 'UKR', Kiev: 'UKR', Minsk: 'BLR', Warsaw: 'POL', Astana: 'KAZ',
  Tashkent: 'UZB', Ulaanbaatar: 'MNG', Hanoi: 'VNM', Bangkok: 'THA', Jakarta: 'IDN', 'Kuala Lumpur': 'MYS',
  Manila: 'PHL', Canberra: 'AUS', Ottawa: 'CAN', 'Mexico City': 'MEX', Brasilia: 'BRA', Brasília: 'BRA',
  'Buenos Aires': 'ARG', Santiago: 'CHL', Havana: 'CUB', Caracas: 'VEN', Pretoria: 'ZAF', Abuja: 'NGA', Nairobi: 'KEN',
  'Addis Ababa': 'ETH', Kabul: 'AFG', Belgrade: 'SRB', Athens: 'GRC', Amsterdam: 'NLD', 'The Hague': 'NLD',
  Brussels: 'BEL', Bern: 'CHE', Vienna: 'AUT', Stockholm: 'SWE', Oslo: 'NOR', Helsinki: 'FIN', Copenhagen: 'DNK',
  Dublin: 'IRL', Lisbon: 'PRT', Prague: 'CZE', Budapest: 'HUN', Bucharest: 'ROU', Sofia: 'BGR', Yerevan: 'ARM',
  Baku: 'AZE', Tbilisi: 'GEO', Chisinau: 'MDA', Vilnius: 'LTU', Riga: 'LVA', Tallinn: 'EST', Taipei: 'TWN',
  Beirut: 'LBN', Amman: 'JOR', Tripoli: 'LBY', Algiers: 'DZA', Rabat: 'MAR', Tunis: 'TUN', Wellington: 'NZL',
  Dhaka: 'BGD', Colombo: 'LKA', Kathmandu: 'NPL', Naypyidaw: 'MMR', 'Phnom Penh': 'KHM', Vientiane: 'LAO',
  Bishkek: 'KGZ', Dushanbe: 'TJK', Ashgabat: 'TKM', Bogota: 'COL', Bogotá: 'COL', Lima: 'PER', Quito: 'ECU',
  Managua: 'NIC', Bratislava: 'SVK', Ljubljana: 'SVN', Zagreb: 'HRV', Tirana: 'ALB', Singapore: 'SGP',
};

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
