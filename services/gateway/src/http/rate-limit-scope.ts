/**
 * Which requests the rate limit leaves alone: health probes and metrics (never throttled),
 * and the dashboard's static files (the page and its modules are cached by ETag and cost
 * nothing to serve; a 429 on GET / would leave a reader with no page at all).
 */
export function isRateLimitExempt(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === '/' || path === '/healthz' || path === '/readyz' || path === '/metrics' || path.startsWith('/dashboard/');
}

/**
 * TRUST_PROXY as fastify's trustProxy takes it: "true" (trust every hop; only behind a proxy
 * that overwrites X-Forwarded-For), a number of hops, or a comma-separated list of proxy
 * addresses/CIDRs. Unset or "false": X-Forwarded-For is ignored and the socket address counts.
 */
export type TrustProxy = boolean | string[] | ((addr: string, hop: number) => boolean);

export function parseTrustProxy(v: string | undefined): TrustProxy {
  const s = (v ?? '').trim();
  if (s === '' || s === 'false') return false;
  if (s === 'true') return true;
  if (/^\d+$/.test(s)) {
    const hops = Number(s);
    // trust the nearest `hops` proxies
    return (_addr, hop) => hop < hops;
  }
  return s.split(',').map((x) => x.trim()).filter(Boolean);
}
