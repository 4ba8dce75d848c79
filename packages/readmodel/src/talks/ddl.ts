import { quoteIdent } from '@claimwire/sql';

/** The talks tables (tracks and their rounds) in `schema`, with their indexes and upgrades. */
export function talksDdl(schema: string): string {
  const s = quoteIdent(schema);
  return `
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

-- a version 1 schema gets the columns later versions added, empty ('npm run rebuild' fills them)
ALTER TABLE ${s}.talks_rounds ADD COLUMN IF NOT EXISTS location_key text;
ALTER TABLE ${s}.talks_rounds ADD COLUMN IF NOT EXISTS parties text[] NOT NULL DEFAULT '{}';
`;
}
