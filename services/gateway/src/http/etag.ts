import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Whether a path serves documents worth revalidating (the API and its description). */
const cacheable = (url: string) => url.startsWith('/v1/') || url.startsWith('/openapi.json');

/** Weak ETags on GET responses of the API, and 304 when If-None-Match already has it. */
export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || !cacheable(req.url)) return payload;
    const etag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', etag);
    reply.header('cache-control', 'no-cache');
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
