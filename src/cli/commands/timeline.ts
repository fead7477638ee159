// attache timeline — events in date order with their sources; attache event ID — one event's evidence.
import { Command, Option } from 'commander';
import { eventDetail, eventsStartingWith, FilterError, timeline } from '../../views/timeline.js';
import { eventText, timelineCsv, timelineText } from '../../views/timeline-format.js';
import { fail } from '../output.js';
import { collect, parseEventType, withRecordFilters, type RecordFilterOptions } from '../validate.js';
import { openFromOptions, withDb } from '../store-option.js';


export function timelineCommand(): Command {
  return withRecordFilters(withDb(new Command('timeline')), {
    dates: 'events',
    country: 'events involving this state',
    person: 'events in which this person or organisation takes part',
    kind: 'events reported by a document of this kind',
  })
    .description('events in date order: date, type, participants, place, summary and sources (undated events at the end)')
    .option('--actor <name>', 'the same as --person (repeatable)', collect(String))
    .option('--type <type>', 'PLOVER event type such as CONSULT or AGREE (repeatable)', collect(parseEventType))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .action((opts: RecordFilterOptions & { db: string; actor?: string[]; type?: string[]; format: string }) => {
      const store = openFromOptions(opts);
      try {
        const t = timeline(store, { countries: opts.country, persons: opts.person, actors: opts.actor, from: opts.from, to: opts.to, types: opts.type, kinds: opts.kind });
        const out = opts.format === 'json' ? JSON.stringify(t, null, 2) : opts.format === 'csv' ? timelineCsv(t) : timelineText(t);
        process.stdout.write(out + '\n');
      } catch (err) {
        if (err instanceof FilterError) fail(err.message);
        throw err;
      } finally {
        store.close();
      }
    });
}

export function eventCommand(): Command {
  return withDb(new Command('event'))
    .description('one event with every sentence that reports it, the words naming it highlighted')
    .argument('<id>', 'an event id (or the start of one) from the timeline')
    .option('--json', 'print JSON')
    .action((id: string, opts: { db: string; json?: boolean }) => {
      const store = openFromOptions(opts);
      const d = eventDetail(store, id);
      const starting = d ? [] : eventsStartingWith(store, id, 10);
      store.close();
      if (!d && starting.length > 1) fail(`${id} starts ${starting.length === 10 ? 'ten or more' : starting.length} event ids; give more of one:\n${starting.map((e) => `  ${e.id}  ${e.date ?? '(no date)'}  ${e.summary}`).join('\n')}`);
      if (!d) fail(`no event ${id} in the store`);
      process.stdout.write((opts.json ? JSON.stringify(d, null, 2) : eventText(d)) + '\n');
    });
}
