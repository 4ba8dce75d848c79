import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '@claimwire/events';
import { CLAIMS_CHANNEL, ensureVersion, upgradeVersions } from '@claimwire/readmodel';
import type { SqlExecutor } from '@claimwire/sql';
import { createTestDatabase, fixtures, waitFor, type TestDatabase } from '@claimwire/testing';
import { applyArticle, applyClaim, projectClaims } from './apply';
import { applyEvent } from './projection';

/**
 * projected_claims on real Postgres: the stream's sequence grows in commit order whatever
 * order transactions took their numbers in, follows retractions, and announces each commit.
 */

let db: TestDatabase;
let schema: string;
const article = fixtures.article({ key: 'guid:seq' });
let offset = 0;
const pos = () => ({ topic: 'claims', partition: 0, offset: String(offset++), seenAt: new Date().toISOString() });
/** A toll of a series of its own (its own reporter): transactions projecting two of them lock no row in common. */
const toll = (i: number, over: Parameters<typeof fixtures.toll>[0] = {}) =>
  fixtures.toll({ articleId: article.articleId, evidenceStart: i * 100, value: 1000 + i, asOf: '2026-02-05', reportedBy: `Reporter ${i}`, ...over });

async function seqOf(claimId: string): Promise<number | null> {
  const r = await db.sql.query<{ seq: string }>(`SELECT seq FROM ${schema}.projected_claims WHERE claim_id = $1`, [claimId]);
  return r.rows[0] ? Number(r.rows[0].seq) : null;
}

beforeAll(async () => {
  db = await createTestDatabase('cwseq');
  schema = (await ensureVersion(db.sql, 1)).schemaName;
  await db.sql.transaction((tx) => applyArticle(tx, schema, article));
});
afterAll(async () => {
  await db?.drop();
});

describe('projected_claims', () => {
  it('numbers claims in commit order: a transaction that inserted first but commits last gets the higher seq', async () => {
    const early = toll(1);
    const late = toll(2);
    let insertedEarly: () => void = () => undefined;
    const earlyInserted = new Promise<void>((r) => {
      insertedEarly = r;
    });
    let letGo: () => void = () => undefined;
    const release = new Promise<void>((r) => {
      letGo = r;
    });
    const slow = db.sql.transaction(async (tx) => {
      await applyClaim(tx, schema, early, pos());
      insertedEarly();
      await release;
    });
    await earlyInserted;
    await db.sql.transaction((tx) => applyClaim(tx, schema, late, pos()));
    // committed and numbered while the other transaction still holds its insert
    expect(await seqOf(late.claimId)).not.toBeNull();
    expect(await seqOf(early.claimId)).toBeNull();
    letGo();
    await slow;
    expect(await seqOf(early.claimId)).toBeGreaterThan((await seqOf(late.claimId)) as number);
  });

  it('holds the second of two committing transactions until the first is visible (one stamps at a time)', async () => {
    const claims = Array.from({ length: 20 }, (_, i) => toll(10 + i));
    // four transactions of five claims each (the pool has five connections), committing concurrently
    await Promise.all(
      Array.from({ length: 4 }, (_, t) =>
        db.sql.transaction(async (tx: SqlExecutor) => {
          for (const c of claims.slice(t * 5, t * 5 + 5)) await applyClaim(tx, schema, c, pos());
        }),
      ),
    );
    const seqs = await Promise.all(claims.map((c) => seqOf(c.claimId)));
    // each transaction's claims got a run of consecutive numbers: no interleaving
    for (let t = 0; t < 4; t++) {
      const run = seqs.slice(t * 5, t * 5 + 5) as number[];
      expect(run.every((s, i) => i === 0 || s === (run[i - 1] as number) + 1), `transaction ${t}: ${run.join(',')}`).toBe(true);
    }
  });

  it('numbers the claims of one transaction in the order they were inserted, across statements and batches', async () => {
    const claims = Array.from({ length: 7 }, (_, i) => toll(80 + i));
    await db.sql.transaction(async (tx) => {
      await applyClaim(tx, schema, claims[0] as Claim, pos());
      await projectClaims(tx, schema, claims.slice(1, 5).map((claim) => ({ claim, pos: pos() })));
      await applyClaim(tx, schema, claims[5] as Claim, pos());
      await applyClaim(tx, schema, claims[6] as Claim, pos());
    });
    const seqs = (await Promise.all(claims.map((c) => seqOf(c.claimId)))) as number[];
    expect(seqs.every((s, i) => i === 0 || s === (seqs[i - 1] as number) + 1), seqs.join(',')).toBe(true);
  });

  it('announces each committing transaction once on the channel, with its schema, and nothing for a rollback', async () => {
    const heard: string[] = [];
    const listener = await db.sql.listen(CLAIMS_CHANNEL, (payload) => heard.push(payload));
    try {
      await db.sql.transaction(async (tx) => {
        await applyClaim(tx, schema, toll(60), pos());
        await applyClaim(tx, schema, toll(61), pos());
      });
      await db.sql
        .transaction(async (tx) => {
          await applyClaim(tx, schema, toll(62), pos());
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await waitFor(() => heard.length >= 1, { what: 'the notification' });
      await db.sql.transaction((tx) => applyClaim(tx, schema, toll(63), pos()));
      await waitFor(() => heard.length >= 2, { what: 'the second notification' });
      expect(heard).toEqual([schema, schema]);
      expect(await seqOf(toll(62).claimId)).toBeNull();
    } finally {
      await listener.close();
    }
  });

  it('drops the rows of retracted claims, and a claim inserted and retracted in one transaction is never numbered', async () => {
    const edited = fixtures.article({ key: 'guid:seq-edited' });
    const v1 = fixtures.toll({ articleId: edited.articleId, value: 7, asOf: '2026-02-05', extractorVersion: '1.0.0' });
    const v2 = fixtures.toll({ articleId: edited.articleId, value: 8, asOf: '2026-02-05', extractorVersion: '2.0.0' });
    const v3 = fixtures.toll({ articleId: edited.articleId, value: 9, asOf: '2026-02-05', extractorVersion: '3.0.0' });
    await db.sql.transaction((tx) => applyEvent(tx, schema, { kind: 'claim', data: v1 }, pos()));
    expect(await seqOf(v1.claimId)).not.toBeNull();
    await db.sql.transaction(async (tx) => {
      for (const c of [v2, v3] as Claim[]) await applyEvent(tx, schema, { kind: 'claim', data: c }, pos());
    });
    expect(await seqOf(v1.claimId)).toBeNull();
    expect(await seqOf(v2.claimId)).toBeNull();
    expect(await seqOf(v3.claimId)).not.toBeNull();
  });

  it('is added to a schema made before it existed, filled from its claims in the order they were seen', async () => {
    const old = await db.sql.query<{ claim_id: string }>(`SELECT claim_id FROM ${schema}.claims ORDER BY seen_at, claim_id`);
    await db.sql.query(`DROP TRIGGER claims_stamped ON ${schema}.claims; DROP TRIGGER claims_unstamped ON ${schema}.claims; DROP TABLE ${schema}.projected_claims`);
    expect(await upgradeVersions(db.sql)).toEqual([schema]);
    const filled = await db.sql.query<{ claim_id: string; seq: string }>(`SELECT claim_id, seq FROM ${schema}.projected_claims ORDER BY seq`);
    expect(filled.rows.map((r) => r.claim_id)).toEqual(old.rows.map((r) => r.claim_id));
    // and new claims are numbered after them
    const next = toll(70);
    await db.sql.transaction((tx) => applyClaim(tx, schema, next, pos()));
    expect(await seqOf(next.claimId)).toBeGreaterThan(Number(filled.rows.at(-1)?.seq));
  });
});
