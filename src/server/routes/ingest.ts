// POST /api/ingest — files dropped or pasted into the page go through the same ingest as the CLI
// (same limits, same one-line reasons); the page sends them as JSON with base64 content.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';
import { ingestFiles, type IngestResult } from '../../ingest/run.js';
import type { InputFile } from '../../ingest/sources.js';
import { badRequest } from '../params.js';

interface UploadBody {
  files?: ({ name?: unknown; data?: unknown } | null)[];
}

export const MAX_FILES_PER_UPLOAD = 200;

/** Base64 (standard or URL-safe), padded or not, line breaks allowed (as encoders wrap it). */
const BASE64 = /^(?:[A-Za-z0-9+/_-]|\s)*={0,2}\s*$/;

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
    const results: IngestResult[] = [];
    const inputs: InputFile[] = [];
    body.files.forEach((f, i) => {
      const name = uploadName(f?.name, i);
      // (Buffer.from drops what is not base64 without a word: a damaged upload would read as empty)
      if (typeof f?.data !== 'string') results.push({ status: 'failed', source: name, reason: 'no "data" (base64 content) in the upload' });
      else if (!BASE64.test(f.data)) results.push({ status: 'failed', source: name, reason: 'invalid base64 in "data"' });
      else inputs.push({ source: name, sourceName: name, bytes: Buffer.from(f.data, 'base64') });
    });
    const refused = results.length;
    // One document at a time on this thread: worker threads would cost more to start than they save.
    const summary = await ingestFiles(store, inputs, { maxBytes, jobs: 1, onResult: (r) => results.push(r) });
    if (summary.stored) changed();
    return { results, summary: { read: summary.read + refused, stored: summary.stored, duplicates: summary.duplicates, already: summary.already, failed: summary.failed + refused, incomplete: summary.incomplete } };
  });
}
