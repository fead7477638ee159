// Runs the golden documents (written in the styles of ministries and newsrooms, one folder each in
// docs/) through the whole pipeline into a temporary store and returns the digest of its export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFiles } from '../../src/ingest/run.js';
import { openStore } from '../../src/store/db.js';
import { getDocument } from '../../src/store/documents.js';
import { buildExport } from '../../src/views/export.js';
import type { AttacheExport, Span } from '../../src/types.js';
import { digest, type DocDigest } from './digest.js';
import { goldenDocs } from './docs.js';

export async function runGolden(): Promise<{ exp: AttacheExport; digest: Record<string, DocDigest>; badSpans: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-golden-'));
  const store = openStore(path.join(dir, 'golden.db'));
  try {
    // one file at a time, in name order: the same input gives the same store; each document is
    // named for its folder, so names and links read the same in the store as in the references
    const files = goldenDocs().map((d) => ({ source: d.source, sourceName: d.name }));
    await ingestFiles(store, files, { jobs: 1 });
    const exp = buildExport(store);
    // every span of a plain-text document must be the exact words of its original
    const spans: Span[] = [
      ...exp.entities.flatMap((e) => e.mentions),
      ...exp.events.flatMap((e) => [...e.evidence, ...(e.dateEvidence ? [e.dateEvidence] : [])]),
      ...exp.quotes.flatMap((q) => [q, ...q.verification.matches]),
    ];
    const badSpans = spans
      .filter((s) => {
        const d = getDocument(store, s.doc);
        return d && d.format === 'text' && d.original.slice(s.start, s.end) !== s.text;
      })
      .map((s) => `${s.doc}:${s.start}-${s.end} ${JSON.stringify(s.text)}`);
    return { exp, digest: digest(exp), badSpans };
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
