import { describe, expect, it } from 'vitest';
import type { PlaceConfig } from '@claimwire/config';
import { bestLocation, placeIndex } from './places';

const place = (p: Partial<PlaceConfig> & Pick<PlaceConfig, 'name' | 'kind'>): PlaceConfig => ({ aliases: [], party: 'ukraine', ...p });
const index = placeIndex([
  place({ name: 'Kharkiv', aliases: ['Kharkov'], kind: 'city', lat: 49.99, lon: 36.23 }),
  place({ name: 'Kharkiv region', aliases: ['Kharkiv oblast'], kind: 'region', lat: 49.6, lon: 36.4 }),
  place({ name: 'Odesa', aliases: ['Odessa'], kind: 'city', lat: 46.48, lon: 30.73 }),
  place({ name: 'Odesa region', kind: 'region', lat: 46.8, lon: 30.0 }),
  place({ name: 'Geneva', party: null, kind: 'venue', lat: 46.2, lon: 6.15 }),
  place({ name: 'Nowhere', kind: 'city' }),
]);

describe('locating a place as written', () => {
  it('finds a place by its gazetteer name or an alias, whatever the case and spacing, under its gazetteer name', () => {
    expect(index.locate('Kharkov')).toEqual({ lat: 49.99, lon: 36.23, place: 'Kharkiv', kind: 'city' });
    expect(index.locate('  kharkiv   OBLAST ')).toEqual({ lat: 49.6, lon: 36.4, place: 'Kharkiv region', kind: 'region' });
    expect(index.locate('Geneva')?.kind).toBe('city');
  });

  it('draws an unlisted district at the city it is named after, and nothing for an unknown or unplaced name', () => {
    expect(index.locate('Odessa district')).toEqual({ lat: 46.48, lon: 30.73, place: 'Odesa district', kind: 'district' });
    // a region is no district: an unlisted "X province" is not guessed
    expect(index.locate('Odessa province')).toBeNull();
    expect(index.locate('Kharkiv region district')).toBeNull();
    expect(index.locate('Atlantis')).toBeNull();
    expect(index.locate('Nowhere')).toBeNull();
  });
});

describe("a strike's best-resolved place", () => {
  it('prefers a city over its region, whichever the report wrote first', () => {
    expect(bestLocation(index, ['Kharkiv region', 'Kharkiv'])?.place).toBe('Kharkiv');
    expect(bestLocation(index, ['Kharkiv', 'Kharkiv region'])?.place).toBe('Kharkiv');
  });

  it('prefers a district over a region, and the first written among places as specific', () => {
    expect(bestLocation(index, ['Odesa region', 'Odesa district'])?.place).toBe('Odesa district');
    expect(bestLocation(index, ['Odesa', 'Kharkiv'])?.place).toBe('Odesa');
  });

  it('takes a region when that is all the gazetteer locates, and null when it locates nothing', () => {
    expect(bestLocation(index, ['Atlantis', 'Odesa region'])).toEqual({ lat: 46.8, lon: 30.0, place: 'Odesa region', kind: 'region' });
    expect(bestLocation(index, ['Atlantis'])).toBeNull();
    expect(bestLocation(index, [])).toBeNull();
  });
});
