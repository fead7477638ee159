// attache entities — list people, organisations, countries and places with their counts;
// attache who NAME — one entity's dossier.
import { Command, Option } from 'commander';
import { dossier, ENTITY_TYPES, entityList, findEntities } from '../../views/entities.js';
import type { EntityType } from '../../types.js';
import { fail, table, truncate, userErrors } from '../output.js';
import { truncateMiddle } from '../../views/timeline-format.js';
import { openFromOptions, withDb } from '../store-option.js';
import { parseCount, recordFilter, withRecordFilters, type RecordFilterOptions } from '../validate.js';

export function entitiesCommand(): Command {
  return withRecordFilters(withDb(new Command('entities')), {
    dates: 'entities mentioned in documents published',
    country: 'only entities of this state',
    person: 'entities mentioned in the documents that mention this person or organisation',
    kind: 'entities mentioned in documents of this kind',
  })
    .description('list entities with their mention and document counts (counted in the documents the filters keep)')
    .addOption(new Option('--type <type>', 'only this type').choices(ENTITY_TYPES))
    .option('--limit <n>', 'at most this many', parseCount)
    .option('--json', 'print JSON')
    .action((opts: RecordFilterOptions & { db: string; type?: EntityType; limit?: number; json?: boolean }) => {
      const store = openFromOptions(opts);
      const list = userErrors(() => entityList(store, { type: opts.type, record: recordFilter(opts) })).slice(0, opts.limit ?? undefined);
      store.close();
      if (opts.json) return void process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      if (!list.length) return void process.stdout.write('no entities\n');
      const rows = list.map((e) => [e.id, e.type, truncate(e.name, 50), e.country ?? '', String(e.mentions), String(e.documents)]);
      process.stdout.write(table(rows, ['id', 'type', 'name', 'country', 'mentions', 'docs']) + '\n');
    });
}

export function whoCommand(): Command {
  return withDb(new Command('who'))
    .description("one entity's dossier: names seen, roles with dates and sources, documents, mentions in their sentences")
    .argument('<name...>', 'a name, spelling variant, acronym, or entity id')
    .option('--json', 'print JSON')
    .action((words: string[], opts: { db: string; json?: boolean }) => {
      const query = words.join(' ');
      const store = openFromOptions(opts);
      const found = /^[a-z]-[0-9a-f]{12}$/.test(query) ? [{ id: query }] : findEntities(store, query);
      if (!found.length) {
        store.close();
        fail(`nobody and nothing called "${query}" in the store`);
      }
      if (found.length > 1) {
        const rows = found.map((e) => dossier(store, e.id)).filter((d) => !!d).map((d) => [d!.id, d!.type, d!.name, d!.country ?? '']);
        store.close();
        process.stdout.write(`"${query}" may be any of these; ask for one by id:\n${table(rows, ['id', 'type', 'name', 'country'])}\n`);
        return;
      }
      const d = dossier(store, found[0].id);
      store.close();
      if (!d) fail(`no entity ${found[0].id}`);
      if (opts.json) return void process.stdout.write(JSON.stringify(d, null, 2) + '\n');
      const out: string[] = [];
      out.push(`${d.name}  (${d.type}${d.country ? ', ' + d.country : ''})  ${d.id}`);
      out.push(`names: ${d.names.map((n) => `${n.name} (${n.count})`).join(', ')}`);
      if (d.offices.length) {
        out.push('roles:');
        for (const o of d.offices) {
          const when = o.first === o.last ? o.first ?? '(no date)' : `${o.first ?? '?'} – ${o.last}`;
          const docs = o.sources.length === 1 ? truncateMiddle(o.sources[0], 60) : `${o.sources.length} documents, latest ${truncateMiddle(o.sources[0], 48)}`;
          out.push(`  ${o.title}${o.country ? ' of ' + o.country : ''}  ${when}  ${docs}`);
        }
      }
      out.push(`documents (${d.documents.length}):`);
      for (const doc of d.documents) out.push(`  ${doc.id}  ${doc.published ?? '(no date)'}  ${truncate(doc.title ?? doc.source, 60)}  ${doc.mentions} mention(s)${doc.duplicateOf ? `  (duplicate of ${doc.duplicateOf})` : ''}`);
      out.push(`mentions (${d.mentions.length}):`);
      for (const m of d.mentions) out.push(`  ${m.doc}:${m.start}  [${m.text}]  ${truncate(m.sentence, 140)}`);
      process.stdout.write(out.join('\n') + '\n');
    });
}
