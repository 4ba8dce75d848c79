/** Pure redirect target resolution. */

export type RedirectTarget = { ok: true; url: URL } | { ok: false; message: string };

/** Resolves a Location header (absolute or relative) against the current URL; http(s) only. */
export function resolveRedirect(current: URL, location: string | undefined): RedirectTarget {
  if (location === undefined || location.trim() === '') {
    return { ok: false, message: 'redirect without a Location header' };
  }
  let next: URL;
  try {
    next = new URL(location.trim(), current);
  } catch {
    return { ok: false, message: `redirect to an invalid URL: ${location.slice(0, 200)}` };
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    return { ok: false, message: `redirect to a non-http(s) URL: ${next.protocol}` };
  }
  // A fragment-less Location inherits the current fragment (RFC 9110 §10.2.2); harmless for GET.
  if (next.hash === '' && current.hash !== '') next.hash = current.hash;
  return { ok: true, url: next };
}
