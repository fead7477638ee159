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
