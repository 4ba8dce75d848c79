/** Pure helpers for HTTP response headers the fetcher and scheduler care about. */

/** Parses `Retry-After` (delta-seconds or HTTP-date). Returns the absolute time, or undefined. */
export function parseRetryAfter(value: string | undefined, now: Date): Date | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^[0-9]+$/.test(v)) {
    const seconds = Number(v);
    if (!Number.isSafeInteger(seconds)) return undefined;
    return new Date(now.getTime() + seconds * 1000);
  }
  const ms = parseHttpDate(v);
  return ms === undefined ? undefined : new Date(ms);
}

/** Parses an HTTP-date (IMF-fixdate, RFC 850, asctime). Returns epoch ms or undefined. */
export function parseHttpDate(value: string): number | undefined {
  // Only accept things that look like dates; Date.parse is too lenient on e.g. "12".
  if (!/[a-z]{3}/i.test(value) || !/\d{1,2}:\d{2}:\d{2}/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * How long the server says the response stays fresh, in seconds: `Cache-Control: max-age`
 * (or `s-maxage`), else `Expires` minus `Date`. `no-cache`/`no-store` yield undefined.
 */
export function parseFreshnessSeconds(
  headers: { cacheControl?: string; expires?: string; date?: string },
  now: Date,
): number | undefined {
  const cc = headers.cacheControl?.toLowerCase();
  if (cc !== undefined) {
    if (/(^|,)\s*(no-cache|no-store)\b/.test(cc)) return undefined;
    const m = /(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*"?(\d+)"?/.exec(cc);
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  if (headers.expires !== undefined) {
    const exp = parseHttpDate(headers.expires);
    if (exp === undefined) return undefined;
    const base = headers.date !== undefined ? (parseHttpDate(headers.date) ?? now.getTime()) : now.getTime();
    return Math.max(0, Math.round((exp - base) / 1000));
  }
  return undefined;
}

/** First value of a header from node's IncomingHttpHeaders shape. */
export function headerValue(v: string | string[] | undefined): string | undefined {
  if (Array.isArray(v)) return v[0];
  return v;
}
