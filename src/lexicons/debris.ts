// Page debris patterns for plain text scraped from web pages: data, reviewed like code.
// Each matches one whole trimmed line. Users extend these lists without touching the matcher.

/** Navigation, UI words and link-text that are never article content. */
export const UI_LINES: RegExp[] = [
  /^(skip (to )?(navigation|main content|content)|skip navigation links?)$/i,
  /^(home|menu|search|print|share|e-?mail|subscribe|sign (in|up)|log ?in|log ?out|contacts?|sitemap|site map|top|back|next|previous|more|close|open|all (messages|news|materials|articles|events)|back to top|read more|see more|view all|print version|version for print|rss|feedback|english|русский|한국어|français|español|deutsch)$/i,
  /^(share|follow us|tweet|like)( (on|this|us))?\b.{0,30}$/i,
  /^(advertisement|sponsored( content)?|related( articles| stories| news)?|most (read|popular|viewed)|recommended( for you)?)$/i,
  /^(photo|image|picture|video|source|credit|photograph|file photo|getty images|reuters|afp|ap photo)\s*[:|/].{0,120}$/i,
  /^(copyright|©|\(c\)|all rights reserved).{0,200}$/i,
  /^(tags?|keywords|topics|categories)\s*:.{0,200}$/i,
  /^(hit|hits|views|viewed|read|counter|visits)\s*:?\s*[\d,. ]+$/i,
  /^(date|posted|published|updated|time|writer|author|department|dept\.?|file|attachment)\s*:.{0,80}$/i,
  /^(tel|phone|fax|telephone|e-?mail|address|consular queries|press office|contact(s| us)?)\s*:.{0,120}$/i,
  /^<!--.*|^!--.*-->$|^-->$/,
  /^\[?(if|endif)\b.*\]$/i,
  // a photo caption ending in its agency credit ("… in New Delhi, India. REUTERS/Jane Doe"); the
  // look-ahead for the slash only saves trying each place in a line that has none
  /^(?=[\s\S]*\/).{0,400}\b(REUTERS|AFP|AP|EPA(-EFE)?|Getty Images|Yonhap|Xinhua|TASS|Kyodo|Anadolu|Sputnik|Bloomberg|Pool|Handout)\s*\/\s*\p{Lu}[\p{L} .'’-]{1,60}$/u,
  /^\(?(photo|image|picture|file photo|photograph)\s*(by|credit|courtesy)?\b.{0,80}\)?$/i,
  // breadcrumbs and menus: three or more short items joined by > » › | /
  /^(?=[\s\S]*\s[>»›|/]\s)[^.!?]{1,60}(\s+[>»›|/]\s+[^.!?]{1,60}){2,}$/,
  // agency credit lines and standards boilerplate at the foot of a news story
  /^((additional )?reporting|writing|editing|compiled|translated) by\b.{0,200}$/i,
  /^our standards\s*:.{0,80}$/i,
  /^(back to|return to|go to|page top|to top)\b.{0,80}$/i,
  // a language switcher: "日本語 | English | 中文", "हिन्दी | English"
  /^((english|français|español|deutsch|русский|українська|中文|日本語|한국어|हिन्दी|العربية|português|italiano|türkçe|bahasa indonesia|tiếng việt|فارسی|עברית)\s*[|/·]?\s*){2,}$/i,
  // a byline: "By Jane Doe and John Roe", "By Staff Reporter"
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s*(,|and|&)?\s*\p{Lu}[\p{L}.'’-]*){0,7}$/u,
  // a labelled list of links to other pages: "Related: Ambassador visits Okinawa | Secretary meets …"
  /^(related( links| posts| stories| articles| news| content)?|see also|read also|also read|more on this)\s*:.{0,400}$/i,
  // the site's notice about itself: "This is the official website of the U.S. Embassy …"
  /^this is (the|an) official (web ?site|page|portal|account)\b.{0,400}$/i,
  // "Share:" and its cousins in other languages
  /^(share|partager|teilen|compartir|condividi|поделиться|поділитися|공유(하기)?|分享)\s*:?$/i,
];

/** Headers that open a list of *other* stories: everything after them is not this article. */
export const OTHER_STORIES_HEADERS: RegExp[] = [
  /^(latest|recent|other|more|related|similar|popular|top|previous|next)( \w+)? (events|news|stories|articles|materials|posts|publications|releases|headlines|videos|links|pages|documents|resources|topics|content)\b.{0,20}$/i,
  /^(read|see) (also|more)\b.{0,30}$/i,
  /^(you (may|might) (also )?(like|be interested in)|more from|more on this|in other news|recommended|most read|most popular|trending)\b.{0,40}$/i,
  /^(comments?|leave a (comment|reply)|\d+ comments?)$/i,
];

/** UI words of non-English site chrome (Korean, Russian …) that scraped English pages keep. */
export const FOREIGN_UI_WORDS =
  /(상세보기|목록|이전글|다음글|인쇄|검색|바로가기|홈|Подробнее|Версия для печати|Все новости|Главная|Головна|サイトマップ|文字サイズ|検索|プライバシーポリシー|首页|网站地图|搜索|打印|الرئيسية)/;

/** Signs of a clock, a counter or a contact line: never prose. */
export const CLOCK_LINE = /^[\p{L} .'-]{2,30}:\s*\d{1,2}:\d{2}(\s*(am|pm))?$/iu;
export const PHONE_LINE = /^[+(]?\d[\d\s().-]{6,}\d\s*(ext\.?\s*\d+)?$/;
export const EMAIL_OR_URL_LINE = /^(\S+@\S+\.\w+|https?:\/\/\S+|www\.\S+)$/i;
/** "1332 days have passed since …": site banners counting days, which run as tickers. */
export const COUNTER_BANNER = /^\d[\d,]* (days?|hours?|years?) (have |has )?(passed|elapsed|since|left|remain)/i;

/** A page's field about the story itself, as a meta line lists them: "Topics: …", "Posted in …", "By U.S. Embassy Tokyo". */
export const META_FIELD = [
  /^(tags?|keywords|topics|categories|category|section|filed under|posted in|source|author|writer|date|posted|published|updated)\b\s*[:：]?\s*\S.{0,200}$/i,
  /^[Bb]y\s+\p{Lu}.{0,80}$/u,
];
