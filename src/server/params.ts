// Small helpers the routes share: query numbers and one-line JSON errors.
import type { FastifyReply } from 'fastify';

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
