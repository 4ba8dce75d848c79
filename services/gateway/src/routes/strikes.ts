import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { STRIKE_CSV_COLUMNS, strikeCsvRows } from '../queries/list-exports';
import { getStrike } from '../queries/strike-detail';
import { strikeFeatureBatches } from '../queries/strike-map';
import { listStrikes, strikeSummary } from '../queries/strikes';
import { IdParam, NoQuery, StrikeDetail, StrikeFeatureCollection, StrikeSummary, StrikesFilter, StrikesPage, StrikesQuery } from '../schemas';
import { checkDates, csvExport, oneById, type V1Deps } from './shared';

const EMPTY_TOTALS = { strikes: 0, killed: 0, injured: 0 };

/** GET /v1/strikes, /v1/strikes/summary and /v1/strikes/{id}: strikes, their weekly summary, and one strike's reports. */
export function strikesRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/strikes',
      operationId: 'listStrikes',
      fromReadModels: true,
      tag: 'strikes',
      summary: 'Strikes, newest first, with killed and injured totals over the whole filter',
      description:
        "Each strike carries `location`, the coordinates of its most specific place the gazetteer locates (a city over a region), or null. As CSV (?format=csv): one row per strike, with its first source. As GeoJSON (?format=geojson or Accept: application/geo+json): a FeatureCollection of the whole filter's strikes that have a location, as points ([lon, lat]), with `unmapped` counting the ones left out.",
      query: StrikesQuery,
      response: StrikesPage,
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        return schema ? listStrikes(d.db, schema, query, d.places) : { items: [], totals: EMPTY_TOTALS, nextCursor: null };
      },
      csv: csvExport(d, STRIKE_CSV_COLUMNS, (db, schema, query) => strikeCsvRows(db, schema, query, d.places)),
      geojson: {
        schema: StrikeFeatureCollection,
        batches: async (query) => {
          checkDates(query);
          const schema = await d.schema();
          return schema ? strikeFeatureBatches(d.db, schema, query, d.places) : (async function* () {})();
        },
      },
    }),
    defineRoute({
      path: '/v1/strikes/summary',
      operationId: 'summarizeStrikes',
      fromReadModels: true,
      tag: 'strikes',
      summary: 'Strikes per week and target type, with totals',
      description: 'JSON only: a summary, not a list (Accept: text/csv is answered 406). The strikes it counts are a CSV at /v1/strikes?format=csv under the same filter.',
      query: StrikesFilter,
      response: StrikeSummary,
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        return schema ? strikeSummary(d.db, schema, query) : { weeks: [], totals: EMPTY_TOTALS, notInWeeks: 0 };
      },
    }),
    defineRoute({
      path: '/v1/strikes/:id',
      operationId: 'getStrike',
      fromReadModels: true,
      tag: 'strikes',
      summary: 'One strike with every report of it: how its killed and injured were reported over time',
      query: NoQuery,
      params: IdParam('stk', 'strike'),
      response: StrikeDetail,
      errors: [404],
      handler: oneById(d, 'strike', (db, schema, id) => getStrike(db, schema, id, d.places)),
    }),
  ];
}

export const strikesPlugin = apiPlugin(strikesRoutes);
