import { quoteIdent } from '@claimwire/sql';
import { projectedClaimsDdl } from './projected-claims';
import { READ_MODELS } from './read-models';

/**
 * The read models of one projection version, in their own schema. Bump
 * READ_MODEL_VERSION when this changes shape: the projector then fills a new schema from
 * the claims topic while the old one keeps serving.
 */
export const READ_MODEL_VERSION = 7;
export const PROJECTION_NAME = 'readmodels';

export function schemaFor(version: number): string {
  if (!Number.isInteger(version) || version < 1) throw new Error(`bad projection version ${version}`);
  return `rm_v${version}`;
}

/** The tables of every read model in `schema`: the articles, the claims and their extractions, then each read model's own. */
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
-- the seenFrom / seenTo filters of GET /v1/claims (which pages in commit order: projected_claims.seq)
CREATE INDEX IF NOT EXISTS claims_seen ON ${s}.claims (seen_at, claim_id);
${projectedClaimsDdl(schema)}

-- which extraction of each article stands: the newest revision, then the newest extractor
-- version; claims from older extractions are retracted from the read models
CREATE TABLE IF NOT EXISTS ${s}.article_extractions (
  article_id        text PRIMARY KEY,
  revision          integer NOT NULL,
  extractor_version text NOT NULL,
  claim_count       integer,
  updated_at        timestamptz NOT NULL
);

${READ_MODELS.map((m) => m.ddl(schema)).join('')}`;
}
