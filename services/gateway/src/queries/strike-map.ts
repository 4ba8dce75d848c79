import { STRIKE_ORDER_KEY, type StrikeRow } from '@claimwire/readmodel';
import { quoteIdent, type Sql } from '@claimwire/sql';
import { pointFeature, type GeoJsonBatch } from '../domain/geojson';
import { bestLocation, type PlaceIndex } from '../domain/places';
import type { StrikesFilter } from '../schemas';
import { EXPORT_BATCH_ROWS } from './csv-stream';
import { strikeWhere } from './strikes';

/** What a strike's map feature is made of. */
type MapRow = Pick<StrikeRow, 'strike_id' | 'attacker' | 'target' | 'target_type' | 'locations' | 'date' | 'date_precision' | 'killed' | 'injured'>;

/**
 * Every strike the filter selects (paging ignored), newest first like the list, as GeoJSON
 * point features at their best-resolved place, streamed from a cursor EXPORT_BATCH_ROWS at a time; a strike
 * none of whose places the gazetteer locates is counted as unmapped instead.
 */
export async function strikeFeatureBatches(db: Sql, schema: string, f: StrikesFilter, places: PlaceIndex): Promise<AsyncIterable<GeoJsonBatch>> {
  const w = strikeWhere(f);
  const rows = db.stream<MapRow>(
    `SELECT strike_id, attacker, target, target_type, locations, date, date_precision, killed, injured
       FROM ${quoteIdent(schema)}.strikes ${w.sql()}
      ORDER BY ${STRIKE_ORDER_KEY} DESC, strike_id DESC`,
    w.params,
    EXPORT_BATCH_ROWS,
  );
  return (async function* () {
    for await (const batch of rows) {
      const features = [];
      for (const r of batch) {
        const at = bestLocation(places, r.locations);
        if (!at) continue;
        features.push(
          pointFeature(r.strike_id, at, {
            id: r.strike_id,
            date: r.date,
            precision: r.date_precision,
            attacker: r.attacker,
            target: r.target,
            targetType: r.target_type,
            killed: r.killed,
            injured: r.injured,
            place: at.place,
            placeKind: at.kind,
            locations: r.locations,
            href: `/v1/strikes/${encodeURIComponent(r.strike_id)}`,
          }),
        );
      }
      yield { features, unmapped: batch.length - features.length };
    }
  })();
}
