import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { clipRing, densify, regionOutline, UKRAINE } from './outline';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'));
const outline = regionOutline(topology);
const country = (name: string) => outline.features.find((f) => f.properties.name === name)!;

describe('cutting a ring to a box', () => {
  it('keeps a ring inside the box as it is and drops one wholly outside', () => {
    const inside = [[1, 1], [2, 1], [2, 2], [1, 1]];
    expect(clipRing(inside, [0, 0, 10, 10])).toEqual(inside);
    expect(clipRing([[20, 20], [21, 20], [21, 21], [20, 20]], [0, 0, 10, 10])).toEqual([]);
  });

  it('cuts a ring that crosses the box along its edges, closed again', () => {
    const ring = clipRing([[-5, 2], [5, 2], [5, 4], [-5, 4], [-5, 2]], [0, 0, 10, 10]);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(new Set(ring.slice(0, -1).map((p) => p.join(',')))).toEqual(new Set(['0,2', '5,2', '5,4', '0,4']));
  });

  it('adds points along long edges only', () => {
    expect(densify([[0, 0], [3, 0], [3, 0.5]])).toEqual([[0, 0], [1, 0], [2, 0], [3, 0], [3, 0.5]]);
  });
});

describe("the map's outline of Ukraine and its neighbours (world-atlas)", () => {
  it('draws Ukraine, in focus, and the countries around it', () => {
    expect(country('Ukraine').properties).toEqual({ id: UKRAINE, name: 'Ukraine', focus: true });
    for (const n of ['Russia', 'Belarus', 'Poland', 'Moldova', 'Romania', 'Turkey']) expect(country(n)?.properties.focus).toBe(false);
  });

  it('puts Crimea in Ukraine, its internationally recognised border, not in Russia', () => {
    for (const [lon, lat] of [[34.1, 44.95], [33.53, 44.62], [36.47, 45.36]] as const) {
      expect(geoContains(country('Ukraine'), [lon, lat])).toBe(true);
      expect(geoContains(country('Russia'), [lon, lat])).toBe(false);
    }
    expect(geoContains(country('Ukraine'), [30.52, 50.45])).toBe(true); // Kyiv
    expect(geoContains(country('Russia'), [37.62, 55.76])).toBe(true); // Moscow
    expect(geoContains(country('Russia'), [36.59, 50.6])).toBe(true); // Belgorod
  });

  it('is cut to the window around Ukraine, small enough to send to a browser', () => {
    const lons = outline.features.flatMap((f) => f.geometry.coordinates.flat(2).map((p) => p[0]!));
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(12);
    expect(Math.max(...lons)).toBeLessThanOrEqual(52);
    expect(JSON.stringify(outline).length).toBeLessThan(400_000);
  });
});
