import { canonicalJson, sha256Hex } from '@claimwire/events';

/** An entity's id from what identifies it: a prefix and the hash of its parts (the same parts, the same id). */
export function hashId(prefix: string, parts: unknown): string {
  return `${prefix}_${sha256Hex(canonicalJson(parts)).slice(0, 20)}`;
}
