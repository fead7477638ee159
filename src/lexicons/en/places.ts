// Places that are not countries: cities, regions, islands, seas. Capitals live in
// country-aliases.ts (they double as governments). Names ending in PLACE_HEADS are found by grammar.

export const PLACES: string[] = [
  // cities
  'St. Petersburg', 'Saint Petersburg', 'Vladivostok', 'Murmansk', 'Sochi', 'Kazan', 'Novosibirsk', 'Yekaterinburg',
  'Khabarovsk', 'Kaliningrad', 'Skolkovo', 'Busan', 'Incheon', 'Jeju', 'Panmunjom', 'Shanghai', 'Hong Kong', 'Macau',
  'Osaka', 'Kyoto', 'Hiroshima', 'New York', 'Geneva', 'Davos', 'Munich', 'Hamburg', 'Frankfurt', 'Milan', 'Barcelona',
  'Istanbul', 'Dubai', 'Jeddah', 'Mumbai', 'Karachi', 'Lahore', 'Almaty', 'Samarkand', 'Kharkiv', 'Odesa', 'Odessa',
  'Sevastopol', 'Donetsk', 'Luhansk', 'Aleppo', 'Gaza', 'Ramallah', 'Tel Aviv', 'Alexandria', 'Lagos', 'Johannesburg',
  'Cape Town', 'Sydney', 'Melbourne', 'Toronto', 'Vancouver', 'Los Angeles', 'San Francisco', 'Chicago', 'Rio de Janeiro',
  'Sao Paulo', 'São Paulo', 'Ho Chi Minh City', 'Bali', 'Salisbury', 'Strasbourg', 'Luxembourg',
  // states of the United States, provinces and regions often in the news
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Bavaria', 'Scotland',
  'Wales', 'Northern Ireland', 'England', 'Catalonia', 'Flanders', 'Okinawa', 'Hokkaido', 'Guangdong', 'Sichuan',
  'Chechnya', 'Dagestan', 'Tatarstan', 'Zaporizhzhia', 'Kherson', 'Kursk', 'Belgorod',
  // regions, seas, islands
  'Far East', 'Russian Far East', 'Northeast Asia', 'North-East Asia', 'Southeast Asia', 'South-East Asia', 'East Asia',
  'Central Asia', 'South Asia', 'Middle East', 'Near East', 'Asia Pacific', 'Asia-Pacific', 'Asia-Pacific region',
  'Indo-Pacific', 'Eurasia', 'Europe', 'Asia', 'Africa', 'Latin America', 'North America', 'South America', 'Arctic',
  'Antarctic', 'Antarctica', 'Siberia', 'Caucasus', 'North Caucasus', 'South Caucasus', 'Balkans', 'Baltic', 'Persian Gulf',
  'Gulf', 'Black Sea', 'Baltic Sea', 'Caspian Sea', 'Sea of Japan', 'East Sea', 'Yellow Sea', 'South China Sea',
  'East China Sea', 'Mediterranean', 'Crimea', 'Donbas', 'Donbass', 'Kuril Islands', 'Kurils', 'Dokdo', 'Takeshima',
  'Northern Sea Route', 'Sahel', 'Horn of Africa', 'Kashmir', 'Tibet', 'Xinjiang', 'Primorye', 'Maritime Province',
];

/** Last words of place names: a capitalised run ending in one of them is a place ("Russky Island"). */
export const PLACE_HEADS: string[] = ['Island', 'Islands', 'Peninsula', 'Region', 'Province', 'Oblast', 'Krai', 'Territory', 'Sea', 'Strait', 'Gulf', 'Bay', 'River', 'Mountains', 'Valley', 'Prefecture', 'County', 'District', 'Airport', 'Port', 'Canal', 'Desert', 'Lake', 'Shoal', 'Reef', 'Atoll', 'Archipelago', 'Plateau', 'Heights', 'Corridor', 'Garden', 'Gardens', 'Square'];
