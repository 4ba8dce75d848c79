-- A feed whose URL answers with a permanent redirect (301/308 on every hop) records where it
-- moved, so ops can update config/feeds.yaml. The config stays the source of truth: ingest
-- keeps fetching the configured URL. Cleared when a fetch of the configured URL is no longer
-- redirected, or when the configured URL changes.

ALTER TABLE feeds ADD COLUMN IF NOT EXISTS moved_to text;
ALTER TABLE feeds ADD COLUMN IF NOT EXISTS moved_detected_at timestamptz;
