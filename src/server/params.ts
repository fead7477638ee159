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

/** A query parameter the server cannot read: answered 400 with this one line (see the app's error handler). */
export class ParamError extends Error {
  readonly statusCode = 400;
}

/**
 * A count or position from the query: absent is the fallback; otherwise digits only, at most `max`
 * (larger is capped: a page of at most `max`), and anything else ("-1", "1e20", "abc") is refused.
 */
export function intParam(v: string | undefined, fallback: number, name: string, max: number): number {
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v)) throw new ParamError(`${name}: "${v.slice(0, 40)}" is not a whole number of 0 or more`);
  return Math.min(Number(v), max);
}

/** Text from the query: without control characters (a NUL ends a search query in SQLite's parser). */
export function textParam(v: string | undefined, maxChars = 500): string {
  return (v ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, maxChars);
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
