// Name grammar data: words that are never part of a person's name, honorifics, name particles,
// and surnames written first (East Asian order), so "Moon" refers back to "Moon Jae-in".

/** Capitalised words that start sentences or headlines and are not names (lower case). */
export const NOT_NAME_WORDS: string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'to', 'of', 'and', 'or', 'but', 'as',
  'during', 'after', 'before', 'since', 'until', 'while', 'when', 'where', 'if', 'our', 'their', 'his', 'her', 'its',
  'my', 'your', 'this', 'that', 'these', 'those', 'both', 'all', 'some', 'many', 'each', 'every', 'we', 'they', 'he',
  'she', 'it', 'i', 'you', 'there', 'here', 'however', 'moreover', 'meanwhile', 'also', 'further', 'furthermore',
  'yesterday', 'today', 'tomorrow', 'last', 'next', 'first', 'second', 'third', 'new', 'ladies', 'gentlemen',
  'dear', 'colleagues', 'friends', 'question', 'answer', 'q', 'a', 'source', 'photo', 'read', 'more', 'see', 'also',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'meets', 'meet', 'met',
  'holds', 'hold', 'held', 'says', 'said', 'talks', 'talk', 'discuss', 'discusses', 'discussed', 'visits', 'visit',
  'calls', 'call', 'signs', 'sign', 'agree', 'agrees', 'agreed', 'urges', 'warns', 'welcomes', 'rejects', 'vows',
  'joint', 'statement', 'press', 'release', 'remarks', 'interview', 'news', 'conference', 'minister', 'ministers',
  'president', 'presidents', 'leader', 'leaders', 'government', 'ministry', 'embassy', 'covid', 'coronavirus',
  'not', 'no', 'yes', 'thank', 'thanks', 'please', 'regarding', 'concerning', 'according', 'following', 'despite',
  'under', 'over', 'between', 'among', 'against', 'within', 'about', 'what', 'which', 'who', 'how', 'why',
];

export const HONORIFICS: string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Dame', 'Madam', 'Mme', 'M.', 'Herr', 'Frau'];

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
