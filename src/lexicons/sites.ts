// Names that publishers append to their titles ("… | Reuters", "… - ABC News"): a title's last
// part is cut when it is one of these, or when it names the host of the document's own address.

/** Publishers' names as they close titles (matched whole, case and punctuation aside). */
export const SITE_NAMES: readonly string[] = [
  'Reuters', 'Associated Press', 'AP News', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'BBC News', 'BBC World Service',
  'CNN', 'CNN Politics', 'CNN International', 'Al Jazeera', 'Al Jazeera English', 'The Guardian', 'Guardian', 'ABC News',
  'CBS News', 'NBC News', 'Fox News', 'NPR', 'PBS NewsHour', 'PBS', 'Politico', 'POLITICO', 'Politico Europe', 'Axios',
  'Bloomberg', 'Bloomberg.com', 'The New York Times', 'NYTimes.com', 'The Washington Post', 'Washington Post',
  'The Wall Street Journal', 'WSJ', 'Financial Times', 'FT', 'The Economist', 'Sky News', 'The Independent',
  'The Telegraph', 'Daily Mail', 'Daily Mail Online', 'Mail Online', 'MailOnline', 'Euronews', 'DW', 'DW.com', 'France 24',
  'RFI', 'Kyiv Independent', 'The Kyiv Independent', 'Kyiv Post', 'Ukrinform', 'Yonhap', 'Yonhap News Agency',
  'The Korea Herald', 'Korea Herald', 'The Korea Times', 'Korea JoongAng Daily', 'The Japan Times', 'NHK WORLD-JAPAN News',
  'Kyodo News', 'Nikkei Asia', 'South China Morning Post', 'SCMP', 'Global Times', 'Xinhua', 'CGTN', 'China Daily', 'TASS',
  'RT', 'RIA Novosti', 'Interfax', 'Al Arabiya', 'Arab News', 'The National', 'The Times of India', 'Times of India',
  'Hindustan Times', 'The Hindu', 'NDTV', 'India Today', 'Dawn', 'ABC', 'SBS News', 'The Sydney Morning Herald',
  'Stuff', 'RNZ', 'CBC News', 'CBC', 'Global News', 'CNBC', 'Forbes', 'Time', 'TIME', 'Newsweek', 'The Hill', 'Voice of America',
  'VOA', 'Radio Free Europe/Radio Liberty', 'RFE/RL', 'Anadolu Agency', 'Anadolu Ajansı', 'Deutsche Welle', 'Le Monde',
  'The Times', 'The Straits Times', 'Channel NewsAsia', 'CNA', 'Bernama', 'Antara News', 'Jakarta Post', 'The Jakarta Post',
  'The White House', 'White House', 'U.S. Department of State', 'United States Department of State', 'GOV.UK', 'President of Russia',
  'The Kremlin', 'Prime Minister of Australia', 'United Nations', 'UN News', 'NATO', 'European Commission', 'Consilium',
];

/** Shapes of official sites' names: "Ministry of Foreign Affairs of Japan", "Embassy of India, Washington D.C.". */
export const SITE_NAME_SHAPES: readonly RegExp[] = [
  /^(?:the\s+)?(?:ministry|department|embassy|consulate|high commission|permanent mission|office|government|state council|cabinet office|presidential office|prime minister'?s office)\s+(?:of|for)\b/i,
  /\b(?:news|press)\s+(?:agency|service)$/i,
];

/** Words a host name adds to a publisher's name ("bbc" for "BBC News", "abcnews" for "ABC News"). */
export const HOST_NAME_EXTRAS: readonly string[] = ['news', 'online', 'world', 'com', 'tv', 'media', 'daily', 'the', 'agency', 'newsagency', 'live'];
