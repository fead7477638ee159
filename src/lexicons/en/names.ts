// Name grammar data: words that are never part of a person's name, honorifics, name particles,
// and surnames written first (East Asian order), so "Moon" refers back to "Moon Jae-in".
import { CALENDAR_WORDS } from './date-words.js';

/** Capitalised words that start sentences or headlines and are not names (lower case). */
export const NOT_NAME_WORDS: string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'to', 'of', 'and', 'or', 'but', 'as',
  'during', 'after', 'before', 'since', 'until', 'while', 'when', 'where', 'if', 'our', 'their', 'his', 'her', 'its',
  'my', 'your', 'this', 'that', 'these', 'those', 'both', 'all', 'some', 'many', 'each', 'every', 'we', 'they', 'he',
  'she', 'it', 'i', 'you', 'there', 'here', 'however', 'moreover', 'meanwhile', 'also', 'further', 'furthermore',
  'yesterday', 'today', 'tomorrow', 'last', 'next', 'first', 'second', 'third', 'new', 'ladies', 'gentlemen',
  'dear', 'colleagues', 'friends', 'question', 'answer', 'q', 'a', 'source', 'photo', 'read', 'more', 'see', 'also',
  ...CALENDAR_WORDS, 'meets', 'meet', 'met',
  'holds', 'hold', 'held', 'says', 'said', 'talks', 'talk', 'discuss', 'discusses', 'discussed', 'visits', 'visit',
  'calls', 'call', 'signs', 'sign', 'agree', 'agrees', 'agreed', 'urges', 'warns', 'welcomes', 'rejects', 'vows',
  'joint', 'statement', 'press', 'release', 'remarks', 'interview', 'news', 'conference', 'minister', 'ministers',
  'president', 'presidents', 'leader', 'leaders', 'government', 'ministry', 'embassy', 'covid', 'coronavirus',
  'not', 'no', 'yes', 'thank', 'thanks', 'please', 'regarding', 'concerning', 'according', 'following', 'despite',
  'under', 'over', 'between', 'among', 'against', 'within', 'about', 'what', 'which', 'who', 'how', 'why',
];

export const HONORIFICS: string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Dame', 'Madam', 'Mme', 'Herr', 'Frau', 'Shri', 'Sri', 'Smt', 'Shrimati', 'Prof', 'Professor', 'Excellency', 'HE', 'Hon', 'Honourable', 'Honorable', 'Sheikh', 'Señor', 'Senhor', 'Dato', 'Datuk',
  // abbreviated ranks and offices written before a name ("Gen. Dan Smith", "Gov. Jane Doe", "H.E.")
  'Gen', 'Gen.', 'Lt', 'Lt.', 'Col', 'Col.', 'Adm', 'Adm.', 'Maj', 'Maj.', 'Capt', 'Capt.', 'Gov', 'Gov.', 'Sen', 'Sen.', 'Rep.', 'Amb.'];

/** Lower-case words that may sit inside a name ("Charles de Gaulle", "Mohammed bin Salman"). */
export const NAME_PARTICLES: string[] = ['de', 'da', 'di', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'la', 'le'];

/** Surnames that come first in names written in East Asian order. */
export const SURNAME_FIRST: string[] = [
  'kim', 'lee', 'yi', 'park', 'pak', 'choi', 'choe', 'chung', 'jung', 'jeong', 'moon', 'mun', 'yun', 'yoon', 'yoo', 'yu',
  'ryu', 'kang', 'cho', 'jo', 'jang', 'chang', 'lim', 'im', 'han', 'oh', 'seo', 'suh', 'shin', 'kwon', 'hwang', 'ahn',
  'song', 'hong', 'ban', 'roh', 'chun', 'jeon', 'ko', 'go', 'nam', 'noh', 'baek', 'paik', 'heo', 'hur', 'ri', 'wang',
  'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'hu', 'guo', 'he', 'gao',
  'lin', 'luo', 'zheng', 'liang', 'xie', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong',
  'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'qin',
  'xi', 'hua', 'nguyen', 'tran', 'le', 'pham', 'hoang', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong',
];

/** Nouns that end names of things, never of people ("Climate Action Summit", "Keck Observatory"). */
export const NOT_NAME_HEADS: string[] = [
  'summit', 'conference', 'forum', 'observatory', 'games', 'cup', 'festival', 'treaty', 'agreement', 'accord', 'act',
  'initiative', 'award', 'prize', 'day', 'week', 'year', 'street', 'avenue', 'square', 'hall', 'palace', 'tower',
  'stadium', 'hotel', 'station', 'museum', 'park', 'bridge', 'bridges', 'route', 'plan', 'program', 'programme',
  'project', 'strategy', 'declaration', 'resolution', 'protocol', 'convention', 'charter', 'exchanges', 'dialogue',
  'vaccine', 'doctrine', 'policy', 'news', 'times', 'post', 'journal', 'daily', 'review', 'magazine', 'airlines',
  'university', 'college', 'school', 'hospital', 'church', 'cathedral', 'mosque', 'temple', 'island', 'islands',
  'international', 'productions', 'brothers', 'equities', 'services', 'rights', 'partner', 'partners', 'containers',
  'technology', 'technologies', 'solutions', 'systems', 'capital', 'securities', 'media', 'studios', 'records',
  'entertainment', 'network', 'networks', 'labs', 'sciences', 'resources', 'airways', 'foods', 'pharmaceuticals',
  'shelter', 'society', 'operations', 'sales', 'design', 'group', 'falls', 'beach', 'heights', 'hills', 'line', 'prize', 'wars', 'affairs', 'relations', 'development', 'investment',
  'cooperation', 'security', 'peace', 'economic', 'national', 'federal', 'republic', 'kingdom', 'state', 'states',
];

/**
 * Common given names (lower case), a cue that a capitalised pair is a person when the verb after
 * it could as well follow a thing ("Vladimir Putin had a telephone conversation" vs "Apple Watch had").
 */
export const GIVEN_NAMES: string[] = [
  // Russian and other Slavic
  'vladimir', 'sergey', 'sergei', 'dmitry', 'dmitri', 'mikhail', 'alexander', 'aleksandr', 'alexey', 'aleksei', 'andrey',
  'andrei', 'nikolai', 'nikolay', 'maria', 'mariya', 'yury', 'yuri', 'igor', 'ivan', 'oleg', 'viktor', 'victor',
  'valentina', 'anatoly', 'boris', 'gennady', 'grigory', 'konstantin', 'maxim', 'maksim', 'pavel', 'pyotr', 'peter',
  'ramzan', 'sergei', 'tatiana', 'tatyana', 'elena', 'yelena', 'olga', 'natalia', 'natalya', 'irina', 'anna', 'svetlana',
  'volodymyr', 'petro', 'dmytro', 'oleksandr', 'olena', 'yulia', 'andrzej', 'mateusz', 'radoslaw', 'aleksandar',
  'milos', 'zoran', 'viktor', 'ilham', 'nikol', 'kassym-jomart', 'nursultan', 'shavkat', 'emomali', 'sadyr', 'alexander',
  // English, French, German, Spanish, Italian, Portuguese, Nordic
  'joe', 'joseph', 'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'antony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'kenneth', 'george', 'kevin',
  'brian', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan',
  'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'frank', 'alexander', 'raymond',
  'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'henry', 'adam', 'douglas', 'nathan', 'peter', 'zachary',
  'kyle', 'walter', 'harold', 'jeremy', 'ethan', 'carl', 'keith', 'roger', 'gerald', 'christian', 'terry', 'sean',
  'arthur', 'austin', 'noah', 'lawrence', 'jesse', 'joe', 'bryan', 'billy', 'jordan', 'albert', 'dylan', 'bruce',
  'willie', 'gabriel', 'alan', 'juan', 'logan', 'wayne', 'ralph', 'roy', 'eugene', 'randy', 'vincent', 'russell',
  'louis', 'philip', 'bobby', 'johnny', 'bradley', 'hunter', 'barack', 'hillary', 'kamala', 'nancy', 'mike', 'rex',
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy',
  'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'carol', 'amanda',
  'melissa', 'deborah', 'stephanie', 'rebecca', 'laura', 'sharon', 'cynthia', 'kathleen', 'amy', 'shirley', 'angela',
  'helen', 'anna', 'brenda', 'pamela', 'nicole', 'samantha', 'katherine', 'emma', 'ruth', 'christine', 'catherine',
  'debra', 'rachel', 'carolyn', 'janet', 'virginia', 'heather', 'diane', 'julie', 'joyce', 'victoria', 'kelly',
  'christina', 'joan', 'evelyn', 'lauren', 'judith', 'olivia', 'martha', 'cheryl', 'megan', 'andrea', 'hannah',
  'jacqueline', 'ann', 'jean', 'alice', 'kathryn', 'gloria', 'teresa', 'doris', 'sara', 'janice', 'julia', 'marie',
  'madison', 'grace', 'judy', 'theresa', 'beverly', 'denise', 'marilyn', 'amber', 'danielle', 'abigail', 'brittany',
  'rose', 'diana', 'natalie', 'sophia', 'alexis', 'lori', 'kayla', 'jane', 'penny', 'liz', 'rishi', 'keir', 'theresa',
  'emmanuel', 'jean-yves', 'jean-marc', 'jean-luc', 'francois', 'françois', 'nicolas', 'jacques', 'pierre', 'catherine',
  'olaf', 'angela', 'annalena', 'frank-walter', 'wolfgang', 'heiko', 'markus', 'ursula', 'josep', 'pedro', 'jose', 'josé',
  'luis', 'carlos', 'miguel', 'antonio', 'antónio', 'manuel', 'francisco', 'fernando', 'jorge', 'alberto', 'javier',
  'sergio', 'mario', 'giorgia', 'luigi', 'matteo', 'sergio', 'paolo', 'marco', 'giuseppe', 'luiz', 'jair', 'dilma',
  'mauro', 'celso', 'ernesto', 'gustavo', 'andrés', 'andres', 'nicolás', 'alberto', 'cristina', 'javier', 'claudia',
  'jens', 'mette', 'stefan', 'magnus', 'ulf', 'sauli', 'alexander', 'kristalina', 'charles', 'justin', 'mélanie',
  'chrystia', 'jacinda', 'chris', 'winston', 'anthony', 'scott', 'malcolm', 'kevin', 'julie', 'marise',
  // Arabic, Persian, Turkish, South Asian, African
  'mohammed', 'muhammad', 'mohammad', 'mohamed', 'ahmed', 'ahmad', 'ali', 'hassan', 'hussein', 'abdullah', 'abdel',
  'abdul', 'khalid', 'faisal', 'salman', 'tamim', 'hamad', 'abdulaziz', 'sameh', 'ayman', 'adel', 'bashar', 'walid',
  'fayez', 'mahmoud', 'ismail', 'hakan', 'recep', 'mevlut', 'mevlüt', 'ebrahim', 'hossein', 'javad', 'hassan', 'abbas',
  'narendra', 'subrahmanyam', 'rahul', 'amit', 'rajnath', 'sushma', 'shehbaz', 'imran', 'nawaz', 'bilawal', 'ashraf',
  'hamid', 'cyril', 'naledi', 'bola', 'muhammadu', 'william', 'uhuru', 'abiy', 'paul', 'yoweri', 'emmerson', 'macky',
  // East and Southeast Asian given names written as one word
  'shinzo', 'fumio', 'yoshihide', 'yoshimasa', 'taro', 'toshimitsu', 'yoko', 'joko', 'retno', 'prabowo', 'rodrigo',
  'ferdinand', 'anwar', 'lee', 'hun', 'ing-wen', 'narendra', 'sheikh',
];

/** Words after a name that are not part of who the person is ("Joseph R. Biden, Jr."). */
/** Letters after a name that stand for an office or an honour ("Anthony Albanese MP"): not part of the name. */
export const POST_NOMINALS: string[] = ['MP', 'KC', 'QC', 'AC', 'AO', 'OBE', 'CBE', 'MBE', 'PhD', 'TD', 'MLA', 'MEP', 'MSP', 'MS'];

/** Forms of address that open a signature line ("The Hon …", "The Rt Hon …", "Senator the Hon …"). */
export const SIGNATURE_ADDRESS: string[] = ['Senator the Hon', 'Senator the Hon.', 'Senator the Honourable', 'Senator', 'The Hon', 'The Hon.', 'The Honourable', 'The Honorable', 'The Rt Hon', 'The Rt. Hon.', 'Rt Hon', 'Hon', 'Hon.', 'Honourable', 'Honorable', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Sir', 'Dame'];

export const NAME_SUFFIXES: string[] = ['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV'];

/** Familiar first names → the formal name they stand for, so that both spellings of one person meet. */
export const HYPOCORISTICS: Record<string, string> = {
  joe: 'joseph', bill: 'william', bob: 'robert', mike: 'michael', jim: 'james', tom: 'thomas', tony: 'antony',
  dick: 'richard', ted: 'edward', liz: 'elizabeth', dan: 'daniel', dave: 'david', chris: 'christopher',
  nick: 'nicholas', ben: 'benjamin', sam: 'samuel', alex: 'alexander', sasha: 'alexander', jon: 'jonathan',
  steve: 'steven', pete: 'peter', andy: 'andrew', matt: 'matthew', greg: 'gregory', ron: 'ronald', don: 'donald',
  kate: 'katherine', jenny: 'jennifer', sue: 'susan', maggie: 'margaret', becky: 'rebecca',
};
