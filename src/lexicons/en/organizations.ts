// Organisations named by a fixed name or acronym (international bodies, groupings), as data.
// Organisations named by the pattern "… Fund", "… Institute", "Ministry of …" are found by grammar
// (ORG_HEADS); this list is for names no pattern would catch and for acronyms.

export interface OrgEntry {
  name: string;
  aliases?: string[];
  /** ISO alpha-3 when the organisation belongs to one state. */
  country?: string;
}

export const ORGANIZATIONS: OrgEntry[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  // ministries whose names no pattern reads whole (commas and ampersands inside)
  { name: 'Foreign, Commonwealth & Development Office', aliases: ['Foreign, Commonwealth and Development Office', 'FCDO', 'Foreign & Commonwealth Office', 'Foreign and Commonwealth Office', 'FCO'], country: 'GBR' },
  { name: 'Federal Foreign Office', aliases: ['Auswärtiges Amt'], country: 'DEU' },
  { name: 'Ministry of External Affairs', aliases: ['MEA'], country: 'IND' },
  { name: 'Department of Foreign Affairs and Trade', aliases: ['DFAT'], country: 'AUS' },
  { name: 'Global Affairs Canada', country: 'CAN' },
  { name: 'UN Security Council', aliases: ['United Nations Security Council', 'UNSC', 'Security Council'] },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'UNGA'] },
  { name: 'UN Human Rights Council', aliases: ['Human Rights Council', 'UNHRC'] },
  { name: 'Group of Twenty', aliases: ['G20', 'G-20'] },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'] },
  { name: 'Group of Eight', aliases: ['G8', 'G-8'] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
  { name: 'East Asia Summit', aliases: ['EAS'] },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'] },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'North Atlantic Treaty Organisation'] },
  { name: 'European Union', aliases: ['EU'] },
  { name: 'European Commission' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { name: 'BRICS' },
  { name: 'Collective Security Treaty Organisation', aliases: ['CSTO', 'Collective Security Treaty Organization'] },
  { name: 'Commonwealth of Independent States', aliases: ['CIS'] },
  { name: 'Eurasian Economic Union', aliases: ['EAEU', 'EEU'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank' },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation'] },
  { name: 'Council of Europe' },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'UNESCO' },
  { name: 'UNICEF' },
  { name: 'ASEAN Regional Forum', aliases: ['ARF'] },
  { name: 'Conference on Interaction and Confidence-Building Measures in Asia', aliases: ['CICA'] },
  { name: 'Kremlin', country: 'RUS' },
  { name: 'White House', country: 'USA' },
  { name: 'State Department', aliases: ['US State Department', 'U.S. State Department', 'Department of State'], country: 'USA' },
  { name: 'Pentagon', country: 'USA' },
  // armed forces that news names by their acronym alone
  { name: 'Israel Defense Forces', aliases: ['Israel Defence Forces', 'IDF', 'Israeli Defense Forces', 'Israeli Defence Forces'], country: 'ISR' },
  { name: "People's Liberation Army", aliases: ['PLA', 'People’s Liberation Army'], country: 'CHN' },
  { name: 'Blue House', aliases: ['Cheong Wa Dae'], country: 'KOR' },
  { name: 'Élysée', aliases: ['Elysee', 'Élysée Palace', 'Elysee Palace'], country: 'FRA' },
  { name: 'Downing Street', country: 'GBR' },
  { name: 'State Duma', country: 'RUS' },
  { name: 'Federation Council', country: 'RUS' },
  { name: 'National Assembly' },
  { name: 'MI5', country: 'GBR' },
  { name: 'MI6', country: 'GBR' },
  { name: 'KCNA', aliases: ['Korean Central News Agency'], country: 'PRK' },
  { name: 'TASS', country: 'RUS' },
  { name: 'Xinhua', country: 'CHN' },
  { name: 'Yonhap', country: 'KOR' },
];

/** Last words of organisation names: a capitalised run ending in one of them is an organisation. */
export const ORG_HEADS: string[] = [
  'Fund', 'Institute', 'Institution', 'Ministry', 'Council', 'Organization', 'Organisation', 'Bank', 'Agency', 'Committee',
  'Commission', 'Corporation', 'Company', 'Union', 'Association', 'Assembly', 'Parliament', 'Party', 'Court', 'Service',
  'Office', 'Department', 'University', 'Foundation', 'Group', 'Bureau', 'Authority', 'Secretariat', 'Board', 'Academy',
  'Federation', 'League', 'Alliance', 'Forces', 'Army', 'Navy', 'Guard', 'Administration', 'Centre', 'Center', 'Club',
  'Chamber', 'Duma', 'Senate', 'Congress', 'Embassy', 'Consulate', 'Mission', 'Delegation',
  'Forum', 'Inc', 'Ltd', 'LLC', 'PLC', 'Corp', 'Co', 'Holdings', 'Industries', 'Motors', 'Electronics', 'Airlines', 'Railways',
];

/** Words that may join the capitalised words of an organisation's name. */
export const ORG_CONNECTORS: string[] = ['of', 'for', 'on', 'and', 'the', '&', 'de', 'in'];
