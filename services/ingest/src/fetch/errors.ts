/** Maps low-level Node errors to the fetcher's error kinds (pure). */
import type { FetchErrorKind, FetchFailed } from './types';

export class TimeoutError extends Error {
  readonly code = 'ETIMEOUTCLAIMWIRE';
  constructor(
    readonly phase: 'connect' | 'total',
    readonly ms: number,
  ) {
    super(phase === 'connect' ? `connect timeout after ${ms} ms` : `total timeout after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'ETIMEDOUT',
  'EADDRNOTAVAIL',
  'ECONNABORTED',
]);
const REQUEST_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_HTTP_INVALID_HEADER_VALUE', 'ERR_UNESCAPED_CHARACTERS', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

function isTlsCode(code: string): boolean {
  return (
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    code.startsWith('ERR_OSSL') ||
    code.startsWith('CERT_') ||
    code.startsWith('UNABLE_TO_') ||
    code.startsWith('DEPTH_ZERO') ||
    code.startsWith('SELF_SIGNED') ||
    code === 'EPROTO' ||
    code === 'HOSTNAME_MISMATCH'
  );
}

function isZlibCode(code: string): boolean {
  return code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__ERROR_FORMAT');
}

export interface Classified {
  kind: FetchErrorKind;
  message: string;
  extra: Partial<FetchFailed>;
}

/**
 * Classifies an error thrown while requesting (before a response) or while reading the body.
 * A connection reset before the response counts as 'connect'; during the body as 'truncated'.
 */
export function classifyError(err: unknown, phase: 'request' | 'body'): Classified {
  const e = err instanceof Error ? (err as NodeJS.ErrnoException) : new Error(String(err));
  const code = typeof (e as NodeJS.ErrnoException).code === 'string' ? ((e as NodeJS.ErrnoException).code as string) : '';
  const withCode = code !== '' ? { code } : {};
  if (e instanceof TimeoutError) {
    return { kind: 'timeout', message: e.message, extra: { timeoutPhase: e.phase } };
  }
  if (REQUEST_CODES.has(code)) return { kind: 'invalid_request', message: `invalid request (check configured headers): ${e.message}`, extra: withCode };
  if (code === 'ESSRFBLOCKED') return { kind: 'ssrf_blocked', message: e.message, extra: withCode };
  if (code === 'ABORT_ERR') return { kind: 'aborted', message: 'fetch aborted', extra: withCode };
  if (DNS_CODES.has(code)) {
    const host = (e as { hostname?: string }).hostname;
    return { kind: 'dns', message: `DNS lookup failed${host ? ` for ${host}` : ''} (${code})`, extra: withCode };
  }
  if (isTlsCode(code)) return { kind: 'tls', message: `TLS error: ${e.message}`, extra: withCode };
  if (code.startsWith('HPE_')) return { kind: 'protocol', message: `malformed HTTP response: ${e.message}`, extra: withCode };
  if (isZlibCode(code) || (phase === 'body' && typeof (e as { errno?: unknown }).errno === 'number' && /zlib|brotli|header check|invalid|incorrect/i.test(e.message))) {
    return { kind: 'decompress', message: `could not decompress body: ${e.message}`, extra: withCode };
  }
  if (CONNECT_CODES.has(code)) return { kind: 'connect', message: `could not connect: ${e.message}`, extra: withCode };
  if (RESET_CODES.has(code) || e.message === 'aborted') {
    return phase === 'body'
      ? { kind: 'truncated', message: `connection closed before the body was complete (${code || e.message})`, extra: withCode }
      : { kind: 'connect', message: `connection reset before a response (${code || e.message})`, extra: withCode };
  }
  return { kind: 'network', message: e.message || 'unknown network error', extra: withCode };
}
