import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '@claimwire/events';
import { ensureVersion, upgradeVersions } from '@claimwire/readmodel';
import { createTestDatabase, fixtures, type TestDatabase } from '@claimwire/testing';
import { applyEvent } from '../projection';

/**
 * The aggregates the read models keep themselves (packages/readmodel/src/rollups.ts) always
 * equal what counting the rows gives: after inserts, merges and retractions, and on a schema
 * made before they existed once upgradeVersions has added them.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('cwroll');
});
afterAll(async () => {
  await db?.drop();
});

let offset = 0;
async function project(schema: string, claims: Claim[]): Promise<void> {
  await db.sql.transaction(async (tx) => {
    for (const c of claims) {
      const pos = { topic: 'claims', partition: 0, offset: String(offset++), seenAt: new Date(Date.UTC(2026, 1, 5, 0, 0, offset)).toISOString() };
      await applyEvent(tx, schema, { kind: 'claim', data: c }, pos);
    }
  });
}

function claims(article: number, revision = 1): Claim[] {
  const env = { articleId: fixtures.article({ key: `guid:roll${article}` }).articleId, revision };
  return [
    fixtures.toll({ ...env, value: 1000 * (article % 3) + revision, reportedBy: article % 2 ? 'General Staff' : null }),
    fixtures.toll({ ...env, value: 500 + article, scope: 'period', asOf: '2026-02-04', evidenceStart: 40 }),
    fixtures.strike({ ...env, locations: [['Odesa'], ['Kharkiv'], ['Lviv']][article % 3] as string[], killed: article % 4, injured: revision, attacker: article % 2 ? 'russia' : 'ukraine', evidenceStart: 80 }),
  ];
}

async function expectConsistent(schema: string): Promise<void> {
  const counts = await db.sql.query<{ series_id: string; kept: number; counted: string }>(
    `SELECT s.series_id, s.figure_count AS kept, (SELECT count(*) FROM ${schema}.toll_figures f WHERE f.series_id = s.series_id) AS counted
       FROM ${schema}.toll_series s ORDER BY 1`,
  );
  expect(counts.rows.length).toBeGreaterThan(1);
  for (const r of counts.rows) expect(r.kept, r.series_id).toBe(Number(r.counted));
  const kept = await db.sql.query(`SELECT target_type, attacker_key, strikes::int, killed::int, injured::int FROM ${schema}.strike_totals ORDER BY 1, 2`);
  const counted = await db.sql.query(
    `SELECT target_type, COALESCE(attacker, '') AS attacker_key, count(*)::int AS strikes, COALESCE(sum(killed), 0)::int AS killed,
            COALESCE(sum(injured), 0)::int AS injured FROM ${schema}.strikes GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  expect(kept.rows.length).toBeGreaterThan(1);
  expect(kept.rows).toEqual(counted.rows);
}

describe('rollups kept by the read models', () => {
  it('match the rows through inserts, merges and retractions', async () => {
    const { schemaName } = await ensureVersion(db.sql, 1);
    await project(schemaName, Array.from({ length: 12 }, (_, i) => claims(i)).flat());
    await expectConsistent(schemaName);
    // newer revisions of half the articles retract their old claims and bring new ones
    await project(schemaName, Array.from({ length: 6 }, (_, i) => claims(i * 2, 2)).flat());
    await expectConsistent(schemaName);
  });

  it('are added and filled on a schema made before they existed, and kept from then on', async () => {
    const { schemaName: s } = await ensureVersion(db.sql, 2);
    // the read models as an older release left them
    await db.sql.query(`DROP TRIGGER toll_figures_counted_ins ON ${s}.toll_figures; DROP TRIGGER toll_figures_counted_del ON ${s}.toll_figures;
      DROP TRIGGER strikes_totalled_ins ON ${s}.strikes; DROP TRIGGER strikes_totalled_upd ON ${s}.strikes; DROP TRIGGER strikes_totalled_del ON ${s}.strikes;
      ALTER TABLE ${s}.toll_series DROP COLUMN figure_count; DROP TABLE ${s}.strike_totals; DROP INDEX ${s}.strikes_type_order;`);
    await project(s, Array.from({ length: 10 }, (_, i) => claims(100 + i)).flat());
    expect(await upgradeVersions(db.sql)).toContain(s);
    await expectConsistent(s);
    const idx = await db.sql.query(`SELECT 1 FROM pg_indexes WHERE schemaname = $1 AND indexname = 'strikes_type_order'`, [s]);
    expect(idx.rowCount).toBe(1);
    await project(s, Array.from({ length: 5 }, (_, i) => claims(100 + i, 2)).flat());
    await expectConsistent(s);
    // a second upgrade changes nothing
    await upgradeVersions(db.sql);
    await expectConsistent(s);
  });
});
