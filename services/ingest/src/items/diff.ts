import type { IdentifiedItem } from './identity';
import { itemContentHash } from './identity';

export interface SeenItem {
  key: string;
  contentHash: string;
  revision: number;
}

export type ItemChange =
  | { kind: 'new'; item: IdentifiedItem; contentHash: string; revision: 1 }
  | { kind: 'updated'; item: IdentifiedItem; contentHash: string; revision: number }
  | { kind: 'unchanged'; item: IdentifiedItem };

/** Compare a fetch's items with what was seen before: new, edited (a new revision), or unchanged. Pure. */
export function diffItems(items: readonly IdentifiedItem[], seen: ReadonlyMap<string, SeenItem>): ItemChange[] {
  return items.map((item) => {
    const hash = itemContentHash(item.item);
    const prev = seen.get(item.key);
    if (!prev) return { kind: 'new', item, contentHash: hash, revision: 1 };
    if (prev.contentHash !== hash) return { kind: 'updated', item, contentHash: hash, revision: prev.revision + 1 };
    return { kind: 'unchanged', item };
  });
}
