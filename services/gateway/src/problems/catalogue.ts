/**
 * Every problem `type` the gateway answers with (RFC 9457). A type is a relative URI,
 * /problems/<slug>: resolved against the request URL it names a page this gateway serves,
 * GET /problems/<slug>, that explains the problem and what to do about it.
 */
export const PROBLEM_TYPES = {
  'invalid-parameter': {
    title: 'Invalid request parameter',
    statuses: [400],
    explanation:
      'A query or path parameter was malformed, out of range or not allowed on this endpoint. `parameter` names the first one at fault and `errors` lists every one with its message.',
    remedy: 'Fix the named parameter; the OpenAPI document (/openapi.json) gives each one with its format and limits.',
  },
  'not-found': {
    title: 'Not found',
    statuses: [404],
    explanation: 'No resource has that id, or no route matches the path. `detail` names what was looked up.',
    remedy: 'Check the id (ids come from list endpoints and from the sources of a figure) and the path.',
  },
  'bad-request': {
    title: 'Bad request',
    statuses: [400, 413],
    explanation: 'The request itself could not be read: a malformed header, or a body larger than the gateway accepts.',
    remedy: 'Send a plain GET without a body.',
  },
  'not-acceptable': {
    title: 'Not acceptable',
    statuses: [406],
    explanation:
      'Accept asked only for a format this endpoint does not produce (text/csv where there is no CSV export). The lists offer CSV; details, summaries and this API\'s other documents are JSON only.',
    remedy: 'Accept application/json (or */*), or ask a list for CSV: ?format=csv or Accept: text/csv on the paths whose OpenAPI 200 response has text/csv.',
  },
  'rate-limited': {
    title: 'Too many requests',
    statuses: [429],
    explanation:
      'This client address sent more requests in the current minute than the gateway allows (RATE_LIMIT_PER_MINUTE). Every response carries x-ratelimit-limit, x-ratelimit-remaining and x-ratelimit-reset; a 429 also carries retry-after.',
    remedy: 'Wait the number of seconds in retry-after, then retry; revalidate with If-None-Match to save requests on unchanged documents.',
  },
  internal: {
    title: 'Internal error',
    statuses: [500],
    explanation: 'The request could not be served because of an error in the gateway. The details are in its log under the x-request-id of the response.',
    remedy: 'Retry later; report the x-request-id if it persists.',
  },
  unavailable: {
    title: 'Unavailable',
    statuses: [503],
    explanation:
      'A dependency (the read-model database) did not answer in time, or the gateway already runs as many CSV exports (MAX_CONCURRENT_EXPORTS) or live streams (MAX_STREAMS) as it allows.',
    remedy: 'Retry after the seconds in retry-after when there is one, else shortly; GET /readyz tells when the gateway can serve again.',
  },
} as const satisfies Record<string, ProblemTypeInfo>;

export interface ProblemTypeInfo {
  title: string;
  statuses: readonly number[];
  explanation: string;
  remedy: string;
}

export type ProblemSlug = keyof typeof PROBLEM_TYPES;
export type ProblemTypeUri = `/problems/${ProblemSlug}`;

export const PROBLEMS_PATH = '/problems';

export const problemTypeUri = (slug: ProblemSlug): ProblemTypeUri => `${PROBLEMS_PATH}/${slug}`;

export const PROBLEM_SLUGS = Object.keys(PROBLEM_TYPES) as [ProblemSlug, ...ProblemSlug[]];

export const PROBLEM_TYPE_URIS = PROBLEM_SLUGS.map(problemTypeUri) as [ProblemTypeUri, ...ProblemTypeUri[]];

export const isProblemSlug = (s: string): s is ProblemSlug => Object.hasOwn(PROBLEM_TYPES, s);
