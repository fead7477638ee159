// The lexicon of main-text extraction: tag lists and class/id/text patterns, gathered in one place
// (like Readability.js's REGEXPS) so they can be reviewed and extended without touching the code.

/** Elements whose content is never article text; the parser does not even build them. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'textarea', 'button', 'video', 'audio', 'map', 'title', 'link', 'input', 'dialog',
]);

/** Elements removed before scoring: page furniture by their very tag. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'menu', 'label', 'fieldset', 'output', 'meter', 'progress']);

/** Elements removed unless they hold article-like text (some pages wrap the lead in <header>). */
export const SOFT_FURNITURE_TAGS = new Set(['header', 'footer']);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES = /^(navigation|complementary|banner|contentinfo|menu|menubar|dialog|alert|alertdialog|search|toolbar|tablist)$/i;

/** Readability's elements-to-score: each contributes its text to its ancestors' scores. */
export const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);

/** Block-level elements: they start a new block of main text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'body', 'html', 'article',
]);

/** Blocks whose children we look into for Readability's "div without block children is a paragraph". */
export const DIV_TO_P_BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'aside', 'nav', 'li', 'form']);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const REGEXPS = {
  /** class/id of elements that are almost never the article (removed unless maybeCandidate matches). */
  unlikelyCandidates:
    /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|signup|sign-up|share|sharing|toolbar|cookie|consent|outbrain|taboola|promo|recommend|trending|most-?popular|breaking-?news|lang-?switch|language|hit-?counter|visitor|print-?only/i,
  /** class/id of comment threads: never the article, even when a retry relaxes the rules above. */
  commentThread: /(^|[\s_-])(comments?|comment-?(list|area|section|thread|s-?container|wrapper)|commentlist|disqus(_thread)?|respond|replies)($|[\s_])/i,
  /** …unless they also match this. */
  okMaybeItsACandidate: /and|article|body|column|content|main|mathjax|shadow|story/i,
  /** class/id that raise an element's weight. */
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|press-?release/i,
  /** class/id that lower an element's weight. */
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit|newsletter|subscribe|byline|author|dateline|timestamp|breadcrumb|social|toolbar|tools|print|email|signup|inline-?ad|advert|teaser|recirc|more-?stories|read-?more|also|next|prev/i,
  /** class/id of debris inside an article body (removed from the chosen container). */
  bodyDebris:
    /(^|[\s_-])(ad|ads|advert|advertisement|adslot|dfp|caption|credit|credits|figcaption|photo-?credit|image-?credit|share|sharing|social|newsletter|subscribe|signup|related|recirc|read-?more|more-?stories|tags?|topics|breadcrumbs?|byline|author|dateline|timestamp|published|updated|toolbar|print|comments?|promo|teaser|inline-?promo|embed|video|video-?player|gallery|slideshow|sr-only|visually-?hidden|screen-?reader|skip|hidden|pullquote|pull-?quote|rating|rate|vote|hit-?counter|views?-?count|lang(uage)?-?switch(er)?)($|[\s_-])/i,
  /** Hidden by inline style. */
  hiddenStyle: /display\s*:\s*none|visibility\s*:\s*hidden/i,
  /** Comma-like characters (Readability counts them as a sign of prose). */
  commas: /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g,
  /** A sentence end: short paragraphs with one are prose, not furniture. */
  sentenceEnd: /[.!?。]["'”’)]?(\s|$)/,
};

/** Whole blocks that are page debris, whatever element holds them (tested on trimmed text). */
export const DEBRIS_LINES: RegExp[] = [
  /^(advertisement|advertising|advert|sponsored( content)?|ad|anzeige|publicité|publicidad|pubblicità)$/i,
  // a blog's shortcode left unrendered: "[button link=…]Send us your review[/button]"
  /^\[(\w+)\b[^\]]*\].*\[\/\1\]$/,
  /^(read|see|view|show|load|click for|continue reading)( the)?( full| more| all)?( story| article| comments?| here| coverage| stories| news)?[.:…]*$/i,
  /^(share|share this|share on \w+|tweet|email|print|copy link|pin it|whatsapp|facebook|twitter|linkedin)( (this )?(article|story|page))?[.:!]*$/i,
  /^(like|liked|enjoy|enjoyed|love|loved|did you (like|enjoy))( this| the| our)? (story|article|post|piece|read)\?.{0,60}$/i,
  /^(related|related (articles|stories|content|news|coverage)|more (on this|from|stories|news)|recommended|you (may|might) (also )?like|most (read|popular|viewed)|latest( news)?|trending)\b.{0,40}$/i,
  /^(sign up|subscribe|newsletter|get our newsletter|join our newsletter)\b.{0,80}$/i,
  /^(photo|image|picture|video|graphic|illustration|credit|source|file photo)( credit)?\s*[:|/]/i,
  /^(getty images|reuters|ap photo|afp|epa|shutterstock|istock)(\s*\/.*)?$/i,
  /^(tags?|topics?|filed under|categories|keywords)\s*:/i,
  /^(back to top|top of page|skip to (main )?content|jump to)\b.{0,30}$/i,
  /^(comments?|\d+ comments?|leave a (comment|reply)|post a comment|add a comment)[.:]*$/i,
  /^(views?|hits?|visits?|page views|read)\s*:?\s*[\d,. ]+( times)?$/i,
  /^[\d,. ]+\s*(views?|hits?|visits?|reads)$/i,
  /^(tel|phone|fax|e-?mail|t|f)\s*[.:]\s*[+\d(]/i,
  /^(all rights reserved|©|copyright)\b/i,
  /^(this (article|story) (was|is|has been) (updated|corrected))\b.{0,40}$/i,
  // a line that is only a date or time stamp ("1 June 2022", "Updated: March 14, 2024 10:30 AM ET")
  /^((published|posted|updated|last updated|first published|date)\s*:?\s*(on\s+)?)?(\w+,?\s+)?(\d{1,2}(st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(\s*(at|,|-|\|)?\s*\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?$/i,
  /^(we use cookies|this (web)?site uses cookies)\b/i,
  // an affiliate disclosure: "This post may contain affiliate links…", "X may earn a commission if you buy…"
  /^(this (post|article|page|story|content) (may )?contains? (affiliate|referral)|.{0,60}\b(may|might|could) (earn|receive|get) (an? )?(small )?(affiliate )?commission\b)/i,
  /^(advertisement|story continues below( advertisement)?|article continues below)\b.{0,30}$/i,
];

/** Short lines that are language switchers ("English | Français | Español"). */
export const LANGUAGE_NAMES = /^(english|français|francais|español|espanol|deutsch|русский|العربية|中文|português|italiano|日本語|한국어|türkçe|polski|nederlands|svenska|українська|فارسی|עברית|en|fr|es|de|ru|ar|zh|pt|it|ja|ko|tr|pl|nl|sv|uk)$/i;
