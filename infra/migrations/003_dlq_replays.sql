-- Dead letters that were re-published to their source topic (`npm run dlq -- replay`). A
-- letter is identified by where it sits in its dead-letter topic; the primary key is what
-- keeps one letter from being replayed twice.

CREATE TABLE IF NOT EXISTS dlq_replays (
  dlq_topic        text NOT NULL,
  dlq_partition    integer NOT NULL,
  dlq_offset       bigint NOT NULL,
  source_topic     text NOT NULL,
  source_partition integer NOT NULL,
  source_offset    bigint NOT NULL,
  reason           text NOT NULL,
  replayed_by      text,
  replayed_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (dlq_topic, dlq_partition, dlq_offset)
);
