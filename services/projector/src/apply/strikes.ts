import type { StrikeClaim } from '@claimwire/events';
import { addDays, dateRange } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { upsertRows, type UpsertSpec } from './upsert';
import { STRIKE_SLACK_DAYS, foldStrike, matchStrike, placeKeysOf, strikeIdOf, type StrikeState } from '../fold';

export interface StrikeRow {
  strike_id: string;
  attacker: string | null;
  target: string | null;
  target_type: string;
  locations: string[];
  location_keys: string[];
  date: string | null;
  date_precision: string | null;
  date_sort: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  first_seen: Date;
  last_seen: Date;
  source_count: number;
}

export const COLS = `strike_id, attacker, target, target_type, locations, location_keys, date, date_precision,
  to_char(date_sort, 'YYYY-MM-DD') AS date_sort, weapons, killed, injured, first_seen, last_seen, source_count`;

export function toState(r: StrikeRow): StrikeState {
  return {
    strikeId: r.strike_id,
    attacker: r.attacker,
    target: r.target,
    targetType: r.target_type,
    locations: r.locations,
    placeKeys: r.location_keys,
    date: r.date,
    datePrecision: r.date_precision,
    dateSort: r.date_sort,
    weapons: r.weapons,
    killed: r.killed,
    injured: r.injured,
    spanFirst: null,
    spanLast: null,
    firstSeen: r.first_seen.toISOString(),
    lastSeen: r.last_seen.toISOString(),
    sourceCount: r.source_count,
  };
}


/**
 * The strikes a claim could report, narrowed in SQL (same attacker, target and type; the
 * dates overlap within the slack; a shared place), decided by the pure matchStrike. A
 * report without date or places is only offered the strikes with exactly its date and places.
 */
async function candidates(tx: SqlExecutor, s: string, c: StrikeClaim): Promise<StrikeState[]> {
  const same = 'target_type = $1 AND attacker IS NOT DISTINCT FROM $2 AND target IS NOT DISTINCT FROM $3';
  const base = [c.targetType, c.attacker, c.target];
  const keys = placeKeysOf(c);
  const q =
    !c.date || keys.length === 0
      ? tx.query<StrikeRow>(
          `SELECT ${COLS} FROM ${s}.strikes WHERE ${same} AND date IS NOT DISTINCT FROM $4 AND location_keys = $5::text[] FOR UPDATE`,
          [...base, c.date, keys],
        )
      : tx.query<StrikeRow>(
          `SELECT ${COLS} FROM ${s}.strikes WHERE ${same}
              AND date_sort <= $4::date AND date_last >= $5::date AND location_keys && $6::text[] FOR UPDATE`,
          [...base, addDays(dateRange(c.date).last, STRIKE_SLACK_DAYS), addDays(dateRange(c.date).first, -STRIKE_SLACK_DAYS), keys],
        );
  return (await q).rows.map(toState);
}

export const STRIKE_UPSERT: UpsertSpec = {
  table: 'strikes',
  columns: ['strike_id', 'attacker', 'target', 'target_type', 'locations', 'location_keys', 'date', 'date_precision',
    'date_sort', 'date_last', 'weapons', 'killed', 'injured', 'first_seen', 'last_seen', 'source_count'],
  onConflict: `ON CONFLICT (strike_id) DO UPDATE SET locations = EXCLUDED.locations, location_keys = EXCLUDED.location_keys,
       date = EXCLUDED.date, date_precision = EXCLUDED.date_precision, date_sort = EXCLUDED.date_sort,
       date_last = EXCLUDED.date_last, weapons = EXCLUDED.weapons, killed = EXCLUDED.killed,
       injured = EXCLUDED.injured, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
       source_count = EXCLUDED.source_count`,
};

export function strikeRow(next: StrikeState): unknown[] {
  return [next.strikeId, next.attacker, next.target, next.targetType, next.locations, next.placeKeys, next.date,
    next.datePrecision, next.dateSort, next.date ? dateRange(next.date).last : null, next.weapons, next.killed, next.injured,
    next.firstSeen, next.lastSeen, next.sourceCount];
}

/** Fold a strike claim into the attack it reports; returns the strike id the claim sources. */
export async function applyStrike(tx: SqlExecutor, schema: string, claim: StrikeClaim, seenAt: string): Promise<string> {
  const s = quoteIdent(schema);
  let prev = matchStrike(await candidates(tx, s, claim), claim);
  if (!prev) {
    // a new strike's id comes from its first report; should that id exist, it is this strike
    const same = await tx.query<StrikeRow>(`SELECT ${COLS} FROM ${s}.strikes WHERE strike_id = $1 FOR UPDATE`, [strikeIdOf(claim)]);
    prev = same.rows[0] ? toState(same.rows[0]) : null;
  }
  const next = foldStrike(prev, claim, seenAt);
  await upsertRows(tx, schema, STRIKE_UPSERT, [strikeRow(next)]);
  return next.strikeId;
}
