// What a filtered export holds: the events the timeline's filters keep, and the documents that report
// them (the other tables follow those documents). No filter: everything.
import type { Store } from '../store/db.js';
import { eachEventIdInOrder, eventEvidence, readEvent, withParticipantStates, type StoredEvent } from '../store/events.js';
import { eventFilter, type TimelineFilter } from './timeline.js';

export interface Selection {
  /** The kept events, read one at a time in timeline order. */
  events(): Generator<StoredEvent>;
  /** Documents reporting the kept events; null when nothing is filtered (every document). */
  docs: ReadonlySet<string> | null;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return !!(filter.countries?.length || filter.actors?.length || filter.persons?.length || filter.kinds?.length || filter.from || filter.to || filter.types?.length);
}

export function selectRecord(store: Store, filter: TimelineFilter): Selection {
  const keep = eventFilter(store, filter);
  const events = function* () {
    for (const id of eachEventIdInOrder(store)) {
      const read = readEvent(store, id);
      const e = read && withParticipantStates(store, read);
      if (e && keep(e)) yield e;
    }
  };
  if (!isFiltered(filter)) return { events, docs: null };
  const docs = new Set<string>();
  for (const e of events()) for (const s of eventEvidence(store, e.id)) docs.add(s.doc);
  return { events, docs };
}
