// attache doc show ID — what is stored about a document; attache doc set ID … — correct its date,
// title or kind; attache doc rm ID… — remove documents. A correction or removal annotates the
// document again where its metadata matters and links the store again.
import { Command } from 'commander';
import { metaItems } from '../../store/documents.js';
import { amendDocument, documentToAmend, removeDocuments } from '../../views/amend.js';
import type { DocKind } from '../../types.js';
import { fail, userErrors } from '../output.js';
import { openFromOptions, withDb } from '../store-option.js';
import { parseIsoDate, parseKind } from '../validate.js';

function showCommand(): Command {
  return withDb(new Command('show'))
    .description("a document's metadata: title, date, kind, language, source, authors and tags, duplicate of")
    .argument('<id>', 'document id, id prefix or file name')
    .action((ref: string, opts: { db: string }) => {
      const store = openFromOptions(opts);
      try {
        const row = userErrors(() => documentToAmend(store, ref));
        const names = (json: string | null | undefined) => metaItems(json).map((m) => m.name).join('; ') || '-';
        const lines: [string, string][] = [
          ['id', row.id],
          ['title', row.title ?? '-'],
          ['published', row.published ? `${row.published} (${row.published_precision ?? 'day'})` : '-'],
          ['kind', row.kind],
          ['language', row.language],
          ['format', row.format],
          ['source', row.source],
          ['authors', names(row.authors)],
          ['tags', names(row.tags)],
          ['duplicate of', row.duplicate_of ?? '-'],
        ];
        for (const [k, v] of lines) process.stdout.write(`${k.padEnd(13)}${v}\n`);
      } finally {
        store.close();
      }
    });
}

function setCommand(): Command {
  return withDb(new Command('set'))
    .description("correct a document's date, title or kind; what depends on them (events' dates read from \"on Tuesday\", …) is worked out again")
    .argument('<id>', 'document id, id prefix or file name')
    .option('--published <date>', 'its publication date (YYYY, YYYY-MM or YYYY-MM-DD), or "none"', (v: string) => (v.trim().toLowerCase() === 'none' ? 'none' : parseIsoDate(v)))
    .option('--title <title>', 'its title ("" for none)')
    .option('--kind <kind>', 'its kind (news, readout, statement, …)', parseKind)
    .action((ref: string, opts: { db: string; published?: string; title?: string; kind?: string }) => {
      if (opts.published === undefined && opts.title === undefined && opts.kind === undefined) fail('doc set: give --published, --title or --kind');
      const store = openFromOptions(opts, false);
      try {
        const r = userErrors(() =>
          amendDocument(store, ref, {
            published: opts.published === undefined ? undefined : opts.published === 'none' ? null : opts.published,
            title: opts.title,
            kind: opts.kind as DocKind | undefined,
          }),
        );
        process.stdout.write(r.changed.length ? `${r.id}: ${r.changed.join('; ')} (annotated and linked again)\n` : `${r.id}: unchanged\n`);
      } finally {
        store.close();
      }
    });
}

function rmCommand(): Command {
  return withDb(new Command('rm'))
    .description('remove documents and everything that rests on them alone (entities, events, quotes, links)')
    .argument('<id...>', 'document ids, id prefixes or file names')
    .action((refs: string[], opts: { db: string }) => {
      const store = openFromOptions(opts, false);
      try {
        const rows = userErrors(() => removeDocuments(store, refs));
        for (const r of rows) process.stdout.write(`removed ${r.id}  ${r.source}\n`);
      } finally {
        store.close();
      }
    });
}

export function docCommand(): Command {
  return new Command('doc')
    .description("a document's metadata, and corrections to the record: set a document's date, title or kind, or remove documents")
    .addCommand(showCommand())
    .addCommand(setCommand())
    .addCommand(rmCommand());
}
