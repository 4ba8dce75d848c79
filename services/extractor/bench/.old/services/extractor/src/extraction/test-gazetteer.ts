import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer, type Gazetteer } from '../gazetteer';

let cached: Gazetteer | null = null;
/** The repository gazetteer, loaded once for tests. */
export function testGazetteer(): Gazetteer {
  cached ??= loadGazetteer(resolve(fileURLToPath(import.meta.url), '../../../../../config/gazetteer.yaml'));
  return cached;
}
