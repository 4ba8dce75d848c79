/**
 * A per-fetch cookie jar for redirect chains (pure data, no I/O). Some sites answer the first
 * request with "Set-Cookie + redirect to the same URL" and serve the content once the cookie
 * comes back; without a jar that looks like a redirect loop. Cookies live only for one fetch,
 * are host-only (never sent to another host) and are never persisted.
 */

export type CookieJar = Map<string, Map<string, string>>;

export function emptyJar(): CookieJar {
  return new Map();
}

/** Records Set-Cookie headers received from `host`. Max-Age<=0 deletes. */
export function storeCookies(jar: CookieJar, host: string, setCookie: readonly string[] | undefined): void {
  if (setCookie === undefined) return;
  const key = host.toLowerCase();
  for (const line of setCookie.slice(0, 50)) {
    const [pair, ...attrs] = line.split(';');
    if (pair === undefined) continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (name === '' || name.length + value.length > 4096) continue;
    const expired = attrs.some((a) => /^\s*max-age\s*=\s*(-\d+|0)\s*$/i.test(a));
    let cookies = jar.get(key);
    if (expired) {
      cookies?.delete(name);
      continue;
    }
    if (cookies === undefined) {
      cookies = new Map();
      jar.set(key, cookies);
    }
    cookies.set(name, value);
  }
}

/** The Cookie header value for `host`, or undefined when the jar has nothing for it. */
export function cookieHeader(jar: CookieJar, host: string): string | undefined {
  const cookies = jar.get(host.toLowerCase());
  if (cookies === undefined || cookies.size === 0) return undefined;
  return [...cookies].map(([n, v]) => `${n}=${v}`).join('; ');
}
