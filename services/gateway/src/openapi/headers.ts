/**
 * Response headers of the API, as OpenAPI header objects (components.headers). The rate
 * limit headers are those of @fastify/rate-limit; CORS exposes all of them (app.ts).
 */
export const HEADERS = {
  ETag: {
    description: 'Weak validator of the body. Send it back as If-None-Match: the answer is 304 without a body while the document is unchanged.',
    schema: { type: 'string', examples: ['W/"3bq8ZrS8wWl1P4mJ0m1bq2l3k0s"'] },
  },
  'Cache-Control': {
    description: '`no-cache`: a cached copy may be used after revalidating it with If-None-Match.',
    schema: { type: 'string' },
  },
  'X-RateLimit-Limit': {
    description: 'Requests allowed per minute and client address (RATE_LIMIT_PER_MINUTE). Sent while rate limiting is on.',
    schema: { type: 'integer', minimum: 1 },
  },
  'X-RateLimit-Remaining': {
    description: 'Requests left in the current window.',
    schema: { type: 'integer', minimum: 0 },
  },
  'X-RateLimit-Reset': {
    description: 'Seconds until the current window ends and the count starts again.',
    schema: { type: 'integer', minimum: 0 },
  },
  'Retry-After': {
    description: 'Seconds to wait before the next request is accepted.',
    schema: { type: 'integer', minimum: 0 },
  },
  'X-Request-Id': {
    description: 'The id of this request in the gateway log (a client may send its own).',
    schema: { type: 'string' },
  },
} as const;

export type HeaderName = keyof typeof HEADERS;

/** `{ name: {$ref} }` for a response's headers. */
export function headerRefs(...names: HeaderName[]): Record<string, { $ref: string }> {
  return Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));
}

export const RATE_LIMIT_HEADERS: HeaderName[] = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/** The headers a browser script may read cross-origin (CORS Access-Control-Expose-Headers). */
export const EXPOSED_HEADERS = ['etag', 'x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];
