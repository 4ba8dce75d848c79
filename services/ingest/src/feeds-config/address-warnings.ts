import { createAddressGuard, defaultResolver, type Resolver } from '../fetch/ssrf';
import type { Feed } from './schema';

/**
 * What ingest's SSRF guard will do with each enabled feed's host, checked ahead of time:
 * one warning per feed whose address is private, loopback or otherwise not public and not
 * in allowPrivate (ingest refuses to fetch it). A name that does not resolve now is not
 * judged (it may resolve where ingest runs).
 */
export async function refusedHostWarnings(feeds: readonly Feed[], allowPrivate: readonly string[], resolve: Resolver = defaultResolver): Promise<string[]> {
  const guard = createAddressGuard({ allowPrivate, resolve });
  const fix = 'ingest will refuse it: add the host (or its network) to allowPrivate if that is intended';
  const warnings = await Promise.all(
    feeds
      .filter((f) => f.enabled)
      .map(async (f): Promise<string | null> => {
        const host = new URL(f.url).hostname;
        const literal = guard.checkHost(host);
        if (literal.literal) return literal.allowed ? null : `feed "${f.id}": ${host} is not a public address (${literal.reason}); ${fix}`;
        let answers;
        try {
          answers = await resolve(host.replace(/^\[|\]$/g, ''), 0);
        } catch {
          return null;
        }
        const refused = answers.map((a) => guard.checkAddress(host, a.address)).filter((d) => !d.allowed);
        if (refused.length === 0) return null;
        return `feed "${f.id}": ${host} resolves to a non-public address (${refused.map((d) => d.reason).join('; ')}); ${fix}`;
      }),
  );
  return warnings.filter((w): w is string => w !== null);
}
