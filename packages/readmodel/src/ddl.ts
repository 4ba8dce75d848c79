import { quoteIdent } from '@claimwire/sql';
import { rollupsDdl } from './rollups';

/**
 * The read models of one projection version, in their own schema. Bump
 * READ_MODEL_VERSION when this changes shape: the projector then fills a new schema from
 * the claims topic while the old one keeps serving.
 */
export const READ_MODEL_VERSION = 3;
export const PROJECTION_NAME = 'readmodels';

export function schemaFor(version: number): string {
  if (!Number.isInteger(version) || version < 1) throw new Error(`bad projection version ${version}`);
  return `rm_v${version}`;
}

export function readModelDdl(schema: string): string {
  const s = quoteIdent(schema);
  return `
CREATE SCHEMA IF NOT EXISTS ${s};

CREATE TABLE IF NOT EXISTS ${s}.articles (
  article_id   text PRIMARY KEY,
  revision     integer NOT NULL,
  feed_id      text NOT NULL,
  guid         text,
  url          text,
  title        text,
  author       text,
  published    timestamptz NOT NULL,
  first_seen   timestamptz NOT NULL,
  language     text,
  summary      text,
  text_length  integer NOT NULL,
  content_hash text NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON ${s}.articles (published DESC, article_id);
-- GET /v1/articles?url= (an exact lookup)
CREATE INDEX IF NOT EXISTS articles_url ON ${s}.articles (url);

-- every claim, exactly once, with its evidence and where it was read
CREATE TABLE IF NOT EXISTS ${s}.claims (
  claim_id          text PRIMARY KEY,
  kind              text NOT NULL,
  entity_id         text NOT NULL,
  article_id        text NOT NULL,
  article_revision  integer NOT NULL,
  feed_id           text NOT NULL,
  article_url       text,
  article_title     text,
  article_published timestamptz,
  extractor_version text NOT NULL,
  body              jsonb NOT NULL,
  evidence_sentence text NOT NULL,
  evidence_start    integer NOT NULL,
  evidence_end      integer NOT NULL,
  confidence        real NOT NULL,
  seen_at           timestamptz NOT NULL,
  source_topic      text NOT NULL,
  source_partition  integer NOT NULL,
  source_offset     bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_entity ON ${s}.claims (entity_id, seen_at, claim_id);
CREATE INDEX IF NOT EXISTS claims_article ON ${s}.claims (article_id);
-- GET /v1/claims pages in the order claims were seen
CREATE INDEX IF NOT EXISTS claims_seen ON ${s}.claims (seen_at, claim_id);

-- which extraction of each article stands: the newest revision, then the newest extractor
-- version; claims from older extractions are retracted from the read models
CREATE TABLE IF NOT EXISTS ${s}.article_extractions (
  article_id        text PRIMARY KEY,
  revision          integer NOT NULL,
  extractor_version text NOT NULL,
  claim_count       integer,
  updated_at        timestamptz NOT NULL
);

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

-- talks: tracks by the set of parties, rounds within them
CREATE TABLE IF NOT EXISTS ${s}.talks_tracks (
  track_id   text PRIMARY KEY,
  parties    text[] NOT NULL,
  first_seen timestamptz NOT NULL,
  last_seen  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS ${s}.talks_rounds (
  round_id        text PRIMARY KEY,
  track_id        text NOT NULL REFERENCES ${s}.talks_tracks (track_id),
  round           integer,
  location        text,
  -- the venue as keyed (placeKey): what ?location= matches
  location_key    text,
  date            text,
  date_precision  text,
  date_sort       date,
  status          text NOT NULL,
  status_reported_at timestamptz,
  -- every party reports of the round name, mediators included (the track holds the two sides)
  parties         text[] NOT NULL DEFAULT '{}',
  participants    text[] NOT NULL DEFAULT '{}',
  outcomes        jsonb NOT NULL DEFAULT '[]',
  first_seen      timestamptz NOT NULL,
  last_seen       timestamptz NOT NULL,
  source_count    integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS talks_rounds_track ON ${s}.talks_rounds (track_id, date_sort);

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
CREATE INDEX IF NOT EXISTS strikes_match ON ${s}.strikes (target_type, attacker, target, date_sort);
-- the list's order (newest first, undated last, then id), overall and within a target type
CREATE INDEX IF NOT EXISTS strikes_order ON ${s}.strikes ((${STRIKE_ORDER_KEY}) DESC, strike_id DESC);
CREATE INDEX IF NOT EXISTS strikes_type_order ON ${s}.strikes (target_type, (${STRIKE_ORDER_KEY}) DESC, strike_id DESC);
DROP INDEX IF EXISTS ${s}.strikes_type;

-- a version 1 schema (series by party x population x measure x reporter, tracks by every
-- party) keeps taking writes until a rebuild into version 2 switches over: its rows get the
-- new columns, empty (an old series counts as running totals); 'npm run rebuild' re-keys them
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS scope text NOT NULL DEFAULT 'cumulative';
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS period text;
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS reporter_id text;
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS reporter_name text;
ALTER TABLE ${s}.toll_series ADD COLUMN IF NOT EXISTS reporter_country text;
ALTER TABLE ${s}.talks_rounds ADD COLUMN IF NOT EXISTS location_key text;
ALTER TABLE ${s}.talks_rounds ADD COLUMN IF NOT EXISTS parties text[] NOT NULL DEFAULT '{}';
-- version 3 folds strikes by neighbourhood: the days each strike's reports cover (empty on older versions)
ALTER TABLE ${s}.strikes ADD COLUMN IF NOT EXISTS span_first date;
ALTER TABLE ${s}.strikes ADD COLUMN IF NOT EXISTS span_last date;
-- the strikes whose days come near a report's (the neighbourhood a batch folds again)
CREATE INDEX IF NOT EXISTS strikes_span ON ${s}.strikes USING gist (daterange(span_first, span_last, '[]')) WHERE span_first IS NOT NULL;
${rollupsDdl(schema)}`;
}

/** The strikes list's sort key: the strike's first day, undated strikes last (as 0001-01-01). */
export const STRIKE_ORDER_KEY = `COALESCE(date_sort, '0001-01-01'::date)`;
