import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { regionOutline } from './outline';

/**
 * The files the dashboard's map needs, served beside the dashboard's own (no CDN, nothing
 * fetched at run time): d3-geo and d3-array as ES modules (d3-geo's import of "d3-array"
 * pointed at the served copy, since a browser resolves no bare names), and the outline of
 * Ukraine and its neighbours made from world-atlas's countries at start-up.
 */

const require = createRequire(import.meta.url);

/** A package's dist/ folder, found from its resolved entry (d3's exports map hides package.json). */
const distOf = (pkg: string) => dirname(require.resolve(pkg));

export interface MapFile {
  name: string;
  body: Buffer;
  contentType: string;
}

export function mapFiles(): MapFile[] {
  const js = 'text/javascript; charset=utf-8';
  const d3Array = readFileSync(join(distOf('d3-array'), 'd3-array.min.mjs'), 'utf8');
  const d3Geo = readFileSync(join(distOf('d3-geo'), 'd3-geo.min.mjs'), 'utf8');
  const imports = d3Geo.match(/from\s*["']d3-array["']/g) ?? [];
  if (imports.length !== 1) throw new Error(`d3-geo: expected one import of d3-array, found ${imports.length}`);
  const countries = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  return [
    { name: 'd3-array.js', body: Buffer.from(d3Array), contentType: js },
    { name: 'd3-geo.js', body: Buffer.from(d3Geo.replace(/from\s*["']d3-array["']/, 'from"./d3-array.js"')), contentType: js },
    { name: 'outline.json', body: Buffer.from(JSON.stringify(regionOutline(countries))), contentType: 'application/geo+json' },
  ];
}
