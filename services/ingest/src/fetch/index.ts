export { fetchFeed, FEED_ACCEPT } from './feed-fetcher';
export { fetchUrl } from './http-fetch';
export { createAddressGuard, allowPrivateSchema, SsrfBlockedError, type AddressGuard, type Resolver } from './ssrf';
export { parseRetryAfter, parseFreshnessSeconds } from './http-headers';
export * from './types';
