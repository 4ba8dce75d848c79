import { getIssues } from '@placemarkio/check-geojson';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { applyClaim } from '@claimwire/projector';
import { createTestDatabase, fixtures, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { Problem, StrikeDetail, StrikeFeatureCollection, StrikesPage } from './schemas';
import { A1, seed } from './test-support/seed';

/**
 * Strikes on the map: each strike drawn at its best-resolved place from the gazetteer
 * (config/gazetteer.yaml), in the JSON list and as GeoJSON, checked by an outside validator.
 */

let db: TestDatabase;
let app: FastifyInstance;

const on = (i: number) => ({ articleId: A1.articleId, published: A1.published, url: A1.url ?? undefined, feedId: A1.feedId, evidenceStart: 2000 + i * 100 });
const EXTRA = {
  // the city and its region: drawn at the city
  sumy: fixtures.strike({ ...on(1), targetType: 'residential', locations: ['Sumy region', 'Sumy'], date: '2026-01-12', killed: 2, injured: 9 }),
  // only a region (under an alias)
  zaporizhzhiaRegion: fixtures.strike({ ...on(2), targetType: 'residential', locations: ['Zaporozhye region'], date: '2026-01-14', killed: 1, injured: 0 }),
  // an area the gazetteer does not list, around a city it does
  odesaDistrict: fixtures.strike({ ...on(3), targetType: 'port', locations: ['Odessa district'], date: '2026-01-02', killed: null, injured: 3 }),
  // nowhere the gazetteer knows
  nowhere: fixtures.strike({ ...on(4), targetType: 'residential', locations: ['Novo-Unknownivka'], date: '2026-01-16', killed: 5, injured: 1 }),
};

beforeAll(async () => {
  db = await createTestDatabase('cwgwmap');
  const schema = await seed(db.sql);
  let offset = 200;
  await db.sql.transaction(async (tx) => {
    for (const c of Object.values(EXTRA)) await applyClaim(tx, schema, c, { topic: 'claims', partition: 0, offset: String(offset++), seenAt: '2026-02-07T12:00:00.000Z' });
  });
  app = await build({ sql: db.sql, logger: silentLogger(), validateResponses: true });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function get(url: string, headers: Record<string, string> = {}) {
  const r = await app.inject({ method: 'GET', url, headers });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
  return r;
}
const list = async (q = '') => StrikesPage.parse((await get(`/v1/strikes?limit=500${q}`)).json()).items;
const byPlace = async (written: string) => (await list()).find((s) => s.locations.includes(written));

describe('strikes carry the coordinates of their best-resolved place', () => {
  it('draws a strike at its city, from the gazetteer', async () => {
    expect((await byPlace('Kharkiv'))?.location).toEqual({ lat: 49.99, lon: 36.23, place: 'Kharkiv', kind: 'city' });
    expect((await byPlace('Belgorod'))?.location).toMatchObject({ place: 'Belgorod', kind: 'city' });
  });

  it('prefers the city over its region, takes a region named by an alias, a district at its city, and null when nothing is known', async () => {
    expect((await byPlace('Sumy'))?.location).toMatchObject({ place: 'Sumy', kind: 'city', lat: 50.91, lon: 34.8 });
    expect((await byPlace('Zaporozhye region'))?.location).toEqual({ lat: 47.3, lon: 35.6, place: 'Zaporizhzhia region', kind: 'region' });
    expect((await byPlace('Odessa district'))?.location).toEqual({ lat: 46.48, lon: 30.73, place: 'Odesa district', kind: 'district' });
    expect((await byPlace('Novo-Unknownivka'))?.location).toBeNull();
  });

  it('gives one strike its location too (GET /v1/strikes/{id})', async () => {
    const kharkiv = await byPlace('Kharkiv');
    const one = StrikeDetail.parse((await get(`/v1/strikes/${kharkiv!.strikeId}`)).json());
    expect(one.location).toEqual(kharkiv!.location);
  });
});

describe('GET /v1/strikes?format=geojson', () => {
  it('is valid GeoJSON by an outside validator: a FeatureCollection of the placed strikes, [lon, lat], the rest counted', async () => {
    const r = await get('/v1/strikes?format=geojson');
    expect(r.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(getIssues(r.body)).toEqual([]);
    const doc = StrikeFeatureCollection.parse(r.json());
    const strikes = await list();
    const placed = strikes.filter((s) => s.location);
    // the same strikes in the same order (newest first), every one that has a location
    expect(doc.features.map((f) => f.id)).toEqual(placed.map((s) => s.strikeId));
    expect(doc.unmapped).toBe(strikes.length - placed.length);
    expect(doc.unmapped).toBe(1);
    const kharkiv = doc.features.find((f) => f.properties.place === 'Kharkiv');
    expect(kharkiv?.geometry).toEqual({ type: 'Point', coordinates: [36.23, 49.99] });
    expect(kharkiv?.properties).toMatchObject({ date: '2026-02-03', attacker: 'russia', targetType: 'energy', killed: 2, injured: 5, placeKind: 'city', locations: ['Kharkiv'] });
  });

  it('links each feature to its strike, whose sources hold the evidence', async () => {
    const doc = StrikeFeatureCollection.parse((await get('/v1/strikes?format=geojson')).json());
    for (const f of doc.features) {
      expect(f.properties.href).toBe(`/v1/strikes/${f.id}`);
      const strike = StrikeDetail.parse((await get(f.properties.href)).json());
      expect(strike.sources.length).toBeGreaterThan(0);
      expect(strike.location?.place).toBe(f.properties.place);
    }
  });

  it('follows the list filters, paging aside', async () => {
    const doc = StrikeFeatureCollection.parse((await get('/v1/strikes?format=geojson&targetType=residential&limit=1')).json());
    expect(doc.features.map((f) => f.properties.place).sort()).toEqual(['Kyiv', 'Sumy', 'Zaporizhzhia region']);
    expect(doc.unmapped).toBe(1);
    const attacker = StrikeFeatureCollection.parse((await get('/v1/strikes?format=geojson&attacker=ukraine')).json());
    expect(attacker.features.map((f) => f.properties.place)).toEqual(['Belgorod']);
    const nothing = await get('/v1/strikes?format=geojson&from=2030');
    expect(getIssues(nothing.body)).toEqual([]);
    expect(nothing.json()).toEqual({ type: 'FeatureCollection', features: [], unmapped: 0 });
  });

  it('answers Accept: application/geo+json with the same document', async () => {
    const byFormat = await get('/v1/strikes?format=geojson&from=2026-02');
    const byAccept = await get('/v1/strikes?from=2026-02', { accept: 'application/geo+json' });
    expect(byAccept.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(byAccept.body).toBe(byFormat.body);
  });

  it('refuses an unknown format and bad filters as problems naming the parameter', async () => {
    const bad = await app.inject({ method: 'GET', url: '/v1/strikes?format=kml' });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors).toEqual([{ parameter: 'format', message: 'one of: json, csv, geojson' }]);
    const date = await app.inject({ method: 'GET', url: '/v1/strikes?format=geojson&from=2026-02-30' });
    expect(date.statusCode).toBe(400);
    expect(Problem.parse(date.json()).errors?.[0]?.parameter).toBe('from');
  });
});
