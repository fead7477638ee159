// Cities beyond the capitals (country-aliases.ts), with the state each lies in: a place conflict
// needs to know that two names are two different cities, or a city outside the state another
// source names ("Busan" is in South Korea; "Geneva" is not). Places whose state is disputed are left out.

export const CITY_STATES: Record<string, string> = {
  'St. Petersburg': 'RUS', Vladivostok: 'RUS', Murmansk: 'RUS', Sochi: 'RUS', Kazan: 'RUS', Novosibirsk: 'RUS',
  Yekaterinburg: 'RUS', Khabarovsk: 'RUS', Kaliningrad: 'RUS', Busan: 'KOR', Incheon: 'KOR', Shanghai: 'CHN',
  Osaka: 'JPN', Kyoto: 'JPN', Hiroshima: 'JPN', 'New York': 'USA', 'Los Angeles': 'USA', 'San Francisco': 'USA',
  Chicago: 'USA', Geneva: 'CHE', Davos: 'CHE', Munich: 'DEU', Hamburg: 'DEU', Frankfurt: 'DEU', Milan: 'ITA',
  Barcelona: 'ESP', Istanbul: 'TUR', Dubai: 'ARE', Jeddah: 'SAU', Mumbai: 'IND', Karachi: 'PAK', Lahore: 'PAK',
  Almaty: 'KAZ', Samarkand: 'UZB', Kharkiv: 'UKR', Odesa: 'UKR', Aleppo: 'SYR', 'Tel Aviv': 'ISR', Alexandria: 'EGY',
  Lagos: 'NGA', Johannesburg: 'ZAF', 'Cape Town': 'ZAF', Sydney: 'AUS', Melbourne: 'AUS', Toronto: 'CAN',
  Vancouver: 'CAN', 'Rio de Janeiro': 'BRA', 'Sao Paulo': 'BRA', 'Ho Chi Minh City': 'VNM', Strasbourg: 'FRA',
};

/** Other spellings of one city, → the spelling used above or in CAPITALS. */
export const CITY_SPELLINGS: Record<string, string> = {
  'Saint Petersburg': 'St. Petersburg', Odessa: 'Odesa', 'São Paulo': 'Sao Paulo', Kiev: 'Kyiv', Delhi: 'New Delhi',
  'Bogotá': 'Bogota', 'Brasília': 'Brasilia',
};
