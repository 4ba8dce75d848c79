import { z } from 'zod';
import { allowPrivateSchema, type AddressGuard, type Resolver } from './ssrf';

export const CLAIMWIRE_VERSION = '0.1.0';
export const DEFAULT_USER_AGENT = `claimwire/${CLAIMWIRE_VERSION} (+https://github.com/claimwire/claimwire; feed fetcher)`;

/** What to fetch. Validators come from the previous outcome for the same feed. */
export interface FetchRequest {
  url: string;
  etag?: string;
  lastModified?: string;
  /** Extra request headers (e.g. per-feed cookies or auth). Hop-by-hop headers are ignored. */
  headers?: Record<string, string>;
  /** Leave out If-None-Match / If-Modified-Since (see schedule/backoff `shouldFetchUnconditionally`). */
  forceUnconditional?: boolean;
}

/** The serialisable part of the fetcher's configuration (validate with zod at the boundary). */
export const fetchConfigSchema = z.object({
  userAgent: z.string().min(1).default(DEFAULT_USER_AGENT),
  /** Cap on DECODED body bytes (and on wire bytes). */
  maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  /** DNS + TCP (+ TLS handshake) per hop. */
  connectTimeoutMs: z.number().int().positive().default(10_000),
  /** Whole fetch, all hops and the body included. */
  totalTimeoutMs: z.number().int().positive().default(30_000),
  /** IPs, CIDRs or host names allowed although not public (local feeds, tests, air-gapped ops). */
  allowPrivate: allowPrivateSchema,
});
export type FetchConfig = z.infer<typeof fetchConfigSchema>;

export interface LoggerLike {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface FetchOptions extends Partial<FetchConfig> {
  /** Value of the Accept header (fetchFeed sets a feed-oriented one). */
  accept?: string;
  /** Pre-built guard (otherwise built from allowPrivate + resolve). */
  guard?: AddressGuard;
  /** Extra trusted CA certificates (PEM) for https, e.g. an internal CA in air-gapped ops. */
  ca?: string | string[];
  /** DNS resolver override (tests, custom DNS). */
  resolve?: Resolver;
  /** Cancels the fetch (e.g. on shutdown): outcome kind 'aborted'. */
  signal?: AbortSignal;
  /** Clock for Retry-After / freshness (defaults to the wall clock). */
  now?: () => Date;
  logger?: LoggerLike;
}

export type FetchErrorKind =
  | 'invalid_url'
  | 'invalid_request'
  | 'unsupported_scheme'
  | 'ssrf_blocked'
  | 'dns'
  | 'connect'
  | 'tls'
  | 'timeout'
  | 'protocol'
  | 'bad_redirect'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'http_4xx'
  | 'http_5xx'
  | 'http_other'
  | 'too_large'
  | 'decompress'
  | 'truncated'
  | 'aborted'
  | 'network';

export interface RedirectHop {
  from: string;
  to: string;
  status: number;
}

/** Fields present on every outcome. */
export interface FetchCommon {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL of the last response (resolve relative links against this). */
  finalUrl: string;
  redirects: RedirectHop[];
  /**
   * Set when every hop was a permanent redirect (301/308): the caller may adopt this as the
   * feed's new URL.
   */
  permanentUrl?: string;
  /**
   * Validators of the last response received (store them, even from errors). On 'not_modified'
   * a validator the 304 left out is the one that was sent (it is still current).
   */
  etag?: string;
  lastModified?: string;
  /** Address actually connected to for the last hop. */
  remoteAddress?: string;
  durationMs: number;
}

export interface FetchOk extends FetchCommon {
  ok: true;
  kind: 'ok';
  status: number;
  body: Uint8Array;
  /** Content-Type exactly as sent (charset decisions belong to the parser). */
  contentType?: string;
  bytes: { wire: number; decoded: number };
  /** Server-declared freshness (Cache-Control max-age / Expires), a polling hint. */
  freshnessSeconds?: number;
}

export interface FetchNotModified extends FetchCommon {
  ok: true;
  kind: 'not_modified';
  status: 304;
  freshnessSeconds?: number;
}

export interface FetchFailed extends FetchCommon {
  ok: false;
  kind: FetchErrorKind;
  message: string;
  /** HTTP status for http_* kinds. */
  status?: number;
  /** From Retry-After on an error response (429, 503, ...). */
  retryAfter?: Date;
  /** For kind 'timeout': which deadline hit. */
  timeoutPhase?: 'connect' | 'total';
  /** Low-level error code when there was one (ECONNREFUSED, Z_DATA_ERROR, ...). */
  code?: string;
}

export type FetchOutcome = FetchOk | FetchNotModified | FetchFailed;
