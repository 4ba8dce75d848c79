import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Whether a path serves documents worth revalidating (the API and its description). */
const cacheable = (url: string) => url.startsWith('/v1/') || url.startsWith('/openapi.json');

/** The weak ETag of a body: a hash of its bytes. */
export function weakEtag(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names `etag` (or is `*`). */
export function ifNoneMatchHas(header: string | undefined, etag: string): boolean {
  return header?.split(',').some((t) => t.trim() === etag || t.trim() === '*') ?? false;
}

/**
 * Weak ETags on GET responses of the API, and 304 when If-None-Match already has it. A response
 * that carries its ETag already (a page of the response cache, hashed once when it was stored)
 * is left as it is: its route answered the 304 itself.
 */
export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || !cacheable(req.url) || reply.hasHeader('etag')) return payload;
    const etag = weakEtag(payload);
    reply.header('etag', etag);
    reply.header('cache-control', 'no-cache');
    if (ifNoneMatchHas(req.headers['if-none-match'], etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
