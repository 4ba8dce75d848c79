/**
 * The key a cached page is stored under: the route, its path parameters and its query, each
 * sorted by name and percent-encoded, and the format the page is in. Two requests get the same
 * key only when the gateway gives them the same answer: the order of the parameters and the
 * spelling of their encoding do not matter, anything else does (`?limit=50` and no limit are
 * two keys, though the same page). Returns null for what it cannot key (a repeated parameter,
 * a value that is no string): such requests are not cached.
 */
export function pageKey(route: string, params: unknown, query: unknown, format: string): string | null {
  const p = encodePairs(params);
  const q = encodePairs(query);
  if (p === null || q === null) return null;
  return `${format} ${route} ${p} ?${q}`;
}

function encodePairs(o: unknown): string | null {
  if (o === undefined || o === null) return '';
  if (typeof o !== 'object') return null;
  const entries = Object.entries(o as Record<string, unknown>);
  const out: string[] = [];
  for (const [k, v] of entries) {
    if (typeof v !== 'string') return null;
    out.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  }
  return out.sort().join('&');
}
