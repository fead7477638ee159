// clean: from a decoded input to its main text and metadata, keeping the map back to the original.
import type { CleanDocument, DateValue, DocKind, DocWarning, MainText, MetaItem, Range, RawDocument, StageFailure } from '../types.js';
import { extractHtml } from './html/extract.js';
import { truncationSign } from './html/truncation.js';
import { parseGivenDate } from './meta/dates.js';
import { detectKind } from './meta/kind.js';
import { detectLanguage } from './meta/language.js';
import { readText } from './text/read.js';

export { BLOCK_SEPARATOR, spanFromMain, spanFromOriginal, toOriginalRange } from './main-text.js';

export const NO_MAIN_TEXT = 'no main text found';

/** The document id: a prefix of the content hash, stable across stores and machines. */
export function documentId(hash: string): string {
  return hash.slice(0, 16);
}

interface Found {
  title: string | null;
  titleRange: Range | null;
  published: DateValue | null;
  publishedEvidence: Range | null;
  language: string | null;
  main: MainText;
  body: Range[];
  pageText: string;
  failed?: StageFailure[];
  warnings?: string[];
  authors?: MetaItem[];
  tags?: MetaItem[];
  url?: string | null;
}

export function cleanDocument(raw: RawDocument): CleanDocument {
  const found = raw.format === 'html' ? fromHtml(raw.original) : fromText(raw);
  const warnings: DocWarning[] = (found.warnings ?? []).map((message) => ({ message, range: null }));
  let { published, publishedEvidence } = found;
  // A sidecar's or crawler's date is the source's own word and wins; the flag only fills a gap.
  const givenDate = raw.hints.published ?? (published ? undefined : raw.hints.publishedIfUnstated);
  if (givenDate) {
    const given = parseGivenDate(givenDate);
    if (given) {
      published = given;
      publishedEvidence = null; // given by the user or the crawler, not read in the text
    } else warnings.push({ message: `given publication date "${givenDate}" is not a date`, range: null });
  }
  const title = raw.hints.title ?? found.title;
  const kind: DocKind = raw.hints.kind ?? detectKind({ title, mainText: found.main.text, pageText: found.pageText });
  if (raw.format === 'html') {
    const cut = truncationSign(raw.original);
    if (cut) warnings.push({ message: cut, range: null });
  }
  if (!found.main.text.trim() && !found.failed?.length) warnings.push({ message: NO_MAIN_TEXT, range: null });
  const address = found.url ?? raw.hints.url ?? (/^https?:\/\//i.test(raw.source) ? raw.source : null);
  return {
    id: documentId(raw.hash),
    source: raw.source,
    sourceName: raw.sourceName,
    original: raw.original,
    format: raw.format,
    hash: raw.hash,
    title,
    titleRange: raw.hints.title ? null : found.titleRange,
    published,
    publishedEvidence,
    language: found.language ?? detectLanguage(found.main.text),
    kind,
    main: found.main,
    body: found.body,
    warnings,
    ...(found.failed?.length ? { failed: found.failed } : {}),
    ...(found.authors?.length ? { authors: found.authors } : {}),
    ...(found.tags?.length ? { tags: found.tags } : {}),
    ...(address ? { address } : {}),
  };
}

function fromText(raw: RawDocument): Found {
  return { ...readText(raw.original, raw.sourceName, raw.hints.url ?? null), language: null };
}

function fromHtml(original: string): Found {
  const x = extractHtml(original);
  return {
    title: x.title,
    titleRange: x.titleRange,
    published: x.published ? { value: x.published.value, precision: x.published.precision } : null,
    publishedEvidence: x.published?.evidence ?? null,
    language: x.language,
    main: x.main,
    body: x.blocks,
    pageText: original.slice(0, 20000).replace(/<[^<>]*>/g, ' '),
    failed: x.failed,
    warnings: x.warnings,
  };
}
