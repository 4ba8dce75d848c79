import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GazetteerSchema, loadYamlFile } from '@claimwire/config';
import { placeIndex, type PlaceIndex } from './domain/places';

/** The gazetteer the gateway reads when told no other (GAZETTEER_FILE): the repository's config/gazetteer.yaml. */
export const DEFAULT_GAZETTEER_FILE = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../config/gazetteer.yaml');

/**
 * The places of a gazetteer file, validated with the extractor's schema, indexed by name for
 * drawing strikes. Throws ConfigError naming each bad field (a start-up error: exit 78).
 */
export function loadPlaces(path: string = DEFAULT_GAZETTEER_FILE): PlaceIndex {
  return placeIndex(loadYamlFile(GazetteerSchema, path).places);
}

/** The reporter entity ids of a gazetteer file (the ids /v1/tolls?reporter= takes). Throws ConfigError like loadPlaces. */
export function loadReporterIds(path: string = DEFAULT_GAZETTEER_FILE): ReadonlySet<string> {
  return new Set(loadYamlFile(GazetteerSchema, path).reporters.map((r) => r.id));
}
