// Defences for a local server that shows untrusted documents: a strict Content-Security-Policy (no
// inline script can run even if text were ever rendered as markup), and a Host check so a web page
// elsewhere cannot reach a loopback-bound server through DNS rebinding.
import type { FastifyInstance } from 'fastify';

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const LOOPBACK_NAMES = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

export function registerGuards(app: FastifyInstance, options: { loopbackOnly: boolean }): void {
  app.addHook('onRequest', async (req, reply) => {
    if (options.loopbackOnly && !LOOPBACK_NAMES.test(req.headers.host ?? '')) {
      return reply.code(403).send({ error: 'this server answers only requests addressed to localhost' });
    }
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });
}
