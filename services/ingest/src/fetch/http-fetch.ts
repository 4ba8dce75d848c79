/**
 * fetchUrl: one polite, bounded GET over node:http / node:https with our own redirect handling.
 * Never throws for network or HTTP conditions: every failure is a FetchFailed with a kind.
 */
import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import tls from 'node:tls';
import { BodyTooLargeError, readBody, UnsupportedEncodingError } from './body-reader';
import { classifyError, TimeoutError } from './errors';
import { headerValue, parseFreshnessSeconds, parseRetryAfter } from './http-headers';
import { cookieHeader, emptyJar, storeCookies } from './redirect-cookies';
import { resolveRedirect } from './redirects';
import { createAddressGuard, SsrfBlockedError, type AddressGuard } from './ssrf';
import {
  DEFAULT_USER_AGENT,
  fetchConfigSchema,
  type FetchCommon,
  type FetchFailed,
  type FetchOptions,
  type FetchOutcome,
  type FetchRequest,
  type RedirectHop,
} from './types';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_STATUSES = new Set([301, 308]);
/** Headers the caller may not set (we own them, or they are hop-by-hop). */
const FORBIDDEN_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'accept-encoding',
]);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

interface HopResponse {
  req: ClientRequest;
  res: IncomingMessage;
  remoteAddress?: string;
}

/** Mutable state shared by the timers and the hop that is in flight. */
class FetchControl {
  private current: { req: ClientRequest; res?: IncomingMessage } | null = null;
  private failure: Error | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly onAbort = () => this.fail(Object.assign(new Error('fetch aborted'), { code: 'ABORT_ERR' }));

  constructor(
    totalTimeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    const t = setTimeout(() => this.fail(new TimeoutError('total', totalTimeoutMs)), totalTimeoutMs);
    t.unref();
    this.timers.push(t);
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  get failed(): Error | null {
    return this.failure ?? (this.signal?.aborted === true ? new Error('fetch aborted') : null);
  }

  attach(req: ClientRequest, res?: IncomingMessage): void {
    this.current = { req, res };
    if (this.failure !== null) this.destroyCurrent();
  }

  fail(err: Error): void {
    if (this.failure !== null) return;
    this.failure = err;
    this.destroyCurrent();
  }

  private destroyCurrent(): void {
    const c = this.current;
    if (c === null || this.failure === null) return;
    c.res?.destroy(this.failure);
    c.req.destroy(this.failure);
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.signal?.removeEventListener('abort', this.onAbort);
    this.current = null;
  }
}

function requestHop(
  url: URL,
  headers: Record<string, string>,
  guard: AddressGuard,
  connectTimeoutMs: number,
  control: FetchControl,
  ca: string | string[] | undefined,
): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const isHttps = url.protocol === 'https:';
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const mod = isHttps ? https : http;
    let remoteAddress: string | undefined;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      fn();
    };

    const req = mod.request({
      protocol: url.protocol,
      hostname,
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      agent: false,
      lookup: guard.lookup as never,
      // Hostile servers: keep Node's default header size limit and strict parser.
      insecureHTTPParser: false,
      ...(isHttps && ca !== undefined ? { ca: [...tls.rootCertificates, ...(Array.isArray(ca) ? ca : [ca])] } : {}),
    });
    control.attach(req);

    const connectTimer = setTimeout(() => {
      req.destroy(new TimeoutError('connect', connectTimeoutMs));
    }, connectTimeoutMs);
    connectTimer.unref();

    req.on('socket', (socket: Socket) => {
      const onConnected = () => {
        remoteAddress = socket.remoteAddress;
        // Belt and braces: the address really connected to must pass the guard too.
        if (remoteAddress !== undefined) {
          const d = guard.checkAddress(hostname, remoteAddress);
          if (!d.allowed) {
            req.destroy(new SsrfBlockedError(`refused to talk to ${hostname}: ${d.reason ?? ''}`, hostname, remoteAddress));
            return;
          }
        }
        if (!isHttps) clearTimeout(connectTimer);
      };
      if (isHttps) socket.once('secureConnect', () => clearTimeout(connectTimer));
      if ((socket as Socket & { connecting?: boolean }).connecting) socket.once('connect', onConnected);
      else onConnected();
    });
    req.on('response', (res) => {
      settle(() => {
        control.attach(req, res);
        resolve({ req, res, remoteAddress: remoteAddress ?? res.socket?.remoteAddress });
      });
    });
    req.on('error', (err) => settle(() => reject(err)));
    req.end();
  });
}

function basicAuthFromUrl(url: URL): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const user = decode(url.username);
  const pass = decode(url.password);
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}

function buildHeaders(
  req: FetchRequest,
  url: URL,
  userAgent: string,
  accept: string,
  sameOriginAsRequested: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept,
    'accept-encoding': 'gzip, deflate, br',
  };
  for (const [k, v] of Object.entries(req.headers ?? {})) {
    const key = k.toLowerCase();
    if (FORBIDDEN_HEADERS.has(key)) continue;
    if (!sameOriginAsRequested && CREDENTIAL_HEADERS.has(key)) continue;
    headers[key] = v;
  }
  const auth = basicAuthFromUrl(url);
  if (auth !== undefined && headers.authorization === undefined) headers.authorization = auth;
  if (req.forceUnconditional !== true) {
    if (req.etag !== undefined && req.etag !== '') headers['if-none-match'] = req.etag;
    if (req.lastModified !== undefined && req.lastModified !== '') headers['if-modified-since'] = req.lastModified;
  }
  return headers;
}

function stripCredentials(url: URL): string {
  if (url.username === '' && url.password === '') return url.href;
  const u = new URL(url.href);
  u.username = '';
  u.password = '';
  return u.href;
}

const DEFAULT_ACCEPT = '*/*';

function visitKey(url: URL, cookies: string | undefined): string {
  return `${stripCredentials(url).replace(/#.*$/, '')}\n${cookies ?? ''}`;
}

/**
 * Fetches one URL with GET. Follows up to `maxRedirects` redirects (each hop SSRF-checked),
 * applies connect and total timeouts and a size cap on the decoded body.
 */
export async function fetchUrl(request: FetchRequest, options: FetchOptions = {}): Promise<FetchOutcome> {
  const started = performance.now();
  const cfg = fetchConfigSchema.parse({
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    maxBytes: options.maxBytes,
    maxRedirects: options.maxRedirects,
    connectTimeoutMs: options.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs,
    allowPrivate: options.allowPrivate,
  });
  const now = options.now ?? (() => new Date());
  const guard = options.guard ?? createAddressGuard({ allowPrivate: cfg.allowPrivate, resolve: options.resolve });
  const accept = options.accept ?? DEFAULT_ACCEPT;

  const redirects: RedirectHop[] = [];
  const common = (finalUrl: string, extra: Partial<FetchCommon> = {}): FetchCommon => {
    const allPermanent = redirects.length > 0 && redirects.every((r) => PERMANENT_STATUSES.has(r.status));
    return {
      requestedUrl: request.url,
      finalUrl,
      redirects,
      ...(allPermanent ? { permanentUrl: finalUrl } : {}),
      durationMs: Math.round(performance.now() - started),
      ...extra,
    };
  };
  const failure = (
    finalUrl: string,
    kind: FetchFailed['kind'],
    message: string,
    extra: Partial<FetchFailed> = {},
  ): FetchFailed => ({ ...common(finalUrl), ok: false, kind, message, ...extra });

  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return failure(request.url, 'invalid_url', `not a valid URL: ${request.url}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failure(request.url, 'unsupported_scheme', `only http and https are fetched, not ${url.protocol}`);
  }
  const requestedOrigin = url.origin;
  if (options.signal?.aborted === true) return failure(request.url, 'aborted', 'fetch aborted before it started');

  const control = new FetchControl(cfg.totalTimeoutMs, options.signal);
  const visited = new Set<string>();
  const jar = emptyJar();
  let lastValidators: { etag?: string; lastModified?: string; remoteAddress?: string } = {};
  try {
    for (;;) {
      const here = stripCredentials(url);
      const jarCookies = cookieHeader(jar, url.hostname);
      // A revisit is a loop only if nothing changed: same URL and same cookies.
      visited.add(visitKey(url, jarCookies));
      const pre = guard.checkHost(url.hostname);
      if (!pre.allowed) {
        return failure(here, 'ssrf_blocked', `refused to connect to ${url.hostname}: ${pre.reason ?? ''}`);
      }
      const headers = buildHeaders(request, url, cfg.userAgent, accept, url.origin === requestedOrigin);
      if (jarCookies !== undefined) {
        headers.cookie = headers.cookie !== undefined ? `${headers.cookie}; ${jarCookies}` : jarCookies;
      }

      let hop: HopResponse;
      try {
        hop = await requestHop(url, headers, guard, cfg.connectTimeoutMs, control, options.ca);
      } catch (err) {
        const c = classifyError(control.failed ?? err, 'request');
        return failure(here, c.kind, c.message, c.extra);
      }
      const { res } = hop;
      const status = res.statusCode ?? 0;
      const etag = headerValue(res.headers.etag);
      const lastModified = headerValue(res.headers['last-modified']);
      lastValidators = {
        ...(etag !== undefined ? { etag } : {}),
        ...(lastModified !== undefined ? { lastModified } : {}),
        ...(hop.remoteAddress !== undefined ? { remoteAddress: hop.remoteAddress } : {}),
      };
      const freshnessSeconds = parseFreshnessSeconds(
        {
          cacheControl: headerValue(res.headers['cache-control']),
          expires: headerValue(res.headers.expires),
          date: headerValue(res.headers.date),
        },
        now(),
      );

      if (REDIRECT_STATUSES.has(status)) {
        res.destroy();
        const next = resolveRedirect(url, headerValue(res.headers.location));
        if (!next.ok) return failure(here, 'bad_redirect', `${status} ${next.message}`, { status, ...lastValidators });
        storeCookies(jar, url.hostname, res.headers['set-cookie']);
        const nextHref = stripCredentials(next.url).replace(/#.*$/, '');
        redirects.push({ from: here, to: stripCredentials(next.url), status });
        if (visited.has(visitKey(next.url, cookieHeader(jar, next.url.hostname)))) {
          return failure(here, 'redirect_loop', `redirect loop: ${here} -> ${nextHref} was already visited`, {
            status,
          });
        }
        if (redirects.length > cfg.maxRedirects) {
          return failure(here, 'too_many_redirects', `more than ${cfg.maxRedirects} redirects`, { status });
        }
        url = next.url;
        continue;
      }

      if (status === 304) {
        res.destroy();
        // Many servers omit ETag / Last-Modified from a 304: the validators sent stay valid.
        const sent: Pick<FetchRequest, 'etag' | 'lastModified'> = request.forceUnconditional === true ? {} : request;
        const keep = {
          ...(sent.etag ? { etag: sent.etag } : {}),
          ...(sent.lastModified ? { lastModified: sent.lastModified } : {}),
          ...lastValidators,
        };
        return {
          ...common(here, keep),
          ok: true,
          kind: 'not_modified',
          status: 304,
          ...(freshnessSeconds !== undefined ? { freshnessSeconds } : {}),
        };
      }

      if (status < 200 || status >= 300) {
        const retryAfter = parseRetryAfter(headerValue(res.headers['retry-after']), now());
        res.destroy();
        const server = headerValue(res.headers.server);
        const why =
          status === 410
            ? 'gone (410): the publisher says this feed was removed'
            : status === 404
              ? 'not found (404)'
              : status === 429
                ? 'rate limited (429)'
                : `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`;
        const kind = status >= 400 && status < 500 ? 'http_4xx' : status >= 500 && status < 600 ? 'http_5xx' : 'http_other';
        return failure(here, kind, `${why}${server ? ` from server "${server}"` : ''}`, {
          status,
          ...lastValidators,
          ...(retryAfter !== undefined ? { retryAfter } : {}),
        });
      }

      const declaredLength = Number(headerValue(res.headers['content-length']) ?? NaN);
      if (Number.isFinite(declaredLength) && declaredLength > cfg.maxBytes) {
        res.destroy();
        return failure(here, 'too_large', `Content-Length ${declaredLength} exceeds the ${cfg.maxBytes}-byte cap`, {
          status,
          ...lastValidators,
        });
      }

      try {
        const read = await readBody(res, headerValue(res.headers['content-encoding']), cfg.maxBytes);
        if (read.notes.length > 0) options.logger?.debug({ url: here, notes: read.notes }, 'lenient body decoding');
        const contentType = headerValue(res.headers['content-type']);
        return {
          ...common(here, lastValidators),
          ok: true,
          kind: 'ok',
          status,
          body: read.body,
          ...(contentType !== undefined ? { contentType } : {}),
          bytes: { wire: read.wireBytes, decoded: read.decodedBytes },
          ...(freshnessSeconds !== undefined ? { freshnessSeconds } : {}),
        };
      } catch (err) {
        res.destroy();
        const cause = control.failed ?? err;
        if (cause instanceof BodyTooLargeError) {
          return failure(here, 'too_large', cause.message, { status, ...lastValidators });
        }
        if (cause instanceof UnsupportedEncodingError) {
          return failure(here, 'decompress', cause.message, { status, ...lastValidators });
        }
        const c = classifyError(cause, 'body');
        return failure(here, c.kind, c.message, { status, ...lastValidators, ...c.extra });
      }
    }
  } finally {
    control.dispose();
  }
}
