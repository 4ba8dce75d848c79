// The public REST API, read with relative URLs (so the page works at / of the gateway and
// behind a proxy prefix) and revalidated with ETag / If-None-Match: a 304 reuses the last body.

export class ApiError extends Error {
  /** status 0: the API could not be reached at all. */
  constructor(path, status, detail) {
    super(status ? `${path}: HTTP ${status}${detail ? ` — ${detail}` : ''}` : `${path}: ${detail || 'unreachable'}`);
    this.path = path;
    this.status = status;
    this.detail = detail;
  }
}

const cache = new Map();
const TIMEOUT_MS = 10_000;

/** GET a JSON document: { body, changed } (changed is false when the server said 304). */
export async function getJson(path) {
  const hit = cache.get(path);
  const headers = { accept: 'application/json' };
  if (hit) headers['if-none-match'] = hit.etag;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), TIMEOUT_MS);
  let res;
  try {
    // no-store: the browser cache would hide 304s from us; we keep our own copy instead
    res = await fetch(path, { headers, cache: 'no-store', signal: ctl.signal });
  } catch (err) {
    throw new ApiError(path, 0, ctl.signal.aborted ? 'timed out' : 'network error');
  } finally {
    clearTimeout(timer);
  }
  if (res.status === 304 && hit) return { body: hit.body, changed: false };
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const p = await res.json();
      detail = p.detail || p.title || detail;
    } catch {
      // not problem+json: keep the status text
    }
    throw new ApiError(path, res.status, detail);
  }
  const body = await res.json();
  const etag = res.headers.get('etag');
  if (etag) cache.set(path, { etag, body });
  return { body, changed: true };
}

/** Every page of a paged list ({items, nextCursor}), at most maxPages of them. */
export async function getAll(path, maxPages = 10) {
  const items = [];
  let changed = false;
  let first = null;
  let url = path;
  for (let i = 0; i < maxPages && url; i++) {
    const r = await getJson(url);
    changed ||= r.changed;
    first ??= r.body;
    items.push(...(r.body.items ?? []));
    const next = r.body.nextCursor;
    url = next ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(next)}` : null;
  }
  return { body: { ...first, items }, changed };
}
