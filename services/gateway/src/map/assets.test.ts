import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { mapFiles } from './assets';

const files = new Map(mapFiles().map((f) => [f.name, f]));
const text = (name: string) => files.get(name)!.body.toString('utf8');

describe("the dashboard map's files", () => {
  it('serves d3-geo and d3-array as ES modules a browser can load: no bare import is left', () => {
    expect([...files.keys()].sort()).toEqual(['d3-array.js', 'd3-geo.js', 'outline.json']);
    expect(text('d3-geo.js')).toContain('from"./d3-array.js"');
    for (const name of ['d3-geo.js', 'd3-array.js']) {
      const specifiers = [...text(name).matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1]);
      expect(specifiers.every((sp) => sp!.startsWith('./')), `${name}: ${specifiers.join(', ')}`).toBe(true);
      expect(files.get(name)!.contentType).toBe('text/javascript; charset=utf-8');
    }
  });

  it('serves the outline as valid GeoJSON', () => {
    const outline = check(text('outline.json')) as { type: string; features: unknown[] };
    expect(outline.type).toBe('FeatureCollection');
    expect(outline.features.length).toBeGreaterThan(10);
  });
});
