-- What ingest remembers about each feed and each item it has seen.

CREATE TABLE IF NOT EXISTS feeds (
  feed_id               text PRIMARY KEY,
  url                   text NOT NULL,
  title                 text,
  enabled               boolean NOT NULL DEFAULT true,
  interval_seconds      integer NOT NULL,
  last_attempt_at       timestamptz,
  last_success_at       timestamptz,
  http_status           integer,
  error_kind            text,
  error_message         text,
  consecutive_failures  integer NOT NULL DEFAULT 0,
  next_attempt_at       timestamptz,
  etag                  text,
  last_modified         text,
  last_unconditional_at timestamptz,
  fetch_count           bigint NOT NULL DEFAULT 0,
  repaired              boolean NOT NULL DEFAULT false,
  repairs               text[] NOT NULL DEFAULT '{}',
  health_status         text NOT NULL DEFAULT 'new',
  health_reason         text,
  -- the scheduler's full counters (failure streak start, fetches since an unconditional GET, ...)
  counters              jsonb NOT NULL DEFAULT '{}',
  items_seen            bigint NOT NULL DEFAULT 0,
  items_published       bigint NOT NULL DEFAULT 0,
  updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS feed_items (
  feed_id      text NOT NULL,
  item_key     text NOT NULL,
  article_id   text NOT NULL,
  content_hash text NOT NULL,
  revision     integer NOT NULL,
  first_seen   timestamptz NOT NULL,
  last_seen    timestamptz NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX IF NOT EXISTS feed_items_article ON feed_items (article_id);
