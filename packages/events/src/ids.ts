import { createHash } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), undefined members left out, so
 * equal values always hash the same. Ids are hashes of it: its output must never change.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const o = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const k of Object.keys(o).sort()) {
    const v = o[k];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
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
