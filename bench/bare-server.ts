/**
 * The gateway's baseline: a bare fastify server whose routes each run ONE SELECT with pg that
 * answers the same question as the gateway route (the first page, 100 items as the gateway's default, of the same
 * table and order), and send the rows as JSON. No validation, no sources, no ETags.
 * Env: DATABASE_URL, PORT, SCHEMA (rm_v1).
 */
import Fastify from 'fastify';
import pg from 'pg';

const schema = process.env.SCHEMA ?? 'rm_v1';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

const QUERIES: Record<string, { sql: string; params: unknown[] }> = {
  '/bare/tolls': {
    sql: `SELECT s.series_id, s.party, s.population, s.measure, s.reported_by, f.figure_id, f.value, f.bound, f.as_of, f.scope, f.source_count
            FROM ${schema}.toll_series s
            LEFT JOIN LATERAL (SELECT * FROM ${schema}.toll_figures x WHERE x.series_id = s.series_id
                                ORDER BY x.sort_date DESC, x.first_seen DESC LIMIT 1) f ON true
           ORDER BY s.party, s.measure, s.population, s.reporter_key LIMIT $1`,
    params: [101],
  },
  '/bare/talks': {
    sql: `SELECT t.track_id, t.parties, r.round_id, r.round, r.location, r.date, r.status, r.outcomes, r.source_count
            FROM ${schema}.talks_tracks t
            LEFT JOIN LATERAL (SELECT * FROM ${schema}.talks_rounds x WHERE x.track_id = t.track_id
                                ORDER BY x.date_sort DESC NULLS LAST LIMIT 1) r ON true
           ORDER BY t.track_id LIMIT $1`,
    params: [101],
  },
  '/bare/strikes': {
    sql: `SELECT strike_id, attacker, target, target_type, locations, date, date_precision, weapons, killed, injured, first_seen, source_count
            FROM ${schema}.strikes WHERE target_type = $1
           ORDER BY COALESCE(date_sort, '0001-01-01'::date) DESC, strike_id DESC LIMIT $2`,
    params: ["energy", 101],
  },
};

for (const [path, q] of Object.entries(QUERIES)) {
  app.get(path, async () => {
    const { rows } = await pool.query(q.sql, q.params);
    return { items: rows.slice(0, 100) };
  });
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end()).then(() => process.exit(0));
});
