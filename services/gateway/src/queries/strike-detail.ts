import type { StrikeRow } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { z } from 'zod';
import { bestLocation, type PlaceIndex } from '../domain/places';
import type { StrikeDetail } from '../schemas';
import { EMBEDDED_SOURCES, SOURCE_COLUMNS, sourcesFor, toSource, type SourceRow } from './sources';

/** A strike as its query reads it. */
type Row = Omit<StrikeRow, 'location_keys' | 'date_sort' | 'date_last' | 'span_first' | 'span_last' | 'last_seen'>;

type ReportRow = SourceRow & { body: { killed?: number | null; injured?: number | null; date?: string | null } };

/** One strike with every report of it, oldest first: the history of its reported tolls; drawn at its best-resolved place. */
export async function getStrike(db: SqlExecutor, schema: string, strikeId: string, places: PlaceIndex): Promise<z.input<typeof StrikeDetail> | null> {
  const s = quoteIdent(schema);
  const r = (
    await db.query<Row>(
      `SELECT strike_id, attacker, target, target_type, locations, date, date_precision, weapons, killed, injured, first_seen, source_count
         FROM ${s}.strikes WHERE strike_id = $1`,
      [strikeId],
    )
  ).rows[0];
  if (!r) return null;
  const reports = (
    await db.query<ReportRow>(`SELECT ${SOURCE_COLUMNS}, body FROM ${s}.claims WHERE entity_id = $1 ORDER BY seen_at, claim_id`, [strikeId])
  ).rows;
  const sources = (await sourcesFor(db, schema, [strikeId], EMBEDDED_SOURCES.detail)).get(strikeId) ?? [];
  return {
    strikeId: r.strike_id,
    attacker: r.attacker,
    target: r.target,
    targetType: r.target_type,
    locations: r.locations,
    location: bestLocation(places, r.locations),
    date: r.date,
    precision: r.date_precision,
    weapons: r.weapons,
    killed: r.killed,
    injured: r.injured,
    firstSeen: r.first_seen.toISOString(),
    sourceCount: r.source_count,
    sources,
    reports: reports.map((c) => ({ killed: c.body.killed ?? null, injured: c.body.injured ?? null, date: c.body.date ?? null, source: toSource(c) })),
  };
}
