-- The feeds config ingest runs on, and whether the last reload of the feeds file was rejected
-- (it did not validate: ingest kept the config it had). One row, written by ingest at start
-- and on every reload, read by GET /v1/feeds (`config`). A rejection is cleared by the next
-- applied reload (or a restart on a valid file). problems keeps the first 20 validation
-- problems, each cut to 300 characters; problem_count says how many there were.
--
-- feeds.health_reason stays the sentence as ingest worded it at the attempt (what it logged);
-- GET /v1/feeds words it afresh from the stored status and timestamps when it is read.

CREATE TABLE IF NOT EXISTS feeds_config_status (
  singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  loaded_at     timestamptz,
  rejected_at   timestamptz,
  problems      text[] NOT NULL DEFAULT '{}',
  problem_count integer NOT NULL DEFAULT 0,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
