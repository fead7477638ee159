// Short references found while reading for people, resolved afterwards in text order (coreference.ts).
import type { Segment } from './segments.js';

export interface TitledRef {
  kind: 'titled';
  seg: Segment;
  /** Token range of the whole reference ("Minister Chung"). */
  start: number;
  end: number;
  surname: string;
  title: string | null;
  code: string | null;
  /** May create a person when nobody in the document has this surname. */
  mayCreate: boolean;
}

export interface Description {
  kind: 'description';
  seg: Segment;
  start: number;
  end: number;
  titles: string[];
  code: string | null;
  /** "my counterpart" (the speaker's) / "his counterpart" (the last person named): same office, other state. */
  counterpartOf?: 'speaker' | 'recent';
  /** The common noun used ("leader"): people the text called so fit too. */
  noun?: string;
}

export type PendingRef = TitledRef | Description;
