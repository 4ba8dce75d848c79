import { canonicalJson, sha256Hex } from '@claimwire/events';
import type { FeedItem } from '../feed';

export interface IdentifiedItem {
  item: FeedItem;
  /** Stable within the feed: guid, else link, else a hash of title and date. */
  key: string;
  keySource: 'guid' | 'link' | 'hash';
}

function hashKey(item: FeedItem): string {
  return `hash:${sha256Hex(canonicalJson({ t: item.title ?? '', d: item.publishedRaw ?? item.updatedRaw ?? '', x: item.title ? '' : item.text.slice(0, 500) })).slice(0, 32)}`;
}

/**
 * Give each item of one fetch its identity. Guids win, but a feed that repeats one guid for
 * different items (or omits guids) falls back to links, then to a hash of title and date,
 * so distinct items are never collapsed into one.
 */
export function identifyItems(items: readonly FeedItem[]): IdentifiedItem[] {
  const count = (values: (string | null)[]) => {
    const m = new Map<string, number>();
    for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const guids = count(items.map((i) => i.guid?.trim() || null));
  const links = count(items.map((i) => i.link?.trim() || null));
  const out: IdentifiedItem[] = [];
  const used = new Set<string>();
  for (const item of items) {
    const guid = item.guid?.trim() || null;
    const link = item.link?.trim() || null;
    let id: IdentifiedItem;
    if (guid && guids.get(guid) === 1) id = { item, key: `guid:${guid}`, keySource: 'guid' };
    else if (link && links.get(link) === 1) id = { item, key: `link:${link}`, keySource: 'link' };
    else id = { item, key: hashKey(item), keySource: 'hash' };
    if (used.has(id.key)) continue; // the very same item twice in one document: keep the first
    used.add(id.key);
    out.push(id);
  }
  return out;
}

/** What counts as an edit: the text a reader (and the extractor) would see. */
export function itemContentHash(item: FeedItem): string {
  return sha256Hex(canonicalJson({ title: item.title ?? '', text: item.text, link: item.link ?? '' }));
}
