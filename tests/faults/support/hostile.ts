import { pick } from './generate';

const PATHS = [
  '/v1/tolls',
  '/v1/tolls/{id}',
  '/v1/talks',
  '/v1/talks/{id}',
  '/v1/strikes',
  '/v1/strikes/summary',
  '/v1/claims/{id}',
  '/v1/articles/{id}',
  '/v1/feeds',
  '/healthz',
  '/readyz',
  '/v1/unknown',
  '/v2/tolls',
  '/',
];
const PARAMS = ['party', 'measure', 'population', 'reportedBy', 'from', 'to', 'fromAsOf', 'toAsOf', 'limit', 'cursor', 'attacker', 'target', 'targetType', 'location', 'status', 'round', 'scope', 'days', 'precision'];
const VALUES = [
  '',
  ' ',
  '-1',
  '0',
  '1',
  '100',
  '101',
  '2147483648',
  '-9223372036854775809',
  '9'.repeat(400),
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  'true',
  'null',
  'undefined',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026',
  '2026-02',
  '2026-02-05T10:00:00Z',
  "' OR 1=1 --",
  '"; DROP TABLE claims; --',
  "1'; SELECT pg_sleep(5); --",
  '$1',
  '%',
  '_',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{"$gt":""}',
  '[1,2]',
  '\u0000',
  '\u202e\u200b',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'ukraine',
  'russia',
  'killed',
  'energy',
  'military',
  'a'.repeat(300),
  'x'.repeat(3_000),
];
const IDS = ['ser_0', 'clm_000000000000000000000000', 'art_ffffffffffffffffffffffff', "'; --", '%2e%2e%2f', 'x'.repeat(250), '0', '-1', '🙂'];
const RAW = ['%00', '%C0%AF', '%FF%FE', '%E2%82', '%', '%zz', '%2525', '+'];

export interface HostileRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'PATCH';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** One generated request: random routes, known and unknown parameters, boundary and hostile values. */
export function hostileRequest(rnd: () => number): HostileRequest {
  let path = pick(rnd, PATHS).replace('{id}', encodeURIComponent(pick(rnd, IDS)));
  const n = Math.floor(rnd() * 5);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = rnd() < 0.8 ? pick(rnd, PARAMS) : `zz${Math.floor(rnd() * 1e6)}`;
    const value = rnd() < 0.1 ? pick(rnd, RAW) : encodeURIComponent(pick(rnd, VALUES));
    parts.push(`${rnd() < 0.05 ? pick(rnd, RAW) : name}=${value}`);
  }
  if (rnd() < 0.05) parts.push(`huge=${'z'.repeat(6_000)}`);
  if (parts.length) path += `?${parts.join('&')}`;
  const r = rnd();
  if (r < 0.85) return { method: 'GET', path };
  if (r < 0.9) return { method: 'HEAD', path };
  if (r < 0.93) return { method: 'OPTIONS', path, headers: { origin: 'https://evil.test', 'access-control-request-method': 'GET' } };
  const body = rnd() < 0.5 ? JSON.stringify({ q: pick(rnd, VALUES) }) : 'x'.repeat(rnd() < 0.5 ? 100 : 200_000);
  return { method: pick(rnd, ['POST', 'PUT', 'DELETE', 'PATCH'] as const), path, body, headers: { 'content-type': rnd() < 0.5 ? 'application/json' : 'text/plain' } };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
