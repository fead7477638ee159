// Small helpers the routes share: query numbers and one-line JSON errors.
import type { FastifyReply } from 'fastify';
import type { Store } from '../store/db.js';
import type { DocumentRow } from '../store/documents.js';
import { resolveDocument, ViewError } from '../views/quotes.js';
import { FilterError } from '../views/filters.js';
import { downloadFormat, toCsv } from '../views/web-download.js';

/** A document by id, id prefix, file name or the start of one ("001"); null when none or several. */
export function documentRef(store: Store, ref: string): DocumentRow | null {
  try {
    return resolveDocument(store, ref);
  } catch (err) {
    if (err instanceof ViewError) return null;
    throw err;
  }
}

export function intParam(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}

export function notFound(reply: FastifyReply, message: string) {
  return reply.code(404).send({ error: message });
}

export function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ error: message });
}

/** A list answered as a file to download (?format=csv|json, the filters applied), or null to answer as usual. */
export function download(reply: FastifyReply, format: string | undefined, name: string, rows: () => Record<string, unknown>[]) {
  const f = downloadFormat(format);
  if (!f) return null;
  const data = rows();
  reply.header('content-disposition', `attachment; filename="${name}.${f}"`);
  if (f === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
  return reply.type('text/csv; charset=utf-8').send(toCsv(data));
}

/** Runs a view; a filter it cannot read is a 400 with its one-line reason. */
export function filtered<T>(reply: FastifyReply, run: () => T) {
  try {
    return run();
  } catch (err) {
    if (err instanceof FilterError) return badRequest(reply, err.message);
    throw err;
  }
}
