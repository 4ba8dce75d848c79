import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GazetteerSchema, type PlaceConfig } from './gazetteer';
import { loadYamlFile, validateConfig } from './yaml-file';

const GAZETTEER = fileURLToPath(new URL('../../../config/gazetteer.yaml', import.meta.url));

/**
 * Rough bounds of each country a place of the gazetteer lies in: [west, south, east, north]
 * in degrees. Loose on purpose (a country's extreme points, rounded outwards): they catch a
 * latitude and longitude swapped, a sign dropped or a place filed under the wrong country,
 * not a town a few kilometres off.
 */
const BOUNDS: Record<string, readonly [number, number, number, number]> = {
  ukraine: [22.0, 44.3, 40.3, 52.4],
  russia: [19.5, 41.1, 180, 82.0],
  belarus: [23.1, 51.2, 32.8, 56.2],
  'united-states': [-180, 18.9, -66.9, 71.5],
  'united-arab-emirates': [51.5, 22.6, 56.4, 26.1],
  turkey: [25.6, 35.8, 44.8, 42.1],
  'saudi-arabia': [34.5, 16.3, 55.7, 32.2],
  qatar: [50.7, 24.5, 51.7, 26.2],
  vatican: [12.44, 41.89, 12.46, 41.91],
  france: [-5.2, 41.3, 9.6, 51.1],
  'united-kingdom': [-8.7, 49.9, 1.8, 60.9],
  germany: [5.8, 47.2, 15.1, 55.1],
  'european-union': [-31.3, 34.8, 34.6, 70.1],
  china: [73.5, 18.1, 134.8, 53.6],
};

function inBounds(p: { lat: number; lon: number }, [west, south, east, north]: readonly number[]): boolean {
  return p.lon >= west! && p.lon <= east! && p.lat >= south! && p.lat <= north!;
}

const located = (p: PlaceConfig): p is PlaceConfig & { lat: number; lon: number } => p.lat !== undefined && p.lon !== undefined;

const gazetteer = loadYamlFile(GazetteerSchema, GAZETTEER);

describe('the places of config/gazetteer.yaml', () => {
  it('puts every place with coordinates and a country inside that country’s rough bounds', () => {
    const outside = gazetteer.places
      .filter(located)
      .filter((p) => p.party !== null)
      .filter((p) => {
        const box = BOUNDS[p.party!];
        if (!box) throw new Error(`no bounds for "${p.party}" (of ${p.name}): add the country's rough bounds to BOUNDS`);
        return !inBounds(p, box);
      })
      .map((p) => `${p.name} (${p.party}): ${p.lat}, ${p.lon}`);
    expect(outside).toEqual([]);
  });

  it('gives every place of the conflict’s sides coordinates, so each of their strikes can be mapped', () => {
    const sides = new Set(gazetteer.conflicts.flatMap((c) => c.sides));
    expect(sides).toEqual(new Set(['russia', 'ukraine']));
    const unplaced = gazetteer.places.filter((p) => p.party !== null && sides.has(p.party) && !located(p)).map((p) => p.name);
    expect(unplaced).toEqual([]);
  });

  it('places a city and the region named after it close together (a region is not filed under a far-off centroid)', () => {
    const byName = new Map(gazetteer.places.map((p) => [p.name, p]));
    const far: string[] = [];
    for (const region of gazetteer.places.filter((p) => p.kind === 'region' && located(p))) {
      const city = byName.get(region.name.replace(/ region$/, ''));
      if (!city || city === region || !located(city) || !located(region)) continue;
      // a Ukrainian oblast is a few hundred kilometres across; Irkutsk oblast, the widest here, puts its
      // centroid 4.5 degrees north of its capital
      if (Math.abs(city.lat - region.lat) > 5 || Math.abs(city.lon - region.lon) > 8) far.push(region.name);
    }
    expect(far).toEqual([]);
  });

  it('catches swapped coordinates: Kyiv at 30.52 N, 50.45 E is outside Ukraine', () => {
    expect(inBounds({ lat: 30.52, lon: 50.45 }, BOUNDS.ukraine!)).toBe(false);
    expect(inBounds({ lat: 50.45, lon: 30.52 }, BOUNDS.ukraine!)).toBe(true);
  });
});

describe('place coordinates in the gazetteer schema', () => {
  const withPlace = (place: Record<string, unknown>) => ({ version: 1, parties: [{ id: 'ukraine', names: ['Ukraine'] }], places: [place] });
  const problems = (data: unknown): string[] => {
    try {
      validateConfig(GazetteerSchema, data, 'test.yaml');
      return [];
    } catch (err) {
      return (err as { problems: string[] }).problems;
    }
  };

  it('keeps a place without coordinates valid', () => {
    expect(problems(withPlace({ name: 'Geneva', kind: 'venue' }))).toEqual([]);
  });

  it('accepts a latitude and longitude in range', () => {
    const g = validateConfig(GazetteerSchema, withPlace({ name: 'Kyiv', party: 'ukraine', kind: 'city', lat: 50.45, lon: 30.52 }), 'test.yaml');
    expect(g.places[0]).toMatchObject({ lat: 50.45, lon: 30.52 });
  });

  it('rejects a latitude or longitude out of range, naming the field', () => {
    expect(problems(withPlace({ name: 'Kyiv', kind: 'city', lat: 95, lon: 30.5 }))).toEqual(['places[0].lat: latitude must be at most 90']);
    expect(problems(withPlace({ name: 'Kyiv', kind: 'city', lat: 50.4, lon: -181 }))).toEqual(['places[0].lon: longitude must be at least -180']);
  });

  it('rejects one coordinate without the other, and coordinates that are not numbers', () => {
    expect(problems(withPlace({ name: 'Kyiv', kind: 'city', lat: 50.45 }))).toEqual(['places[0].lon: lat and lon are given together or not at all']);
    expect(problems(withPlace({ name: 'Kyiv', kind: 'city', lat: '50.45', lon: 30.52 }))[0]).toMatch(/^places\[0\]\.lat: /);
  });
});
