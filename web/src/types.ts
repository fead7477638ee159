// The API's shapes, taken from the server's views so the two cannot drift apart (types only).
export type { ReaderView, Mark, Piece, MarkKind } from '../../src/views/web-reader.js';
export type { DocPageItem } from '../../src/views/web-documents.js';
export type { WebSearchHit, SnippetPart } from '../../src/views/web-search.js';
export type { TimelineView, TimelineItem, TimelinePoint, EventView } from '../../src/views/web-timeline.js';
export type { EntityListItem, EntityView } from '../../src/views/web-entity.js';
export type { QuoteCheckView, QuoteCheck } from '../../src/views/web-quotes.js';
import type { quotedDocuments } from '../../src/views/web-quotes.js';
export type QuotedDocument = ReturnType<typeof quotedDocuments>[number];
export type { DiffPart } from '../../src/views/check.js';
export type { ConflictItem, NamedSpan } from '../../src/views/conflicts.js';
export type { DocRef } from '../../src/views/web-refs.js';
import type { WebSearchHit } from '../../src/views/web-search.js';
import type { IngestResult } from '../../src/ingest/run.js';

export interface Config {
  maxUploadBytes: number;
  store: string;
}

export type { DocPage } from '../../src/views/web-documents.js';
export type { EntityList } from '../../src/views/web-entity.js';

export interface SearchResult {
  query: string;
  hits: WebSearchHit[];
}

/** The timeline filters as they travel in the URL (comma-separated country pair). */
export interface TimelineFilter {
  /** "0": leave out the chart's points (the list of a zoomed range). */
  points?: string;
  countries?: string;
  actor?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
}

export interface IngestResponse {
  results: IngestResult[];
  summary: { read: number; stored: number; duplicates: number; already: number; failed: number };
}
