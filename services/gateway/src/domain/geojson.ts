import { boundedChunks } from './chunks';

/**
 * GeoJSON (RFC 7946) for the lists: a FeatureCollection written out a batch of features at a
 * time, so a large filter is never one string in memory. Positions are [longitude, latitude].
 */

export interface PointFeature<P> {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [lon: number, lat: number] };
  properties: P;
}

/** A batch of features, and how many of the batch's records were left out for want of coordinates. */
export interface GeoJsonBatch {
  features: readonly PointFeature<unknown>[];
  unmapped: number;
}

export function pointFeature<P>(id: string, at: { lat: number; lon: number }, properties: P): PointFeature<P> {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [at.lon, at.lat] }, properties };
}

/**
 * The text of one FeatureCollection, in chunks: its features as the batches come, then the
 * foreign member `unmapped`, the number of records left out (RFC 7946 section 6.1).
 */
export async function* featureCollectionChunks(batches: AsyncIterable<GeoJsonBatch>): AsyncGenerator<string> {
  const state = { unmapped: 0 };
  yield* boundedChunks(featureTexts(batches, state));
  yield `],"unmapped":${state.unmapped}}`;
}

/** The collection's opening and its features' texts, comma-separated, a batch at a time; counts the unmapped into `state`. */
async function* featureTexts(batches: AsyncIterable<GeoJsonBatch>, state: { unmapped: number }): AsyncGenerator<string[]> {
  yield ['{"type":"FeatureCollection","features":['];
  let first = true;
  for await (const batch of batches) {
    state.unmapped += batch.unmapped;
    yield batch.features.map((f) => {
      const text = (first ? '' : ',') + JSON.stringify(f);
      first = false;
      return text;
    });
  }
}
