import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeedsConfigStatus, recordFeedsConfigStatus } from '@claimwire/feed-status';
import { READ_MODELS, readModelDdl } from '@claimwire/readmodel';
import { migrate, type Sql } from '@claimwire/sql';
import { ADAPTER_PAIRS, type SqlHarness } from './harness';

describe.each(ADAPTER_PAIRS)('sql contract: $name', (pair) => {
  let h: SqlHarness;
  let sql: Sql;

  beforeAll(async () => {
    h = await pair.sql();
    sql = h.sql;
    await sql.query('CREATE SCHEMA IF NOT EXISTS contract');
    await sql.query('CREATE TABLE contract.t (id text PRIMARY KEY, n bigint NOT NULL, tags text[] NOT NULL, body jsonb NOT NULL, at timestamptz NOT NULL)');
  });
  afterAll(async () => h?.cleanup());

  it('has run the migrations, and running them again applies nothing', async () => {
    const r = await sql.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(r.rows.length).toBeGreaterThanOrEqual(2);
    expect(await migrate(sql)).toEqual([]);
  });

  it('returns values as node-postgres does: bigint as string, jsonb parsed, arrays, Dates', async () => {
    await sql.query('INSERT INTO contract.t VALUES ($1, $2, $3, $4, $5)', ['a', '9007199254740993', ['x', 'y'], JSON.stringify({ k: [1, 2] }), new Date('2026-02-05T10:00:00Z')]);
    const r = await sql.query<{ id: string; n: string; tags: string[]; body: unknown; at: Date; c: string }>(
      'SELECT *, count(*) OVER () AS c FROM contract.t WHERE id = ANY($1)',
      [['a', 'zz']],
    );
    expect(r.rowCount).toBe(1);
    expect(r.rows[0]).toEqual({ id: 'a', n: '9007199254740993', tags: ['x', 'y'], body: { k: [1, 2] }, at: new Date('2026-02-05T10:00:00Z'), c: '1' });
  });

  it('runs the functions the read models use', async () => {
    const r = await sql.query<{ h: number; m: string; d: string; g: string }>(
      `SELECT hashtext('projection:readmodels') AS h,
              to_char(timestamptz '2026-02-05 10:00:00+00' AT TIME ZONE 'UTC', 'YYYY-MM') AS m,
              to_char(date_trunc('month', date '2026-02-17'), 'YYYY-MM-DD') AS d,
              GREATEST(3::bigint, 5::bigint)::text AS g`,
    );
    expect(r.rows[0]).toEqual({ h: expect.any(Number), m: '2026-02', d: '2026-02-01', g: '5' });
    const again = await sql.query<{ h: number }>(`SELECT hashtext('projection:readmodels') AS h`);
    expect(again.rows[0]?.h).toBe(r.rows[0]?.h);
  });

  it('creates a read-model schema (multi-statement DDL) under an advisory lock, idempotently', async () => {
    for (let i = 0; i < 2; i++) {
      await sql.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['contract']);
        await tx.query(readModelDdl('rm_contract'));
      });
    }
    const r = await sql.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'rm_contract' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    // every read model's declared tables, and besides them only the articles, claims and their projection order (projected_claims, what /v1/stream reads) they all share
    const declared = READ_MODELS.flatMap((m) => m.tables);
    expect(r.rows.map((x) => x.t).filter((t) => !declared.includes(t))).toEqual(['article_extractions', 'articles', 'claims', 'projected_claims']);
    expect(declared.filter((t) => !r.rows.some((x) => x.t === t))).toEqual([]);
  });

  it('commits a transaction, and rolls it back (rethrowing) when fn throws', async () => {
    const out = await sql.transaction(async (tx) => {
      await tx.query(`INSERT INTO contract.t VALUES ('b', 1, '{}', '{}', now())`);
      const locked = await tx.query<{ id: string }>(`SELECT id FROM contract.t WHERE id = 'b' FOR UPDATE`);
      return locked.rows.map((x) => x.id);
    });
    expect(out).toEqual(['b']);
    await expect(
      sql.transaction(async (tx) => {
        await tx.query(`INSERT INTO contract.t VALUES ('c', 1, '{}', '{}', now())`);
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    const ids = await sql.query<{ id: string }>('SELECT id FROM contract.t ORDER BY id');
    expect(ids.rows.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('reports database errors with their SQLSTATE and keeps working', async () => {
    await expect(sql.query(`INSERT INTO contract.t VALUES ('a', 1, '{}', '{}', now())`)).rejects.toMatchObject({ code: '23505' });
    await expect(sql.transaction(async (tx) => tx.query('SELECT no_such_column FROM contract.t'))).rejects.toMatchObject({ code: '42703' });
    expect(await sql.ping()).toBe(true);
  });

  it('keeps the feeds config status as ingest writes it and the gateway reads it (migration 006)', async () => {
    const loaded = new Date('2030-01-01T10:00:00Z');
    const rejected = new Date('2030-01-01T11:00:00Z');
    expect(await readFeedsConfigStatus(sql)).toEqual({ loadedAt: null, rejectedReload: null });
    await recordFeedsConfigStatus(sql, { ok: true, at: loaded });
    await recordFeedsConfigStatus(sql, { ok: false, at: rejected, problems: ['feeds[0].url: must be an http(s) URL', 'feeds[0].id: lowercase'] });
    // older than what is stored: ignored
    await recordFeedsConfigStatus(sql, { ok: true, at: new Date('2030-01-01T10:30:00Z') });
    expect(await readFeedsConfigStatus(sql)).toEqual({
      loadedAt: loaded,
      rejectedReload: { at: rejected, problems: ['feeds[0].url: must be an http(s) URL', 'feeds[0].id: lowercase'], problemCount: 2 },
    });
    const applied = new Date('2030-01-01T12:00:00Z');
    await recordFeedsConfigStatus(sql, { ok: true, at: applied });
    expect(await readFeedsConfigStatus(sql)).toEqual({ loadedAt: applied, rejectedReload: null });
  });

  it('never shows a concurrent reader the inside of an open transaction', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const didInsert = new Promise<void>((r) => (inserted = r));
    const tx = sql.transaction(async (t) => {
      await t.query(`INSERT INTO contract.t VALUES ('d', 1, '{}', '{}', now())`);
      inserted();
      await gate;
      throw new Error('roll back');
    });
    await didInsert;
    const reader = sql.query<{ n: string }>(`SELECT count(*) AS n FROM contract.t WHERE id = 'd'`);
    setTimeout(release, 200);
    await expect(tx).rejects.toThrow('roll back');
    expect((await reader).rows[0]?.n).toBe('0');
  });
});
