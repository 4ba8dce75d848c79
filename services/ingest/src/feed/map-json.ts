/** JSON Feed 1.0 / 1.1 to feed fields. Field types are checked; a wrong-typed field is dropped, not fatal. */
import { z } from 'zod';
import { finishItem } from './item';
import { resolveUrl } from './links';
import type { MappedFeed } from './map-rss';
import type { FeedItem, FeedFormat } from './types';

const str = z.string().optional().catch(undefined);
const author = z.object({ name: str, url: str }).loose().optional().catch(undefined);

const JsonItem = z
  .object({
    id: z.union([z.string(), z.number().transform(String)]).optional().catch(undefined),
    url: str,
    external_url: str,
    title: str,
    content_html: str,
    content_text: str,
    summary: str,
    date_published: str,
    date_modified: str,
    author,
    authors: z.array(author).optional().catch(undefined),
  })
  .loose();

const JsonFeed = z
  .object({
    version: z.string(),
    title: str,
    home_page_url: str,
    feed_url: str,
    language: str,
    author,
    authors: z.array(author).optional().catch(undefined),
    items: z.array(z.unknown()).optional().catch(undefined),
  })
  .loose();

/** Which JSON Feed version a `version` string names, or null when it is not a JSON Feed. */
export function jsonFeedVersion(version: unknown): Extract<FeedFormat, 'json1' | 'json11'> | null {
  if (typeof version !== 'string') return null;
  const v = version.trim().toLowerCase();
  const m = /^(?:https?:\/\/jsonfeed\.org\/version\/)?(1(?:\.\d+)?)\/?$/.exec(v);
  if (!m) return null;
  return m[1] === '1' || m[1] === '1.0' ? 'json1' : 'json11';
}

export function mapJsonFeed(data: unknown, url: string | null, now: Date): MappedFeed | null {
  const parsed = JsonFeed.safeParse(data);
  if (!parsed.success) return null;
  const feed = parsed.data;
  const base = resolveUrl(feed.feed_url, url) ?? url;
  const feedAuthor = feed.authors?.find((a) => a?.name)?.name ?? feed.author?.name ?? null;
  const items: FeedItem[] = [];
  for (const raw of feed.items ?? []) {
    const r = JsonItem.safeParse(raw);
    if (!r.success) continue;
    const it = r.data;
    items.push(
      finishItem(
        {
          guid: it.id ?? null,
          link: resolveUrl(it.url ?? it.external_url, base),
          title: it.title ?? null,
          publishedRaw: it.date_published ?? null,
          updatedRaw: it.date_modified ?? null,
          author: it.authors?.find((a) => a?.name)?.name ?? it.author?.name ?? feedAuthor,
          summary: it.summary ? { value: it.summary, kind: 'text' } : null,
          content: it.content_html
            ? { value: it.content_html, kind: 'html' }
            : it.content_text
              ? { value: it.content_text, kind: 'text' }
              : null,
          base: resolveUrl(it.url, base) ?? base,
        },
        now,
      ),
    );
  }
  return { title: feed.title?.trim() || null, link: resolveUrl(feed.home_page_url, base), language: feed.language ?? null, items };
}
