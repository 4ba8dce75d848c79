import { z } from 'zod';

/**
 * The extractor's manifest for one article: which claims a given extractor version found in
 * a given revision of it. Published to the claims topic after those claims, keyed by the
 * article id. It lets the projector retract what an older revision or extractor version
 * said about the article — even when the new extraction found nothing.
 */
export const ArticleExtracted = z.object({
  articleId: z.string().regex(/^art_[0-9a-f]{24}$/),
  revision: z.number().int().positive(),
  extractorVersion: z.string().min(1).max(50),
  claimIds: z.array(z.string().regex(/^clm_[0-9a-f]{24}$/)).max(10_000),
});
export type ArticleExtracted = z.infer<typeof ArticleExtracted>;

/** Which extraction of an article is newer: a later revision, then a later extractor version. */
export function compareExtractions(
  a: { revision: number; extractorVersion: string },
  b: { revision: number; extractorVersion: string },
): number {
  if (a.revision !== b.revision) return a.revision - b.revision;
  return compareVersions(a.extractorVersion, b.extractorVersion);
}

/** Dotted numeric versions compare by number (1.10.0 > 1.9.2); anything else by text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}
