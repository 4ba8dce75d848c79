import type { DatePrecision, TargetType, Weapon } from '@claimwire/events';
import { dateRange } from '../dates';
import type { UpsertSpec } from '../upsert';
import type { StrikeState } from './fold';

/** A strikes row: one attack, however many articles reported it. Dates are read as text (YYYY-MM-DD). */
export interface StrikeRow {
  strike_id: string;
  attacker: string | null;
  target: string | null;
  target_type: TargetType;
  /** the places as reports wrote them */
  locations: string[];
  /** the places' gazetteer names as keyed (placeKey), sorted, unique: what reports of one attack are matched on */
  location_keys: string[];
  date: string | null;
  date_precision: DatePrecision | null;
  date_sort: string | null;
  date_last: string | null;
  weapons: Weapon[];
  killed: number | null;
  injured: number | null;
  /** the days its dated, placed reports cover (null when they are undated or placeless) */
  span_first: string | null;
  span_last: string | null;
  first_seen: Date;
  last_seen: Date;
  source_count: number;
}

/** A strike as its fold reads it back (COLS: date_last is not read, it is derived). */
export type StoredStrikeRow = Omit<StrikeRow, 'date_last'>;

/** The columns of a strike as its fold reads it back (strikeOfRow). */
export const COLS = `strike_id, attacker, target, target_type, locations, location_keys, date, date_precision,
  to_char(date_sort, 'YYYY-MM-DD') AS date_sort, weapons, killed, injured, to_char(span_first, 'YYYY-MM-DD') AS span_first,
  to_char(span_last, 'YYYY-MM-DD') AS span_last, first_seen, last_seen, source_count`;

/** A stored strike as its fold state. */
export function strikeOfRow(r: StoredStrikeRow): StrikeState {
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
    spanFirst: r.span_first,
    spanLast: r.span_last,
    firstSeen: r.first_seen.toISOString(),
    lastSeen: r.last_seen.toISOString(),
    sourceCount: r.source_count,
  };
}

export const STRIKE_UPSERT: UpsertSpec = {
  table: 'strikes',
  columns: ['strike_id', 'attacker', 'target', 'target_type', 'locations', 'location_keys', 'date', 'date_precision',
    'date_sort', 'date_last', 'weapons', 'killed', 'injured', 'span_first', 'span_last', 'first_seen', 'last_seen', 'source_count'],
  onConflict: `ON CONFLICT (strike_id) DO UPDATE SET locations = EXCLUDED.locations, location_keys = EXCLUDED.location_keys,
       date = EXCLUDED.date, date_precision = EXCLUDED.date_precision, date_sort = EXCLUDED.date_sort,
       date_last = EXCLUDED.date_last, weapons = EXCLUDED.weapons, killed = EXCLUDED.killed,
       injured = EXCLUDED.injured, span_first = EXCLUDED.span_first, span_last = EXCLUDED.span_last,
       first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen, source_count = EXCLUDED.source_count`,
};

export function strikeRow(next: StrikeState): unknown[] {
  return [next.strikeId, next.attacker, next.target, next.targetType, next.locations, next.placeKeys, next.date,
    next.datePrecision, next.dateSort, next.date ? dateRange(next.date).last : null, next.weapons, next.killed, next.injured,
    next.spanFirst, next.spanLast, next.firstSeen, next.lastSeen, next.sourceCount];
}

