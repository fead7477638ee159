// Small helpers the routes share: query numbers and one-line JSON errors.
import type { FastifyReply } from 'fastify';
import type { Store } from '../store/db.js';
import type { DocumentRow } from '../store/documents.js';
import { resolveDocument, ViewError } from '../views/quotes.js';

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
