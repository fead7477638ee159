// Keys of front matter (Jekyll, Hugo, crawlers) and what each tells about the document, best first.

export const TITLE_KEYS = ['title', 'headline', 'og_title', 'og:title'] as const;

/** The publication date as the source states it. */
export const DATE_KEYS = [
  'date', 'published', 'published_at', 'publish_date', 'published_time', 'published_date', 'publishdate', 'pubdate',
  'pub_date', 'date_published', 'datepublished', 'publication_date', 'article_published_time', 'release_date', 'issued',
] as const;

/** When a crawler fetched the text: never the publication date. */
export const CRAWL_DATE_KEYS = ['crawled_at', 'crawled', 'crawl_date', 'fetched_at', 'fetched', 'scraped_at', 'scraped', 'retrieved_at', 'retrieved', 'downloaded_at', 'collected_at'] as const;

/** The document's address on the web (the first that holds a URL). */
export const URL_KEYS = ['url', 'url_source', 'source_url', 'canonical_url', 'canonical', 'original_url', 'article_url', 'link', 'permalink', 'source', 'href', 'origin'] as const;

/** Who wrote the document (one key's values, the first key that has some). */
export const AUTHOR_KEYS = ['authors', 'author', 'byline', 'creators', 'creator', 'writers', 'writer', 'article_author', 'article:author'] as const;

/** What the source files the document under (every key's values, together). */
export const TAG_KEYS = ['tags', 'tag', 'keywords', 'categories', 'category', 'topics', 'subjects', 'article_tag', 'article:tag'] as const;

/** The publisher's name, as a title may close with it. */
export const SITE_KEYS = ['site_name', 'sitename', 'site', 'publisher', 'og_site_name'] as const;


/** Labels of the header reader services write above the text ("Title:", "URL Source:"), lower case. */
export const HEADER_FIELDS = ['title', 'url source', 'url', 'source', 'published time', 'published', 'date', 'author', 'description', 'site name', 'language'];
/** The label that closes such a header, with nothing after it. */
export const HEADER_END = ['markdown content', 'content', 'text'];
