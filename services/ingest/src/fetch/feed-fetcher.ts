/** fetchFeed: fetchUrl with a feed-oriented Accept header. */
import { fetchUrl } from './http-fetch';
import type { FetchOptions, FetchOutcome, FetchRequest } from './types';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

/**
 * Conditional GET of a feed. Store `etag` / `lastModified` from the outcome (whatever its kind)
 * and pass them back next time; resolve relative links against `finalUrl`.
 */
export function fetchFeed(req: FetchRequest, opts: FetchOptions = {}): Promise<FetchOutcome> {
  return fetchUrl(req, { accept: FEED_ACCEPT, ...opts });
}
