import { quoteIdent } from '@claimwire/sql';
import { tollRollupsDdl } from '../rollups';

/** The toll tables (series and their figures) in `schema`, with their indexes, upgrades and rollups. */
export function tollsDdl(schema: string): string {
  const s = quoteIdent(schema);
  return `
-- tolls: a series is party x population x measure x scope (and window) x reporter
CREATE TABLE IF NOT EXISTS ${s}.toll_series (
  series_id     text PRIMARY KEY,
  party         text NOT NULL,
  population    text NOT NULL,
  measure       text NOT NULL,
  scope         text NOT NULL CHECK (scope IN ('cumulative', 'period')),
  -- the window of a period series: day, week, month, other (null for a running total)
  period        text,
  -- the reporter's gazetteer id when resolved, else its name as keyed (reporterKey)
  reporter_key  text NOT NULL,
  -- the name as first written
  reported_by   text,
  reporter_id   text,
  reporter_name text,
  reporter_country text,
  first_seen    timestamptz NOT NULL,
  last_seen     timestamptz NOT NULL,
  -- how many figures the series holds, kept by a trigger on toll_figures (rollups.ts)
  figure_count  integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS toll_series_pm ON ${s}.toll_series (party, measure);

-- one figure, however many articles reported it (corroboration = its sources)
CREATE TABLE IF NOT EXISTS ${s}.toll_figures (
  figure_id     text PRIMARY KEY,
  series_id     text NOT NULL REFERENCES ${s}.toll_series (series_id),
  value         bigint NOT NULL,
  bound         text NOT NULL,
  as_of         text,
  as_of_precision text,
  -- the day the figure is ordered by: the first day of as_of, else the day it was first seen
  sort_date     date NOT NULL,
  scope         text NOT NULL CHECK (scope IN ('cumulative', 'period')),
  first_seen    timestamptz NOT NULL,
  source_count  integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS toll_figures_series ON ${s}.toll_figures (series_id, sort_date, first_seen);
-- a series' latest figures of one scope, newest first (list pages read the last two of each)
CREATE INDEX IF NOT EXISTS toll_figures_latest ON ${s}.toll_figures (series_id, scope, sort_date DESC, first_seen DESC, figure_id DESC);

-- a version 1 schema (series by party x population x measure x reporter, tracks by every
-- party) keeps taking writes until a rebuild into version 2 switches over: its rows get the
-- new columns, empty (an old series counts as running totals); 'npm run rebuild' re-keys them
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS scope text NOT NULL DEFAULT 'cumulative';
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS period text;
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS reporter_id text;
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS reporter_name text;
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS reporter_country text;
${tollRollupsDdl(schema)}`;
}
