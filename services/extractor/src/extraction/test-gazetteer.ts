import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { extractClaims } from './extract';
import type { ExtractedClaim } from './types';

let cached: Gazetteer | null = null;
/** The repository gazetteer, loaded once for tests. */
export function testGazetteer(): Gazetteer {
  cached ??= loadGazetteer(resolve(fileURLToPath(import.meta.url), '../../../../../config/gazetteer.yaml'));
  return cached;
}

/** The claims of one kind the product shows for a text, read with the repository gazetteer (for specs). */
export function claimsOfKind<K extends ExtractedClaim['kind']>(kind: K, text: string, published: string): Extract<ExtractedClaim, { kind: K }>[] {
  return extractClaims({ id: 't', published, text }, testGazetteer()).filter((c): c is Extract<ExtractedClaim, { kind: K }> => c.kind === kind);
}
