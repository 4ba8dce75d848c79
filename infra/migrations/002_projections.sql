-- Projection versions and their checkpoints. Each version's read models live in their own
-- schema (rm_v1, rm_v2, ...), so a rebuild fills a new version while the old one serves.

CREATE TABLE IF NOT EXISTS projections (
  name         text NOT NULL,
  version      integer NOT NULL,
  schema_name  text NOT NULL,
  status       text NOT NULL CHECK (status IN ('building', 'active', 'retired')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  activated_at timestamptz,
  PRIMARY KEY (name, version)
);
CREATE UNIQUE INDEX IF NOT EXISTS projections_one_active ON projections (name) WHERE status = 'active';

-- The next offset to apply, per projection version and partition, written in the same
-- transaction as the rows that the events up to it produced.
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name        text NOT NULL,
  version     integer NOT NULL,
  topic       text NOT NULL,
  partition   integer NOT NULL,
  next_offset bigint NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (name, version, topic, partition)
);
