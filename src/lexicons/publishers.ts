// Who publishes a document: the mastheads and footers of government sites name the ministry or
// the head of state's office. Officials a ministry names without a state are its own (its own
// minister, its spokesperson, "our President"). Kinds say which offices are the publisher's.

export type PublisherKind = 'foreign' | 'presidency' | 'government';

/** Office names that are a publisher by themselves, → [ISO alpha-3, kind]. */
export const PUBLISHER_NAMES: Record<string, [string, PublisherKind]> = {
  'Federal Foreign Office': ['DEU', 'foreign'],
  'Auswärtiges Amt': ['DEU', 'foreign'],
  'Foreign, Commonwealth & Development Office': ['GBR', 'foreign'],
  'Foreign, Commonwealth and Development Office': ['GBR', 'foreign'],
  'Foreign & Commonwealth Office': ['GBR', 'foreign'],
  'Foreign and Commonwealth Office': ['GBR', 'foreign'],
  'U.S. Department of State': ['USA', 'foreign'],
  'US Department of State': ['USA', 'foreign'],
  'United States Department of State': ['USA', 'foreign'],
  'Ministry of External Affairs': ['IND', 'foreign'],
  'Global Affairs Canada': ['CAN', 'foreign'],
  'Department of Foreign Affairs and Trade': ['AUS', 'foreign'],
  'Ministry of Foreign Affairs and Trade': ['NZL', 'foreign'],
  'Cheong Wa Dae': ['KOR', 'presidency'],
  'The White House': ['USA', 'presidency'],
  'President of Russia': ['RUS', 'presidency'],
  'Kremlin': ['RUS', 'presidency'],
  'Élysée': ['FRA', 'presidency'],
  'Office of the President of Ukraine': ['UKR', 'presidency'],
  'President of Ukraine': ['UKR', 'presidency'],
  'Prime Minister of Japan and His Cabinet': ['JPN', 'government'],
  'Prime Minister’s Office': ['', 'government'],
  "Prime Minister's Office": ['', 'government'],
  'Ministry of Foreign Affairs': ['', 'foreign'],
  'Ministry for Foreign Affairs': ['', 'foreign'],
  'Foreign Ministry': ['', 'foreign'],
  'Ministry of Foreign Affairs and International Cooperation': ['', 'foreign'],
  'Department of Foreign Affairs': ['', 'foreign'],
  'State House Kenya': ['KEN', 'presidency'],
  'State House': ['', 'presidency'],
  'Prime Minister of Australia': ['AUS', 'government'],
  'Prime Minister of Canada': ['CAN', 'government'],
  'Prime Minister of India': ['IND', 'government'],
  'President of the Republic of Korea': ['KOR', 'presidency'],
  'Office of the President of the Republic of Korea': ['KOR', 'presidency'],
  'Ministry of Foreign Affairs of Japan': ['JPN', 'foreign'],
  'Ministry of Foreign Affairs of the People’s Republic of China': ['CHN', 'foreign'],
  "Ministry of Foreign Affairs of the People's Republic of China": ['CHN', 'foreign'],
  'Ministry of Foreign Affairs of the Russian Federation': ['RUS', 'foreign'],
  'Ministry of Foreign Affairs of the Republic of Korea': ['KOR', 'foreign'],
  'GOV.UK': ['GBR', 'government'],
  'Presidential Office': ['', 'presidency'],
  'Office of the President': ['', 'presidency'],
  'Presidential Administration': ['', 'presidency'],
};

/** Masthead words that may stand beside the office and its state on one line. */
export const MASTHEAD_WORDS: string[] = ['copyright', 'c', 'all', 'rights', 'reserved', 'official', 'website', 'site', 'web', 'of', 'the', 'and', 'portal', 'home', 'internet', 'representation'];

/** The offices of each kind of publisher: who, named without a state, is the publisher's own (a bare "minister" only as such). */
export const OWN_OFFICES: Record<PublisherKind, string[]> = {
  foreign: ['foreign minister', 'foreign secretary', 'secretary of state', 'external affairs minister', 'spokesperson', 'spokesman', 'spokeswoman', 'foreign ministry spokesperson', 'foreign ministry spokesman', 'foreign ministry spokeswoman', 'deputy foreign minister', 'vice foreign minister', 'first vice foreign minister', 'minister of state', 'minister'],
  presidency: ['president', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'chief of staff', 'national security adviser', 'vice president'],
  government: ['prime minister', 'chief cabinet secretary', 'cabinet secretary', 'spokesperson', 'spokesman', 'spokeswoman'],
};

/**
 * Hosts of government sites → [ISO alpha-3, kind]: the state a page at that address speaks for. A
 * name matches the host and its subdomains ("bidenwhitehouse.archives.gov" under "archives.gov");
 * one that starts with a dot matches any host ending so (".gov.au": the sites of Australia's
 * government). The most specific name wins.
 */
export const PUBLISHER_HOSTS: Record<string, [string, PublisherKind]> = {
  // United States (".gov" is reserved to its governments)
  'whitehouse.gov': ['USA', 'presidency'], 'bidenwhitehouse.archives.gov': ['USA', 'presidency'], 'trumpwhitehouse.archives.gov': ['USA', 'presidency'],
  'obamawhitehouse.archives.gov': ['USA', 'presidency'], 'state.gov': ['USA', 'foreign'], 'usembassy.gov': ['USA', 'foreign'], 'usmission.gov': ['USA', 'foreign'],
  'usun.usmission.gov': ['USA', 'foreign'], '.gov': ['USA', 'government'], '.mil': ['USA', 'government'],
  // Australia
  'dfat.gov.au': ['AUS', 'foreign'], 'foreignminister.gov.au': ['AUS', 'foreign'], 'pm.gov.au': ['AUS', 'government'], 'pmtranscripts.pmc.gov.au': ['AUS', 'government'], '.gov.au': ['AUS', 'government'],
  // Japan, Korea, China, Taiwan
  'mofa.go.jp': ['JPN', 'foreign'], 'kantei.go.jp': ['JPN', 'government'], '.go.jp': ['JPN', 'government'],
  'mofa.go.kr': ['KOR', 'foreign'], 'president.go.kr': ['KOR', 'presidency'], 'korea.kr': ['KOR', 'government'], '.go.kr': ['KOR', 'government'],
  'fmprc.gov.cn': ['CHN', 'foreign'], 'mfa.gov.cn': ['CHN', 'foreign'], '.gov.cn': ['CHN', 'government'],
  'mofa.gov.tw': ['TWN', 'foreign'], 'president.gov.tw': ['TWN', 'presidency'], '.gov.tw': ['TWN', 'government'],
  // Russia, Ukraine
  'mid.ru': ['RUS', 'foreign'], 'kremlin.ru': ['RUS', 'presidency'], 'government.ru': ['RUS', 'government'], '.gov.ru': ['RUS', 'government'],
  'mfa.gov.ua': ['UKR', 'foreign'], 'president.gov.ua': ['UKR', 'presidency'], '.gov.ua': ['UKR', 'government'],
  // Europe
  'gov.uk': ['GBR', 'government'], '.gov.uk': ['GBR', 'government'],
  'auswaertiges-amt.de': ['DEU', 'foreign'], 'bundesregierung.de': ['DEU', 'government'], 'bundeskanzler.de': ['DEU', 'government'], 'bundespraesident.de': ['DEU', 'presidency'],
  'diplomatie.gouv.fr': ['FRA', 'foreign'], 'elysee.fr': ['FRA', 'presidency'], '.gouv.fr': ['FRA', 'government'],
  'esteri.it': ['ITA', 'foreign'], 'governo.it': ['ITA', 'government'], 'quirinale.it': ['ITA', 'presidency'],
  'exteriores.gob.es': ['ESP', 'foreign'], 'lamoncloa.gob.es': ['ESP', 'government'], '.gob.es': ['ESP', 'government'],
  'government.nl': ['NLD', 'government'], 'rijksoverheid.nl': ['NLD', 'government'], 'diplomatie.belgium.be': ['BEL', 'foreign'],
  'eda.admin.ch': ['CHE', 'foreign'], 'admin.ch': ['CHE', 'government'], 'bmeia.gv.at': ['AUT', 'foreign'], '.gv.at': ['AUT', 'government'],
  'dfa.ie': ['IRL', 'foreign'], 'gov.ie': ['IRL', 'government'], '.gov.pt': ['PRT', 'government'], 'mfa.gr': ['GRC', 'foreign'],
  'regjeringen.no': ['NOR', 'government'], 'government.se': ['SWE', 'government'], 'regeringen.se': ['SWE', 'government'],
  'um.fi': ['FIN', 'foreign'], 'valtioneuvosto.fi': ['FIN', 'government'], 'um.dk': ['DNK', 'foreign'], 'stm.dk': ['DNK', 'government'],
  'gov.pl': ['POL', 'government'], 'mzv.cz': ['CZE', 'foreign'], 'vlada.cz': ['CZE', 'government'], 'kormany.hu': ['HUN', 'government'],
  'mfa.gov.tr': ['TUR', 'foreign'], 'tccb.gov.tr': ['TUR', 'presidency'], '.gov.tr': ['TUR', 'government'],
  // the Americas
  'international.gc.ca': ['CAN', 'foreign'], 'pm.gc.ca': ['CAN', 'government'], '.gc.ca': ['CAN', 'government'], 'canada.ca': ['CAN', 'government'],
  '.gov.br': ['BRA', 'government'], '.gob.mx': ['MEX', 'government'], 'cancilleria.gob.ar': ['ARG', 'foreign'], 'casarosada.gob.ar': ['ARG', 'presidency'], '.gob.ar': ['ARG', 'government'],
  '.gob.cl': ['CHL', 'government'], '.gov.co': ['COL', 'government'], '.gob.pe': ['PER', 'government'],
  // Asia and the Pacific
  'mea.gov.in': ['IND', 'foreign'], 'pmindia.gov.in': ['IND', 'government'], '.gov.in': ['IND', 'government'], '.nic.in': ['IND', 'government'],
  'mfat.govt.nz': ['NZL', 'foreign'], 'beehive.govt.nz': ['NZL', 'government'], '.govt.nz': ['NZL', 'government'],
  'mfa.gov.sg': ['SGP', 'foreign'], 'pmo.gov.sg': ['SGP', 'government'], '.gov.sg': ['SGP', 'government'],
  'kemlu.go.id': ['IDN', 'foreign'], '.go.id': ['IDN', 'government'], 'dfa.gov.ph': ['PHL', 'foreign'], '.gov.ph': ['PHL', 'government'],
  'kln.gov.my': ['MYS', 'foreign'], '.gov.my': ['MYS', 'government'], 'mfa.go.th': ['THA', 'foreign'], '.go.th': ['THA', 'government'],
  'mofa.gov.vn': ['VNM', 'foreign'], '.gov.vn': ['VNM', 'government'], 'mofa.gov.pk': ['PAK', 'foreign'], '.gov.pk': ['PAK', 'government'],
  'mofa.gov.bd': ['BGD', 'foreign'], '.gov.bd': ['BGD', 'government'], '.gov.lk': ['LKA', 'government'], '.gov.fj': ['FJI', 'government'], '.gov.pg': ['PNG', 'government'],
  // the Middle East and Africa
  'mfa.gov.il': ['ISR', 'foreign'], 'gov.il': ['ISR', 'government'], '.gov.il': ['ISR', 'government'], 'mfa.ir': ['IRN', 'foreign'], 'president.ir': ['IRN', 'presidency'],
  'mofa.gov.sa': ['SAU', 'foreign'], '.gov.sa': ['SAU', 'government'], 'mofa.gov.ae': ['ARE', 'foreign'], '.gov.ae': ['ARE', 'government'],
  'mofa.gov.qa': ['QAT', 'foreign'], '.gov.qa': ['QAT', 'government'], 'mfa.gov.eg': ['EGY', 'foreign'], '.gov.eg': ['EGY', 'government'],
  'dirco.gov.za': ['ZAF', 'foreign'], 'thepresidency.gov.za': ['ZAF', 'presidency'], '.gov.za': ['ZAF', 'government'],
  'mfa.go.ke': ['KEN', 'foreign'], 'president.go.ke': ['KEN', 'presidency'], '.go.ke': ['KEN', 'government'], '.gov.ng': ['NGA', 'government'], '.gov.gh': ['GHA', 'government'],
};
