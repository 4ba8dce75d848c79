import { STRIKE_ORDER_KEY, placeKey, type StrikeRow as StoredStrikeRow } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { dateRange } from '../domain/dates';
import { bestLocation, type PlaceIndex } from '../domain/places';
import { badRequest } from '../http/problem';
import type { z } from 'zod';
import type { Strike as StrikeSchema, StrikesFilter, StrikesQuery } from '../schemas';
import { EMBEDDED_SOURCES, embeddedSources, embeddedSourcesSql, isoTimestamp, type Source } from './sources';
import { Where } from './sql-builder';

type Strike = z.infer<typeof StrikeSchema>;

/** A strike on a list page, as its query reads it: date_sort is the list's sort key, first_seen an ISO timestamp. */
interface StrikeRow
  extends Pick<StoredStrikeRow, 'strike_id' | 'attacker' | 'target' | 'target_type' | 'locations' | 'date' | 'date_precision' | 'weapons' | 'killed' | 'injured' | 'source_count'> {
  date_sort: string;
  first_seen: string;
  sources: Source[];
}

export function strikeWhere(f: StrikesFilter): Where {
  const w = new Where();
  if (f.attacker) w.add('attacker = ?', f.attacker);
  if (f.target) w.add('target = ?', f.target);
  if (f.targetType) w.add('target_type = ?', f.targetType);
  if (f.weapon) w.add('? = ANY(weapons)', f.weapon);
  if (f.location) w.add('? = ANY(location_keys)', placeKey(f.location));
  if (f.from) w.add('date_sort >= ?::date', dateRange(f.from).first);
  if (f.to) w.add('date_sort <= ?::date', dateRange(f.to).last);
  return w;
}

export interface StrikeTotals {
  strikes: number;
  killed: number;
  injured: number;
}

async function totals(db: SqlExecutor, schema: string, f: StrikesFilter): Promise<StrikeTotals> {
  if (rolledUp(f)) return rolledUpTotals(db, schema, f);
  const w = strikeWhere(f);
  const r = (
    await db.query<{ n: string; killed: string | null; injured: string | null }>(
      `SELECT count(*) AS n, sum(killed) AS killed, sum(injured) AS injured FROM ${quoteIdent(schema)}.strikes ${w.sql()}`,
      w.params,
    )
  ).rows[0];
  return { strikes: Number(r?.n ?? 0), killed: Number(r?.killed ?? 0), injured: Number(r?.injured ?? 0) };
}

/** Whether the read model's strike_totals (per target type and attacker) answer this filter. */
function rolledUp(f: StrikesFilter): boolean {
  return Object.entries(f).every(([k, v]) => v === undefined || ROLLUP_KEYS.has(k));
}
// the filter's keys strike_totals is keyed by, and the paging keys a list query also carries
const ROLLUP_KEYS = new Set(['targetType', 'attacker', 'limit', 'cursor']);

async function rolledUpTotals(db: SqlExecutor, schema: string, f: StrikesFilter): Promise<StrikeTotals> {
  const w = new Where();
  if (f.targetType) w.add('target_type = ?', f.targetType);
  if (f.attacker) w.add('attacker_key = ?', f.attacker);
  const r = (
    await db.query<{ n: string | null; killed: string | null; injured: string | null }>(
      `SELECT sum(strikes) AS n, sum(killed) AS killed, sum(injured) AS injured FROM ${quoteIdent(schema)}.strike_totals ${w.sql()}`,
      w.params,
    )
  ).rows[0];
  return { strikes: Number(r?.n ?? 0), killed: Number(r?.killed ?? 0), injured: Number(r?.injured ?? 0) };
}

// newest first; undated strikes last; strike_id breaks ties so the order is stable (indexed)
const SORT_KEY = STRIKE_ORDER_KEY;

/** A page of strikes, each drawn at its best-resolved place (`places`: the gazetteer's coordinates). */
export async function listStrikes(db: SqlExecutor, schema: string, q: StrikesQuery, places: PlaceIndex) {
  const s = quoteIdent(schema);
  const w = strikeWhere(q);
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 2);
    if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(key[0])) {
      throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
    }
    w.add(`(${SORT_KEY}, strike_id) < (?::date, ?)`, key[0], key[1]);
  }
  const rows = (
    await db.query<StrikeRow>(
      `SELECT strike_id, attacker, target, target_type, locations, date, date_precision,
              to_char(${SORT_KEY}, 'YYYY-MM-DD') AS date_sort, weapons, killed, injured,
              ${isoTimestamp('first_seen')} AS first_seen, source_count,
              ${embeddedSourcesSql(schema, 'strike_id', EMBEDDED_SOURCES.list)} AS sources
         FROM ${s}.strikes ${w.sql()}
        ORDER BY ${SORT_KEY} DESC, strike_id DESC LIMIT ${w.param(q.limit + 1)}`,
      w.params,
    )
  ).rows;
  const page = rows.slice(0, q.limit);
  const items: Strike[] = page.map((r) => ({
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
    firstSeen: r.first_seen,
    sourceCount: r.source_count,
    sources: embeddedSources(r.sources),
  }));
  const last = page[page.length - 1];
  return {
    items,
    totals: await totals(db, schema, q),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.date_sort, last.strike_id]) : null,
  };
}

export async function strikeSummary(db: SqlExecutor, schema: string, f: StrikesFilter) {
  const w = strikeWhere(f);
  // only strikes dated to the day can be placed in a week
  w.add(`date_precision = 'day'`);
  const rows = (
    await db.query<{ week: string; target_type: Strike['targetType']; n: string; killed: string | null; injured: string | null }>(
      `SELECT to_char(date_trunc('week', date_sort), 'YYYY-MM-DD') AS week, target_type,
              count(*) AS n, sum(killed) AS killed, sum(injured) AS injured
         FROM ${quoteIdent(schema)}.strikes ${w.sql()}
        GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
      w.params,
    )
  ).rows;
  return {
    weeks: rows.map((r) => ({
      weekStart: r.week,
      targetType: r.target_type,
      strikes: Number(r.n),
      killed: Number(r.killed ?? 0),
      injured: Number(r.injured ?? 0),
    })),
    totals: await totals(db, schema, f),
    notInWeeks: await notInWeeks(db, schema, f),
  };
}

/** Strikes the filter selects whose date is missing or coarser than a day. */
async function notInWeeks(db: SqlExecutor, schema: string, f: StrikesFilter): Promise<number> {
  const w = strikeWhere(f);
  w.add(`date_precision IS DISTINCT FROM 'day'`);
  const r = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(schema)}.strikes ${w.sql()}`, w.params);
  return Number(r.rows[0]?.n ?? 0);
}
