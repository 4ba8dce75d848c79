/**
 * The gateway's baseline: a bare fastify server whose routes each run ONE SELECT with pg and
 * send its rows as JSON. No validation, no ETags, no per-request schema lookup, no JS shaping.
 * Statements are prepared (named), as the gateway's are.
 *
 * Two baselines an endpoint:
 * - `/bare/<name>`: an EQUIVALENT select — it reads what the gateway's answer holds (the first
 *   page, as many items as the gateway's default (100; 50 for strikes), of the same tables and order, with the same
 *   counts, latest items, embedded sources (5 an item, oldest first) and totals), in one
 *   statement with lateral joins and json_agg. This is the baseline the ratio is taken against.
 * - `/bare/<name>/rows`: the page's own rows only (no sources, counts or totals), for reference:
 *   how much of the time is the embedded provenance.
 * - `/bare/generation`: the one tiny indexed read a cache keyed on "has the projector committed
 *   since?" would need on every request (the newest checkpoint of the version), sending 30 bytes:
 *   the ceiling of such a cache, to compare with one that is told by LISTEN and asks nothing.
 * Env: DATABASE_URL, PORT, SCHEMA (the active read-model version's schema, e.g. rm_v7).
 */
import Fastify from 'fastify';
import pg from 'pg';

const s = process.env.SCHEMA;
if (!s || !/^rm_v\d+$/.test(s)) throw new Error('SCHEMA must name the read-model schema (rm_vN)');
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

const SOURCES = (entity: string) => `(SELECT json_agg(c) FROM (
    SELECT claim_id, article_id, article_revision, article_url, article_title, feed_id, article_published, seen_at,
           extractor_version, confidence, evidence_sentence, evidence_start, evidence_end
      FROM ${s}.claims WHERE entity_id = ${entity} ORDER BY seen_at, claim_id LIMIT 5) c) AS sources`;
const ORDER = `COALESCE(date_sort, '0001-01-01'::date)`;
/** The gateway's default strikes page (STRIKES_PAGE_SIZE); tolls and talks pages hold 100. */
const STRIKES_PAGE = 50;

const QUERIES: Record<string, { sql: string; params: unknown[] }> = {
  '/bare/tolls': {
    sql: `SELECT s.series_id, s.party, s.population, s.measure, s.reported_by, s.figure_count,
                 f.figure_id, f.value, f.bound, f.as_of, f.as_of_precision, f.scope, f.first_seen, f.source_count,
                 p.value AS previous_value, p.as_of AS previous_as_of, ${SOURCES('f.figure_id')}
            FROM ${s}.toll_series s
            LEFT JOIN LATERAL (SELECT * FROM ${s}.toll_figures x WHERE x.series_id = s.series_id
                                ORDER BY x.sort_date DESC, x.first_seen DESC, x.figure_id DESC LIMIT 1) f ON true
            LEFT JOIN LATERAL (SELECT y.value, y.as_of FROM ${s}.toll_figures y
                                WHERE y.series_id = s.series_id AND y.scope = f.scope
                                  AND (y.sort_date, y.first_seen, y.figure_id) < (f.sort_date, f.first_seen, f.figure_id)
                                ORDER BY y.sort_date DESC, y.first_seen DESC, y.figure_id DESC LIMIT 1) p ON true
           ORDER BY s.party, s.measure, s.population, s.reporter_key LIMIT $1`,
    params: [101],
  },
  '/bare/tolls/rows': {
    sql: `SELECT s.series_id, s.party, s.population, s.measure, s.reported_by, f.figure_id, f.value, f.bound, f.as_of, f.scope, f.source_count
            FROM ${s}.toll_series s
            LEFT JOIN LATERAL (SELECT * FROM ${s}.toll_figures x WHERE x.series_id = s.series_id
                                ORDER BY x.sort_date DESC, x.first_seen DESC, x.figure_id DESC LIMIT 1) f ON true
           ORDER BY s.party, s.measure, s.population, s.reporter_key LIMIT $1`,
    params: [101],
  },
  '/bare/talks': {
    sql: `SELECT t.track_id, t.parties, a.round_count, a.held, a.scheduled, a.cancelled, a.prisoners, a.bodies,
                 r.round_id, r.round, r.location, r.date, r.date_precision, r.status, r.participants, r.outcomes,
                 r.first_seen, r.last_seen, r.source_count, ${SOURCES('r.round_id')}
            FROM ${s}.talks_tracks t
            LEFT JOIN LATERAL (SELECT count(*) AS round_count,
                                      count(*) FILTER (WHERE status = 'held') AS held,
                                      count(*) FILTER (WHERE status = 'scheduled') AS scheduled,
                                      count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
                                      sum((SELECT sum((o->>'total')::int) FROM jsonb_array_elements(x.outcomes) o
                                            WHERE o->>'type' = 'prisoner_exchange')) FILTER (WHERE status = 'held') AS prisoners,
                                      sum((SELECT sum((o->>'total')::int) FROM jsonb_array_elements(x.outcomes) o
                                            WHERE o->>'type' = 'bodies_repatriated')) FILTER (WHERE status = 'held') AS bodies
                                 FROM ${s}.talks_rounds x WHERE x.track_id = t.track_id) a ON true
            LEFT JOIN LATERAL (SELECT * FROM ${s}.talks_rounds x WHERE x.track_id = t.track_id
                                ORDER BY COALESCE(x.date_sort, x.first_seen::date) DESC, x.round DESC NULLS FIRST, x.first_seen DESC, x.round_id DESC
                                LIMIT 1) r ON true
           ORDER BY t.track_id LIMIT $1`,
    params: [101],
  },
  '/bare/talks/rows': {
    sql: `SELECT t.track_id, t.parties, r.round_id, r.round, r.location, r.date, r.status, r.outcomes, r.source_count
            FROM ${s}.talks_tracks t
            LEFT JOIN LATERAL (SELECT * FROM ${s}.talks_rounds x WHERE x.track_id = t.track_id
                                ORDER BY x.date_sort DESC NULLS LAST LIMIT 1) r ON true
           ORDER BY t.track_id LIMIT $1`,
    params: [101],
  },
  '/bare/strikes': {
    sql: `SELECT strike_id, attacker, target, target_type, locations, date, date_precision, weapons, killed, injured,
                 first_seen, source_count, ${SOURCES('strike_id')},
                 (SELECT json_build_object('strikes', sum(strikes), 'killed', sum(killed), 'injured', sum(injured))
                    FROM ${s}.strike_totals WHERE target_type = $1) AS totals
            FROM ${s}.strikes WHERE target_type = $1
           ORDER BY ${ORDER} DESC, strike_id DESC LIMIT $2`,
    params: ['energy', STRIKES_PAGE + 1],
  },
  '/bare/strikes/rows': {
    sql: `SELECT strike_id, attacker, target, target_type, locations, date, date_precision, weapons, killed, injured, first_seen, source_count
            FROM ${s}.strikes WHERE target_type = $1
           ORDER BY ${ORDER} DESC, strike_id DESC LIMIT $2`,
    params: ['energy', STRIKES_PAGE + 1],
  },
  '/bare/generation': {
    sql: `SELECT max(updated_at) AS at FROM projection_checkpoints WHERE name = 'readmodels' AND version = $1`,
    params: [Number(s.replace('rm_v', ''))],
  },
};

for (const [path, q] of Object.entries(QUERIES)) {
  // a named statement, planned once a connection, as the gateway's are
  const name = `bare${path.replaceAll('/', '_')}`;
  app.get(path, async () => {
    const { rows } = await pool.query({ name, text: q.sql, values: q.params });
    return path === '/bare/generation' ? rows[0] : { items: rows.slice(0, path.startsWith('/bare/strikes') ? STRIKES_PAGE : 100) };
  });
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end()).then(() => process.exit(0));
});
