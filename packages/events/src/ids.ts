import { createHash } from 'node:crypto';

/** Canonical JSON: object keys sorted, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function shortHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 24);
}

/** Stable per feed item: the same feed and item identity always give the same article id. */
export function articleId(feedId: string, itemIdentity: string): string {
  return `art_${shortHash({ feedId, itemIdentity })}`;
}

/**
 * Deterministic claim id: the same article revision, extractor version, evidence span and
 * claim body give the same id, so a re-run of the extractor publishes the same ids and the
 * projector can dedupe them.
 */
export function claimId(input: {
  articleId: string;
  revision: number;
  extractorVersion: string;
  evidenceStart: number;
  body: unknown;
}): string {
  return `clm_${shortHash(input)}`;
}

export function contentHash(parts: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(parts));
}
