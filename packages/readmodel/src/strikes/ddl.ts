import { quoteIdent } from '@claimwire/sql';
import { strikeRollupsDdl } from '../rollups';

/** The strikes table in `schema`, with its indexes, upgrades and rollups. */
export function strikesDdl(schema: string): string {
  const s = quoteIdent(schema);
  return `
-- strikes: one attack, however many articles reported it
CREATE TABLE IF NOT EXISTS ${s}.strikes (
  strike_id     text PRIMARY KEY,
  attacker      text,
  target        text,
  target_type   text NOT NULL,
  locations     text[] NOT NULL DEFAULT '{}',
  -- the places' gazetteer names as keyed (placeKey), sorted, unique: what reports of one attack are matched on
  location_keys text[] NOT NULL DEFAULT '{}',
  date          text,
  date_precision text,
  date_sort     date,
  date_last     date,
  weapons       text[] NOT NULL DEFAULT '{}',
  killed        integer,
  injured       integer,
  -- the days its dated, placed reports cover (null when they are undated or placeless): which
  -- strikes a new report can touch, and so which are folded again with it
  span_first    date,
  span_last     date,
  first_seen    timestamptz NOT NULL,
  last_seen     timestamptz NOT NULL,
  source_count  integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS strikes_date ON ${s}.strikes (date_sort DESC, strike_id);
CREATE INDEX IF NOT EXISTS strikes_match ON ${s}.strikes (attacker, target, date_sort);
-- the list's order (newest first, undated last, then id), overall and within a target type
CREATE INDEX IF NOT EXISTS strikes_order ON ${s}.strikes ((${STRIKE_ORDER_KEY}) DESC, strike_id DESC);
CREATE INDEX IF NOT EXISTS strikes_type_order ON ${s}.strikes (target_type, (${STRIKE_ORDER_KEY}) DESC, strike_id DESC);
DROP INDEX IF EXISTS ${s}.strikes_type;

-- version 3 folds strikes by neighbourhood: the days each strike's reports cover (empty on older versions)
ALTER TABLE ${s}.strikes ADD COLUMN IF NOT EXISTS span_first date;
ALTER TABLE ${s}.strikes ADD COLUMN IF NOT EXISTS span_last date;
-- the strikes whose days come near a report's (the neighbourhood a batch folds again)
CREATE INDEX IF NOT EXISTS strikes_span ON ${s}.strikes USING gist (daterange(span_first, span_last, '[]')) WHERE span_first IS NOT NULL;
${strikeRollupsDdl(schema)}`;
}

/** The strikes list's sort key: the strike's first day, undated strikes last (as 0001-01-01). */
export const STRIKE_ORDER_KEY = `COALESCE(date_sort, '0001-01-01'::date)`;
