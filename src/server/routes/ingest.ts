// POST /api/ingest — files dropped or pasted into the page go through the same ingest as the CLI
// (same limits, same one-line reasons); the page sends them as JSON with base64 content.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';
import { ingestFiles, type IngestResult } from '../../ingest/run.js';
import type { InputFile } from '../../ingest/sources.js';
import { badRequest } from '../params.js';

interface UploadBody {
  files?: { name?: unknown; data?: unknown }[];
}

export const MAX_FILES_PER_UPLOAD = 200;

/** A file name as the user's browser gave it, reduced to a base name we can show and sniff. */
function uploadName(name: unknown, i: number): string {
  const base = typeof name === 'string' ? name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f]/g, '').trim() : '';
  return base.slice(0, 200) || `upload-${i + 1}.txt`;
}

export function ingestRoutes(app: FastifyInstance, store: Store, maxBytes: number, changed: () => void): void {
  // The page sends one file per request, so the body holds at most one file at the limit (base64: 4/3).
  app.post('/api/ingest', { bodyLimit: Math.ceil((maxBytes * 4) / 3) + 65536 }, async (req, reply) => {
    const body = req.body as UploadBody | null;
    if (!body || !Array.isArray(body.files) || !body.files.length) return badRequest(reply, 'send {"files": [{"name": …, "data": base64}]}');
    if (body.files.length > MAX_FILES_PER_UPLOAD) return badRequest(reply, `at most ${MAX_FILES_PER_UPLOAD} files at once`);
    const inputs: InputFile[] = body.files.map((f, i) => {
      const name = uploadName(f.name, i);
      return { source: name, sourceName: name, bytes: Buffer.from(typeof f.data === 'string' ? f.data : '', 'base64') };
    });
    const results: IngestResult[] = [];
    // One document at a time on this thread: worker threads would cost more to start than they save.
    const summary = await ingestFiles(store, inputs, { maxBytes, jobs: 1, onResult: (r) => results.push(r) });
    if (summary.stored) changed();
    return { results, summary: { read: summary.read, stored: summary.stored, duplicates: summary.duplicates, already: summary.already, failed: summary.failed, incomplete: summary.incomplete } };
  });
}
