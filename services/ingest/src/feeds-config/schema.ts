import { z } from 'zod';
import { allowEntrySchema } from '../fetch/ssrf';

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "5m", "1h" or a number of seconds. */
export const Duration = z.union([z.number().positive(), z.string().trim()]).transform((v, ctx) => {
  if (typeof v === 'number') return Math.round(v * 1000);
  const m = DURATION.exec(v);
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration (use e.g. 30s, 5m, 1h, or seconds as a number)` });
    return z.NEVER;
  }
  return Math.round(Number(m[1]) * (UNIT_MS[m[2] as string] as number));
});

export const FeedId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a lowercase slug (letters, digits, . _ -), at most 64 characters');

export const FeedConfig = z
  .object({
    id: FeedId,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    title: z.string().max(200).optional(),
    interval: Duration.optional(),
    fullText: z.boolean().default(false),
    enabled: z.boolean().default(true),
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/, 'header names are letters, digits and -'), z.string().max(4000)).default({}),
  })
  .strict();
export type FeedConfig = z.infer<typeof FeedConfig>;

export const FeedsFile = z
  .object({
    defaults: z.object({ interval: Duration.default(600) }).strict().default({ interval: 600_000 }),
    /** Hosts, IPs or CIDRs that may be fetched although they are not public (local feeds, tests, air-gapped ops). */
    allowPrivate: z.array(allowEntrySchema).default([]),
    feeds: z.array(FeedConfig).default([]),
  })
  .strict()
  .superRefine((f, ctx) => {
    for (const d of duplicateFeedIds(f.feeds)) ctx.addIssue({ code: 'custom', path: ['feeds', d.index, 'id'], message: d.message });
  });
/**
 * Feed ids used twice, from parsed or raw feeds (raw: so that a file with other errors still
 * reports its duplicates in the same run).
 */
export function duplicateFeedIds(feeds: readonly unknown[]): { index: number; message: string }[] {
  const seen = new Map<string, number>();
  const out: { index: number; message: string }[] = [];
  feeds.forEach((feed, i) => {
    const id = typeof feed === 'object' && feed !== null && typeof (feed as { id?: unknown }).id === 'string' ? (feed as { id: string }).id : null;
    if (id === null) return;
    const j = seen.get(id);
    if (j !== undefined) out.push({ index: i, message: `duplicate feed id "${id}" (also feeds[${j}])` });
    else seen.set(id, i);
  });
  return out;
}

export type FeedsFile = z.infer<typeof FeedsFile>;

/** A feed with its defaults applied: what the poller runs. */
export interface Feed {
  id: string;
  url: string;
  title: string | null;
  intervalMs: number;
  fullText: boolean;
  enabled: boolean;
  headers: Record<string, string>;
}

export function resolveFeeds(file: FeedsFile): Feed[] {
  return file.feeds.map((f) => ({
    id: f.id,
    url: f.url,
    title: f.title ?? null,
    intervalMs: f.interval ?? file.defaults.interval,
    fullText: f.fullText,
    enabled: f.enabled,
    headers: f.headers,
  }));
}
