import { describe, expect, it } from 'vitest';
import { featureCollectionChunks, pointFeature, type GeoJsonBatch } from './geojson';

async function text(batches: GeoJsonBatch[]): Promise<string> {
  let out = '';
  for await (const chunk of featureCollectionChunks((async function* () { yield* batches; })())) out += chunk;
  return out;
}

describe('GeoJSON features and collections', () => {
  it('writes a point as [longitude, latitude], the order RFC 7946 gives', () => {
    expect(pointFeature('stk_1', { lat: 50.45, lon: 30.52 }, { place: 'Kyiv' })).toEqual({
      type: 'Feature',
      id: 'stk_1',
      geometry: { type: 'Point', coordinates: [30.52, 50.45] },
      properties: { place: 'Kyiv' },
    });
  });

  it('joins the batches into one FeatureCollection and counts what was left out in a foreign member', async () => {
    const a = pointFeature('a', { lat: 1, lon: 2 }, {});
    const b = pointFeature('b', { lat: 3, lon: 4 }, {});
    const doc = JSON.parse(await text([{ features: [a], unmapped: 2 }, { features: [], unmapped: 1 }, { features: [b], unmapped: 0 }]));
    expect(doc).toEqual({ type: 'FeatureCollection', features: [a, b], unmapped: 3 });
  });

  it('is a valid empty collection when nothing can be placed', async () => {
    expect(JSON.parse(await text([]))).toEqual({ type: 'FeatureCollection', features: [], unmapped: 0 });
    expect(JSON.parse(await text([{ features: [], unmapped: 4 }]))).toEqual({ type: 'FeatureCollection', features: [], unmapped: 4 });
  });
});
