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
export const URL_KEYS = ['url', 'source_url', 'canonical_url', 'canonical', 'original_url', 'article_url', 'link', 'permalink', 'source', 'href', 'origin'] as const;

export const AUTHOR_KEYS = ['author', 'authors', 'byline', 'creators', 'creator'] as const;
