import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeArticle, encodeClaim } from '@claimwire/events';
import { silentLogger } from '@claimwire/logging';
import { PROJECTION_NAME, activeVersion, listVersions, readCheckpoints } from '@claimwire/readmodel';
import { createTestDatabase, createTestTopics, fixtures, readModelChecksums, waitFor, type TestDatabase, type TestTopics } from '@claimwire/testing';
import { rebuild, type Progress } from './rebuild';
import { startProjector, type RunningProjector } from './service';

let db: TestDatabase;
let topics: TestTopics;
let projector: RunningProjector | undefined;

beforeAll(async () => {
  db = await createTestDatabase('cwsvc');
  topics = await createTestTopics(2);
});
afterAll(async () => {
  await projector?.stop();
  await topics?.close();
  await db?.drop();
});

async function publish(events: ({ article: Parameters<typeof encodeArticle>[0] } | { claim: Parameters<typeof encodeClaim>[0] })[]) {
  for (const e of events) {
    if ('article' in e) await topics.log.publish(topics.topics.articles, [encodeArticle(e.article, 'test')]);
    else await topics.log.publish(topics.topics.claims, [encodeClaim(e.claim, 'test')]);
  }
}

async function applied(version: number): Promise<number> {
  let n = 0n;
  for (const v of (await readCheckpoints(db.sql, PROJECTION_NAME, version)).values()) n += v;
  return Number(n);
}

describe('live projector, rebuild and switch-over', () => {
  it('rebuilds into a new version while the old one serves, switches, and the live projector follows', async () => {
    const a = fixtures.article({ key: 'guid:svc' });
    await publish([
      { article: a },
      { claim: fixtures.toll({ articleId: a.articleId, value: 43_000, asOf: '2025-12' }) },
      { claim: fixtures.toll({ articleId: a.articleId, value: 55_000, asOf: '2026-02-04', evidenceStart: 50 }) },
      { claim: fixtures.talks({ articleId: a.articleId }) },
      { claim: fixtures.strike({ articleId: a.articleId, killed: 2 }) },
    ]);
    projector = await startProjector({ log: topics.log, sql: db.sql, logger: silentLogger(), topicPrefix: topics.prefix, version: 1, pollMs: 200 });
    expect(projector.current()?.version).toBe(1);
    await waitFor(async () => (await applied(1)) === 5, { what: 'v1 to apply all 5 events' });

    const seen: Progress[] = [];
    const r = await rebuild({ sql: db.sql, log: topics.log, logger: silentLogger(), topicPrefix: topics.prefix, onProgress: (p) => seen.push(p) });
    expect(r).toMatchObject({ version: 2, schema: 'rm_v2', events: 5, activated: true });
    expect(seen.at(-1)).toMatchObject({ done: 5, total: 5, etaSeconds: 0 });
    expect((await activeVersion(db.sql))?.version).toBe(2);
    expect((await listVersions(db.sql)).map((v) => [v.version, v.status])).toEqual([
      [1, 'retired'],
      [2, 'active'],
    ]);
    expect(await readModelChecksums(db.sql, 'rm_v2')).toEqual(await readModelChecksums(db.sql, 'rm_v1'));

    await waitFor(() => projector?.current()?.version === 2, { what: 'the live projector to follow v2' });
    await publish([{ claim: fixtures.strike({ articleId: a.articleId, locations: ['Lviv'], evidenceStart: 300 }) }]);
    await waitFor(async () => (await applied(2)) === 6, { what: 'v2 to apply the new event' });
    const counts = await db.sql.query<{ v1: number; v2: number }>(
      'SELECT (SELECT count(*)::int FROM rm_v1.strikes) AS v1, (SELECT count(*)::int FROM rm_v2.strikes) AS v2',
    );
    expect(counts.rows[0]).toEqual({ v1: 1, v2: 2 });
  });

  it('refuses to rebuild into a version that already serves', async () => {
    await expect(
      rebuild({ sql: db.sql, log: topics.log, logger: silentLogger(), topicPrefix: topics.prefix, version: 2 }),
    ).rejects.toThrow(/version 2 is active/);
  });
});

describe('resuming from the checkpoints stored with the read models', () => {
  it('re-applies what a restored (older) database is missing, although the broker has committed past it', async () => {
    const d = await createTestDatabase('cwrestore');
    const t = await createTestTopics(2);
    const a = fixtures.article({ key: 'guid:restore' });
    const events = [
      encodeArticle(a, 'test'),
      ...[1, 2, 3, 4].map((i) => encodeClaim(fixtures.toll({ articleId: a.articleId, value: 1000 * i, evidenceStart: i * 10 }), 'test')),
    ];
    await t.log.publish(t.topics.articles, [events[0]!]);
    await t.log.publish(t.topics.claims, events.slice(1));
    const start = () => startProjector({ log: t.log, sql: d.sql, logger: silentLogger(), topicPrefix: t.prefix, version: 1, pollMs: 200 });
    const total = async () => {
      let n = 0n;
      for (const v of (await readCheckpoints(d.sql, PROJECTION_NAME, 1)).values()) n += v;
      return Number(n);
    };
    let p = await start();
    try {
      await waitFor(async () => (await total()) === 5, { what: 'all 5 events applied' });
      const before = await readModelChecksums(d.sql, 'rm_v1');
      await p.stop();
      // "restore" a backup taken before anything was projected: rows and checkpoints gone,
      // while the broker still holds the group's committed offsets at the end of the log
      await d.sql.query('TRUNCATE rm_v1.claims, rm_v1.toll_figures, rm_v1.toll_series CASCADE');
      await d.sql.query('TRUNCATE rm_v1.articles');
      await d.sql.query('DELETE FROM projection_checkpoints');
      p = await start();
      await waitFor(async () => (await total()) === 5, { what: 'the events re-applied after the restore' });
      expect(await readModelChecksums(d.sql, 'rm_v1')).toEqual(before);
    } finally {
      await p.stop();
      await t.close();
      await d.drop();
    }
  });
});
