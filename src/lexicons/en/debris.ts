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
  // a bare label over a list of links: "Related:", "See also"
  /^(related|see also|also read)\s*:?$/i,
  /^(you (may|might) (also )?(like|be interested in)|more from|more on this|in other news|recommended|most read|most popular|trending)\b.{0,40}$/i,
  /^(comments?|leave a (comment|reply)|\d+ comments?)$/i,
];

/** UI words of non-English site chrome (Korean, Russian …) that scraped English pages keep. */
export const FOREIGN_UI_WORDS =
  /(상세보기|목록|이전글|다음글|인쇄|검색|바로가기|홈|Подробнее|Версия для печати|Все новости|Главная|Головна|サイトマップ|文字サイズ|検索|プライバシーポリシー|首页|网站地图|搜索|打印|الرئيسية)/;

/** Signs of a clock, a counter or a contact line: never prose. */
export const CLOCK_LINE = /^[\p{L} .'-]{2,30}:\s*\d{1,2}:\d{2}(\s*(am|pm))?$/iu;
export const PHONE_LINE = /^[+(]?\d[\d\s().-]{6,}\d\s*(ext\.?\s*\d+)?$/;
export const EMAIL_OR_URL_LINE = /^([^\s@]+@[^\s@]+\.\w+|https?:\/\/\S+|www\.\S+)$/i;
/** "1332 days have passed since …": site banners counting days, which run as tickers. */
export const COUNTER_BANNER = /^\d[\d,]* (days?|hours?|years?) (have |has )?(passed|elapsed|since|left|remain)/i;

/** A page's field about the story itself, as a meta line lists them: "Topics: …", "Posted in …", "By U.S. Embassy Tokyo". */
export const META_FIELD = [
  /^(tags?|keywords|topics|categories|category|section|filed under|posted in|source|author|writer|date|posted|published|updated)\b\s*[:：]?\s*\S.{0,200}$/i,
  /^[Bb]y\s+\p{Lu}.{0,80}$/u,
];

// ---- Furniture by its shape: captions, credits, promos, author notes. Each is a cue found inside a
// line (not a whole-line pattern); the matchers in clean/text/furniture.ts decide what a cue means.

/** News and photo agencies as they sign photos. */
const AGENCIES =
  'Reuters|REUTERS|AFP|AP|EPA|EPA-EFE|Getty Images|Yonhap|Xinhua|TASS|Kyodo|Anadolu|Sputnik|Bloomberg|Shutterstock|Alamy|Pool|POOL|Handout|HANDOUT|dpa|ANSA|PA Images|PA Wire|Press Association|Associated Press|Rex Features|Zuma Press|SIPA';

/** The credit of a photo, which only a caption carries: "… in Osaka. REUTERS/Jane Doe/File Photo", "(AP Photo/John Roe)". */
export const PHOTO_CREDITS: RegExp[] = [
  // an agency in capitals, a slash and a photographer's name ("REUTERS/Jane Doe", "AFP/Getty Images")
  /\b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|POOL|HANDOUT|XINHUA|YONHAP|KYODO|TASS|ANADOLU|SPUTNIK|ANSA|DPA)\s?\/\s?\p{Lu}\p{Ll}/u,
  // any agency in capitals after the caption's full stop, a slash and a name: "… 2020. NEWSWIRE/Jane Doe"
  /(?:^|[.!?)"”’]\s+)\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\s?\/\s?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’.-]*)*(?:\s*\/|\s*$|\s+\p{Lu})/u,
  // "(AP Photo/John Roe)", "(Photo by Jane Doe/Getty Images)", "(Pool photo via AP)"
  /\((?:[\p{Lu}][\p{L}.]*\s){0,3}(?:photo|photograph|image|picture|handout|pool)s?\s*(?:\/|by\b|via\b|:|courtesy\b)[^)]{1,80}\)/iu,
  // "(credit: NASA/Jane Roe)", "(Image courtesy of …)" closing the line
  /\((?:photo |image |picture )?(?:credit|courtesy|source)s?\b[^)]{1,80}\)\s*$/i,
  // "… Handout via Reuters", "… via Getty Images" closing the line
  new RegExp(`\\bvia (?:${AGENCIES})\\.?\\s*$`),
  // "Jane Doe | Bloomberg | Getty Images", "Jane Doe/AFP via Getty Images"
  new RegExp(`(?:[|/]|\\bfor)\\s*(?:${AGENCIES})\\s*$`),
];

/** A caption's own opening: "In this Dec. 12, 2006, file photo, …", "FILE PHOTO: …", "FILE - …". */
export const CAPTION_OPENERS: RegExp[] = [
  /^(?:FILE\s*(?:PHOTO)?\s*[-–—:]\s*)?In this\b.{0,60}?\b(?:photo|photograph|picture|image|handout|still|frame|screen ?grab|video grab)\b/i,
  /^(?:FILE(?: PHOTO)?|PHOTO|PICTURE|IMAGE)\s*[-–—:]\s+\S/,
];

/** A picture's place in a gallery: "Item 1 of 5", "Image 3/10", "Photo 2 of 12". */
export const GALLERY_COUNTER = /^(?:item|image|photo|picture|slide|gallery|foto)\s+\d+\s*(?:of|\/|von|de|sur)\s*\d+\b/i;

/** What a promo asks the reader to do, at the start of one of its sentences. */
export const PROMO_CALLS =
  /(?:^|[.!?:]\s+)(?:sign up|subscribe|register|join|follow (?:us|him|her|them|me)\b|download|listen|watch|click|tap|get (?:the|our|all|more)|read (?:more|the full|our)|learn more|don['’]t miss|want more|never miss|like this (?:story|article)|share this|enjoy(?:ed)? (?:this|reading)|if you (?:enjoyed|liked|value)|have a (?:tip|story|news tip)|support (?:our|us)|become a (?:member|subscriber))\b/i;

/** What a promo offers. */
export const PROMO_OFFERS =
  /\b(?:newsletters?|inbox|podcasts?|alerts?|subscriptions?|subscribers?|members(?:hip)?|sign up|here|twitter|facebook|instagram|youtube|linkedin|tiktok|whatsapp|telegram|forums?|e-?mail|updates|briefing)\b/i;

/** The reader addressed: promos speak to "you". */
export const SECOND_PERSON = /\b(?:you|your|you['’]re|you['’]ll)\b/i;

/** A newsroom job, as an author's note at the foot names it. */
const NEWSROOM_ROLES =
  '(?:senior |chief |staff |political |foreign |deputy |managing |executive |contributing |associate |assistant )*(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|bureau chief|photographer|analyst|anchor|presenter|blogger|author)s?';

/** An author's note: "Jane Doe is a senior reporter for …", "As Moscow bureau chief, Jane runs coverage …", "… can be reached at …". */
export const AUTHOR_NOTE: RegExp[] = [
  new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s\\([^)]{1,60}\\))?\\s(?:is|was|has been|serves as)\\s(?:a|an|the|our)\\s[^.]{0,60}?\\b${NEWSROOM_ROLES}\\b`, 'u'),
  new RegExp(`^As (?:a |an |the |our )?[^,]{0,50}?\\b${NEWSROOM_ROLES},\\s\\p{Lu}`, 'u'),
  /\b(?:can|may) be (?:reached|contacted|emailed) (?:at|on|via)\b/i,
  /\b(?:e-?mail|contact|follow|reach) (?:him|her|them|me|the author)\b.{0,40}(?:@|\bat\b|\bon\b)/i,
];

/**
 * An e-mail address or a social handle: what contact notes and promos give. (An address starts a
 * word: tried from every character of a long token, it would cost the token's length squared.)
 */
export const CONTACT = /(?<!\S)[^\s@]+@[^\s@]+\.\w{2,}|(?:^|\s)@\w{2,}/;

/** The lines that close a wire story: after them, the page holds only what surrounds the story. */
export const STORY_END: RegExp[] = [
  /^\(?(?:(?:additional )?reporting|writing|editing|compiled|translated|produced) by\b.{0,200}$/i,
  /^our standards\s*:.{0,80}$/i,
  // the readers' comments under a story (a count of them may also stand under the headline, so
  // they end the story only after some of it): "[ 167 comments ]", "Top Rated Comments", "Comments (12)",
  // "34 responses to “Title”", "5 thoughts on “Title”", "Join the conversation"
  /^[[(]?\s*(?:top[- ]rated |top |all |show |view |read |post a |add a |\d[\d,]* )?(?:comments?|responses?|replies|thoughts)(?:\s*\(\d[\d,]*\))?\s*[\])]?$/i,
  /^\d[\d,]* (?:comments?|responses?|replies|thoughts) (?:to|on) .{1,200}$/i,
  /^(?:join|start) the (?:conversation|discussion)\b.{0,40}$/i,
];

/** Words of a byline or time stamp: "By Jane Doe - 11/18/19 11:04 PM EST", "The Agency Published Monday, …". */
export const STAMP_WORDS = /^(?:\w+ )?by\b|\b(?:published|updated|posted|modified)\b/i;

/** A clock time: "11:04 PM", "8:22AM", "1:23 p.m.". */
export const CLOCK_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?|h\b)/i;

/** Headers over a list of other stories ("More Great X Stories", "Don't miss", "Read next"). */
export const RELATED_HEADER =
  /^(?:more|related|recommended|read (?:more|next|also)|see (?:also|more)|also (?:read|see)|don['’]t miss|must read|trending|popular|most (?:read|viewed|popular|shared)|latest|top stories|you (?:may|might) (?:also )?(?:like|enjoy)|editor['’]?s['’]? picks|further reading|what to read next|elsewhere)\b/i;
