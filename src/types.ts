// The data model shared by every stage: ingest → clean → annotate → store → link → views.
// Offsets are UTF-16 code units (JavaScript string indices) into a document's *original* text.

/** A half-open range [start, end) of original text. */
export interface Range {
  start: number;
  end: number;
}

/** A range of a document with the words it covers (`original.slice(start, end) === text` for plain text). */
export interface Span extends Range {
  doc: string;
  text: string;
}

export type DocKind = 'transcript' | 'statement' | 'press_release' | 'readout' | 'joint_statement' | 'news' | 'other';
export type DatePrecision = 'year' | 'month' | 'day';
export type DocFormat = 'text' | 'html';

/** A date the text supports, with how precise it is (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD). */
export interface DateValue {
  value: string;
  precision: DatePrecision;
}

/** What a source said about a document outside its text (a crawler record, a sidecar file, a flag). */
export interface DocumentHints {
  url?: string;
  title?: string;
  published?: string;
  /** A date for documents whose text states none (the --published flag); a stated date wins. */
  publishedIfUnstated?: string;
  kind?: DocKind;
}

/** A decoded input, before anything is known about its content. */
export interface RawDocument {
  source: string;
  sourceName: string;
  /** The decoded text (BOM removed, nothing else changed): what every span points into. */
  original: string;
  format: DocFormat;
  hints: DocumentHints;
  /** sha256 of `original` — the document's identity. */
  hash: string;
  byteLength: number;
}

/**
 * The main text of a document and, for each of its characters, where it came from in the
 * original: character i of `text` stands for original[starts[i], ends[i]). Separators we insert
 * between blocks map to an empty range at the block boundary.
 */
export interface MainText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

export interface CleanDocument {
  id: string;
  source: string;
  sourceName: string;
  original: string;
  format: DocFormat;
  hash: string;
  title: string | null;
  titleRange: Range | null;
  published: DateValue | null;
  publishedEvidence: Range | null;
  language: string;
  kind: DocKind;
  main: MainText;
  /** Ranges of the original that make up the main text, in order. */
  body: Range[];
  warnings: DocWarning[];
  /** Parts of cleaning that failed on this document (what they give is missing); absent when none did. */
  failed?: StageFailure[];
  /** The document's web address, where its front matter, a sidecar or its record gives one; absent otherwise. */
  address?: string;
  /** Who wrote it and what the source files it under, as its metadata (front matter) says; absent when it does not. */
  authors?: MetaItem[];
  tags?: MetaItem[];
}

/** A name the document's metadata gives, with where it is written in the original (null when not verbatim). */
export interface MetaItem {
  name: string;
  range: Range | null;
}

/** Something worth telling the user about one document, pinned to where it happened. */
export interface DocWarning {
  message: string;
  range: Range | null;
}

// ---------------------------------------------------------------- annotations (per document)

export type EntityType = 'person' | 'organization' | 'country' | 'location';

export interface Role {
  title: string;
  country: string | null;
}

/**
 * A mention as an annotator made it: the exportable span plus its main-text ("clean") offsets.
 * A mention in a title line that the main text leaves out has cleanStart = cleanEnd = -1.
 */
export interface LocalMention extends Span {
  cleanStart: number;
  cleanEnd: number;
}

/** An entity as one document knows it, before cross-document linking. */
export interface LocalEntity {
  /** Unique within the document. */
  localId: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-3. */
  country: string | null;
  roles: Role[];
  mentions: LocalMention[];
  /** A person who speaks in the first person in this document (a transcript's speaker). */
  isSpeaker?: boolean;
}

export type EventStatus = 'occurred' | 'planned' | 'unknown';
export type ParticipantRole = 'source' | 'target' | 'participant';

export interface LocalEvent {
  type: string;
  mode: string | null;
  cameo: string | null;
  quadClass: number | null;
  status: EventStatus;
  date: DateValue | null;
  dateEvidence: Span | null;
  location: string | null;
  participants: { localId: string; role: ParticipantRole }[];
  countries: string[];
  summary: string;
  evidence: Span[];
  /** The trigger words inside the evidence, for highlighting. */
  triggers?: Span[];
}

export interface LocalQuote {
  span: Span;
  speakerLocalId: string | null;
  cue: Span | null;
}

/** Passages that are a speaker's own words (first-person sentences of their transcript). */
export interface PrimaryPassage {
  speakerLocalId: string;
  span: Span;
}

/** Everything the pure per-document annotators found. */
export interface DocAnnotations {
  sentences: Span[];
  entities: LocalEntity[];
  events: LocalEvent[];
  quotes: LocalQuote[];
  primary: PrimaryPassage[];
  /** Layers that failed on this document (their lists above are empty or partial); absent when none did. */
  failed?: StageFailure[];
}

/** A stage that failed on one document, an internal error or its time budget spent, and why. */
export interface StageFailure {
  stage: string;
  message: string;
}

// ---------------------------------------------------------------- export format attache/1

export interface ExportDocument {
  id: string;
  source: string;
  sourceName: string;
  title: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  publishedEvidence: Span | null;
  language: string;
  kind: DocKind;
  text: string;
  body: Range[];
  duplicateOf: string | null;
  reportsOn: string[];
  format: DocFormat;
  ingestedAt: string;
  /** Extra fields (the format allows them): the authors and tags its metadata gives, empty when none. */
  authors: string[];
  tags: string[];
}

export interface ExportEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country: string | null;
  roles: { title: string; country: string | null; docs: string[] }[];
  mentions: Span[];
}

export interface ExportEvent {
  id: string;
  type: string;
  mode: string | null;
  cameo: string | null;
  quadClass: number | null;
  status: EventStatus;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateEvidence: Span | null;
  location: string | null;
  participants: { entity: string; role: ParticipantRole }[];
  countries: string[];
  summary: string;
  evidence: Span[];
}

export type VerificationStatus = 'verbatim' | 'close' | 'not_found' | 'no_primary_source';

export interface ExportQuote extends Span {
  id: string;
  speaker: string | null;
  cue: Span | null;
  verification: { status: VerificationStatus; matches: (Span & { similarity: number; differences?: string })[] };
}

/** What a conflict is about: a claim against the record, or two sources disagreeing about one event. */
export type ConflictKind = 'claim' | 'date' | 'place' | 'participants' | 'number';

export interface ExportConflict {
  id: string;
  kind: ConflictKind;
  /** The words that make the contested claim. */
  claim: Span;
  /** The words that contradict it, from other documents. */
  against: Span[];
  event: string | null;
  reason: string;
}

export interface AttacheExport {
  schema: 'attache/1';
  documents: ExportDocument[];
  entities: ExportEntity[];
  events: ExportEvent[];
  quotes: ExportQuote[];
  conflicts: ExportConflict[];
}
