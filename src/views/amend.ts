// Correcting the record: a document's date, title or kind set by hand, and a document removed.
// A document's annotations are a pure function of it (its date places "on Tuesday"), so a change
// annotates it again; what links documents (entities, events, quotes checked against records,
// duplicates, conflicts) is then linked again from every stored document's annotations, in the order
// they were stored: the store ends as if the corrected corpus had been ingested, with nothing left
// pointing at what was changed or removed.
import { ALL_LAYERS, annotate } from '../annotate/index.js';
import { mainTextFromRanges } from '../clean/main-text.js';
import { parseGivenDate } from '../clean/meta/dates.js';
import { linkDocument } from '../link/index.js';
import { beginQuoteBatch, finishQuoteBatch } from '../link/quotes.js';
import { annotationsToJson } from '../store/annotations-json.js';
import { transaction, type Store } from '../store/connection.js';
import {
  clearLinks,
  deleteDocumentRow,
  documentBySeq,
  documentNames,
  documentSeqs,
  documentsByIdPrefix,
  documentsNamed,
  getAnnotations,
  metaItems,
  setAnnotationsJson,
  unindexDocument,
  updateDocumentHead,
  type DocumentRow,
} from '../store/documents.js';
import type { CleanDocument, DatePrecision, DocKind, Range } from '../types.js';
import { closest } from './suggest.js';
import { ViewError } from './quotes.js';

export interface DocumentChange {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null forgets the date. */
  published?: string | null;
  title?: string | null;
  kind?: DocKind;
}

/** A stored document by id or id prefix (at least 4 characters) or file name; an unknown one is refused with close ids. */
export function documentToAmend(store: Store, ref: string): DocumentRow {
  const exact = documentsNamed(store, ref);
  const rows = exact.length ? exact : ref.length >= 4 ? documentsByIdPrefix(store, ref, 11) : [];
  if (rows.length === 1) return rows[0];
  if (rows.length > 1) throw new ViewError(`${ref} may be any of ${rows.length > 10 ? 'more than ten' : rows.length} documents (${rows.slice(0, 5).map((r) => r.id).join(', ')}${rows.length > 5 ? ', …' : ''}); give more of its id`);
  const known = documentNames(store);
  // ids that start as it does (a mistyped character late in an id), else close names and ids
  let near: string[] = [];
  for (let n = ref.length - 1; n >= 4 && !near.length; n--) near = known.filter((r) => r.id.startsWith(ref.slice(0, n))).map((r) => r.id).slice(0, 3);
  if (!near.length) near = closest(ref, known.flatMap((r) => [r.id, r.source_name]));
  throw new ViewError(`no document ${ref} in the store${near.length ? `; did you mean ${near.join(' or ')}?` : ' (see attache docs)'}`);
}

/** The cleaned document as ingest made it, read back from its row. */
export function storedCleanDocument(row: DocumentRow): CleanDocument {
  const body = JSON.parse(row.body) as Range[];
  return {
    id: row.id, source: row.source, sourceName: row.source_name, original: row.original, format: row.format, hash: row.hash,
    title: row.title, titleRange: row.title_start !== null && row.title_end !== null ? { start: row.title_start, end: row.title_end } : null,
    published: row.published ? { value: row.published, precision: (row.published_precision ?? 'day') as DatePrecision } : null,
    publishedEvidence: row.published_start !== null && row.published_end !== null ? { start: row.published_start, end: row.published_end } : null,
    language: row.language, kind: row.kind, main: mainTextFromRanges(row.original, body), body, warnings: [],
    ...(row.authors ? { authors: metaItems(row.authors) } : {}),
    ...(row.tags ? { tags: metaItems(row.tags) } : {}),
  };
}

export interface AmendResult {
  id: string;
  changed: string[];
}

/** Sets a document's date, title or kind, annotates it again and links the store again. */
export function amendDocument(store: Store, ref: string, change: DocumentChange): AmendResult {
  const row = documentToAmend(store, ref);
  const doc = storedCleanDocument(row);
  const changed: string[] = [];
  if (change.published !== undefined) {
    const date = change.published === null ? null : parseGivenDate(change.published);
    if (change.published !== null && !date) throw new ViewError(`${change.published}: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
    if ((date?.value ?? null) !== row.published) changed.push(`published ${row.published ?? '(none)'} → ${date?.value ?? '(none)'}`);
    doc.published = date;
    // (a date given by hand is no span of the text)
    doc.publishedEvidence = null;
  }
  if (change.title !== undefined) {
    const title = change.title?.trim() || null;
    if (title !== row.title) changed.push(`title ${JSON.stringify(row.title)} → ${JSON.stringify(title)}`);
    doc.title = title;
    doc.titleRange = title !== null && row.title_start !== null && row.original.slice(row.title_start, row.title_end!) === title ? doc.titleRange : null;
  }
  if (change.kind !== undefined) {
    if (change.kind !== row.kind) changed.push(`kind ${row.kind} → ${change.kind}`);
    doc.kind = change.kind;
  }
  if (!changed.length) return { id: row.id, changed };
  const had = getAnnotations(store, row.id);
  const ann = had ? annotate(doc, ALL_LAYERS) : null;
  transaction(store, () => {
    updateDocumentHead(store, row, doc);
    if (ann) setAnnotationsJson(store, row.id, annotationsToJson(ann, doc));
    relinkAll(store);
  })();
  return { id: row.id, changed };
}

/** Removes documents (all named are found before any goes), their annotations and index rows, and everything linking made of them. */
export function removeDocuments(store: Store, refs: string[]): DocumentRow[] {
  const rows = [...new Map(refs.map((ref) => documentToAmend(store, ref)).map((r) => [r.id, r])).values()];
  transaction(store, () => {
    for (const row of rows) unindexDocument(store, row);
    // (linking made every row that points at a document; they go before it, for the foreign keys)
    clearLinks(store);
    for (const row of rows) deleteDocumentRow(store, row.id);
    relinkAll(store, false);
  })();
  return rows;
}

/** Links every stored document again, in the order they were stored (inside the caller's transaction). */
export function relinkAll(store: Store, clear = true): void {
  if (clear) clearLinks(store);
  beginQuoteBatch(store);
  // (one row read at a time: a statement being iterated would keep the connection from writing)
  for (const seq of documentSeqs(store)) {
    const row = documentBySeq(store, seq)!;
    linkDocument(store, storedCleanDocument(row), row.text_hash, getAnnotations(store, row.id));
  }
  finishQuoteBatch(store);
}
