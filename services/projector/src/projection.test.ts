import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeArticle, encodeArticleExtracted, encodeClaim, type ArticleExtracted, type ArticleIngested, type Claim } from '@claimwire/events';
import type { LogRecord } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { ensureVersion, schemaFor } from '@claimwire/readmodel';
import { createTestDatabase, createTestTopics, fixtures, readModelChecksums, type TestDatabase, type TestTopics } from '@claimwire/testing';

import { applyEvent, createProjectionHandler } from './projection';

/**
 * Projection specs, emmett style: GIVEN events, WHEN projected (once, and again with every
 * event applied twice: re-delivered through the handler AND re-applied past the checkpoint),
 * THEN rows. Both projections must have equal read-model checksums: folding is idempotent.
 */
type Given = { article: ArticleIngested; at?: string } | { claim: Claim; at?: string } | { extraction: ArticleExtracted; at?: string };

let db: TestDatabase;
let topics: TestTopics;
let nextVersion = 1;

beforeAll(async () => {
  db = await createTestDatabase('cwproj');
  topics = await createTestTopics(1);
});
afterAll(async () => {
  await topics?.close();
  await db?.drop();
});

function recordOf(g: Given, offset: number): LogRecord {
  const time = new Date(g.at ?? `2026-02-05T10:${String(offset % 60).padStart(2, '0')}:00.000Z`);
  const topic = 'article' in g ? topics.topics.articles : topics.topics.claims;
  const msg =
    'article' in g
      ? encodeArticle(g.article, 'test', time)
      : 'claim' in g
        ? encodeClaim(g.claim, 'test', time)
        : encodeArticleExtracted(g.extraction, 'test', time);
  return { topic, partition: 0, offset: String(offset), key: msg.key, value: msg.value, headers: msg.headers, timestamp: String(time.getTime()) };
}

const ctx = (topic: string) => ({ topic, partition: 0, heartbeat: async () => undefined, isRunning: () => true });

async function project(given: Given[], twice: boolean): Promise<string> {
  const version = nextVersion++;
  const pv = await ensureVersion(db.sql, version);
  const handler = createProjectionHandler({
    sql: db.sql,
    log: topics.log,
    logger: silentLogger(),
    version,
    schema: pv.schemaName,
    deadLetterTopics: { [topics.topics.claims]: topics.topics.claimsDlq, [topics.topics.articles]: topics.topics.articlesDlq },
  });
  const offsets = { article: 0, claim: 0 };
  for (const g of given) {
    const kind = 'article' in g ? 'article' : 'claim';
    const rec = recordOf(g, offsets[kind]++);
    await handler([rec], ctx(rec.topic));
    if (!twice) continue;
    await handler([rec], ctx(rec.topic)); // re-delivered: the checkpoint skips it
    await db.sql.transaction(async (tx) => {
      // applied again past the checkpoint: the fold itself must change nothing
      const seenAt = new Date(Number(rec.timestamp)).toISOString();
      const event = 'article' in g ? { kind: 'article' as const, data: g.article } : 'claim' in g ? { kind: 'claim' as const, data: g.claim } : { kind: 'extraction' as const, data: g.extraction };
      await applyEvent(tx, pv.schemaName, event, { topic: rec.topic, partition: 0, offset: rec.offset, seenAt });
    });
  }
  return pv.schemaName;
}

/** GIVEN events WHEN projected (once and twice) THEN the returned schema holds the rows. */
async function whenProjected(given: Given[]): Promise<string> {
  const once = await project(given, false);
  const twice = await project(given, true);
  expect(await readModelChecksums(db.sql, twice)).toEqual(await readModelChecksums(db.sql, once));
  return once;
}

async function rows<R>(schema: string, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.sql.query<R>(sql.replaceAll('$S', `"${schema}"`), params)).rows;
}

describe('toll projection', () => {
  it('makes one figure with several sources of the same value reported by several articles', async () => {
    const a1 = fixtures.article({ key: 'guid:a1', url: 'https://news.test/a1' });
    const a2 = fixtures.article({ key: 'guid:a2', url: 'https://news.test/a2' });
    const s = await whenProjected([
      { article: a1 },
      { article: a2 },
      { claim: fixtures.toll({ articleId: a1.articleId, value: 55_000, bound: 'exact', asOf: '2026-02-04', reportedBy: 'Zelensky' }) },
      { claim: fixtures.toll({ articleId: a2.articleId, value: 55_000, bound: 'approx', asOf: '2026-02-05', reportedBy: 'Zelensky' }) },
    ]);
    const figs = await rows<{ value: string; bound: string; as_of: string; source_count: number }>(s, 'SELECT value, bound, as_of, source_count FROM $S.toll_figures');
    expect(figs).toEqual([{ value: '55000', bound: 'exact', as_of: '2026-02-04', source_count: 2 }]);
    const sources = await rows<{ article_id: string }>(s, 'SELECT article_id FROM $S.claims ORDER BY article_id');
    expect(sources.map((r) => r.article_id).sort()).toEqual([a1.articleId, a2.articleId].sort());
  });

  it('keeps different reporters in different series, side by side', async () => {
    const s = await whenProjected([
      { claim: fixtures.toll({ reportedBy: 'Zelensky', value: 55_000 }) },
      { claim: fixtures.toll({ reportedBy: 'General Staff', value: 60_000, evidenceStart: 40 }) },
    ]);
    const series = await rows<{ reported_by: string }>(s, 'SELECT reported_by FROM $S.toll_series ORDER BY reporter_key');
    expect(series.map((r) => r.reported_by)).toEqual(['General Staff', 'Zelensky']);
  });
});

describe('talks projection', () => {
  it('makes a round reported as scheduled and later as held one round whose status moved', async () => {
    const parties = ['russia', 'ukraine', 'united-states'];
    const s = await whenProjected([
      { claim: fixtures.talks({ parties, round: null, location: 'Abu Dhabi', date: '2026-02', status: 'scheduled', published: '2026-01-28T09:00:00.000Z' }) },
      {
        claim: fixtures.talks({
          parties,
          round: 2,
          location: 'Abu Dhabi',
          date: '2026-02-04',
          status: 'held',
          published: '2026-02-05T09:00:00.000Z',
          participants: ['Witkoff', 'Kushner'],
          outcomes: [{ type: 'prisoner_exchange', total: 314, released: { ukraine: 157, russia: 157 } }],
        }),
      },
    ]);
    const rounds = await rows<{ status: string; round: number; date: string; participants: string[]; source_count: number }>(
      s,
      'SELECT status, round, date, participants, source_count FROM $S.talks_rounds',
    );
    expect(rounds).toEqual([{ status: 'held', round: 2, date: '2026-02-04', participants: ['Kushner', 'Witkoff'], source_count: 2 }]);
    expect(await rows(s, 'SELECT track_id, parties FROM $S.talks_tracks')).toEqual([
      { track_id: 'trk_russia+ukraine+united-states', parties },
    ]);
  });
});

describe('strike projection', () => {
  it('makes reports of one attack one strike with the highest casualty counts', async () => {
    const s = await whenProjected([
      { claim: fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', killed: 1, injured: null, weapons: ['drone'] }) },
      { claim: fixtures.strike({ locations: ['odesa', 'Izmail'], date: '2026-02-04', killed: 3, injured: 11, weapons: ['missile'], evidenceStart: 7 }) },
      { claim: fixtures.strike({ locations: ['Kharkiv'], date: '2026-02-03', killed: 2, evidenceStart: 90 }) },
    ]);
    const strikes = await rows<{ locations: string[]; killed: number; injured: number | null; weapons: string[]; source_count: number }>(
      s,
      'SELECT locations, killed, injured, weapons, source_count FROM $S.strikes ORDER BY killed DESC',
    );
    expect(strikes).toEqual([
      { locations: ['Odesa', 'Izmail'], killed: 3, injured: 11, weapons: ['drone', 'missile'], source_count: 2 },
      { locations: ['Kharkiv'], killed: 2, injured: null, weapons: ['drone'], source_count: 1 },
    ]);
  });
});

describe('articles and claims', () => {
  it('keeps the newest revision of an article and every claim once', async () => {
    const a = fixtures.article({ key: 'guid:r' });
    const s = await whenProjected([
      { article: { ...a, revision: 2, title: 'Updated' } },
      { article: a },
      { claim: fixtures.toll({ articleId: a.articleId }) },
    ]);
    expect(await rows(s, 'SELECT revision, title FROM $S.articles')).toEqual([{ revision: 2, title: 'Updated' }]);
    expect(await rows(s, 'SELECT count(*)::int AS n FROM $S.claims')).toEqual([{ n: 1 }]);
  });

  it('dead-letters an unreadable event and still moves the checkpoint past it', async () => {
    const version = nextVersion++;
    const pv = await ensureVersion(db.sql, version);
    const handler = createProjectionHandler({
      sql: db.sql,
      log: topics.log,
      logger: silentLogger(),
      version,
      schema: pv.schemaName,
      deadLetterTopics: { [topics.topics.claims]: topics.topics.claimsDlq },
    });
    const good = recordOf({ claim: fixtures.toll() }, 1);
    const bad: LogRecord = { ...good, offset: '0', value: Buffer.from('{not json') };
    const before = (await topics.log.topicOffsets(topics.topics.claimsDlq)).reduce((n, p) => n + Number(p.high), 0);
    await handler([bad, good], ctx(good.topic));
    const after = (await topics.log.topicOffsets(topics.topics.claimsDlq)).reduce((n, p) => n + Number(p.high), 0);
    expect(after - before).toBe(1);
    expect(await rows(pv.schemaName, 'SELECT count(*)::int AS n FROM $S.claims')).toEqual([{ n: 1 }]);
    const cp = await db.sql.query<{ next_offset: string }>('SELECT next_offset FROM projection_checkpoints WHERE version = $1', [version]);
    expect(cp.rows).toEqual([{ next_offset: '2' }]);
    expect(schemaFor(version)).toBe(pv.schemaName);
  });
});

describe('re-extraction and edited articles', () => {
  const a = fixtures.article({ key: 'guid:re' });
  const b = fixtures.article({ key: 'guid:other', url: 'https://news.test/b' });
  const oldToll = fixtures.toll({ articleId: a.articleId, value: 40_000, reportedBy: 'General Staff' });
  const oldStrike = fixtures.strike({ articleId: a.articleId, locations: ['Odesa'], evidenceStart: 80 });
  const otherToll = fixtures.toll({ articleId: b.articleId, value: 40_000, reportedBy: 'General Staff' });
  const newToll = fixtures.toll({ articleId: a.articleId, value: 41_000, reportedBy: 'General Staff', extractorVersion: '1.1.0' });

  it('retracts what an older extractor version said once a newer one speaks, keeping other articles\' sources', async () => {
    const s = await whenProjected([
      { claim: oldToll },
      { claim: oldStrike },
      { extraction: fixtures.extraction([oldToll, oldStrike]) },
      { claim: otherToll },
      { claim: newToll },
      { extraction: fixtures.extraction([newToll]) },
      // a straggler from the old extraction, delivered late: ignored
      { claim: fixtures.toll({ articleId: a.articleId, value: 39_000, evidenceStart: 500 }) },
    ]);
    expect(await rows(s, 'SELECT value, source_count FROM $S.toll_figures ORDER BY value')).toEqual([
      { value: '40000', source_count: 1 },
      { value: '41000', source_count: 1 },
    ]);
    expect(await rows(s, 'SELECT count(*)::int AS n FROM $S.strikes')).toEqual([{ n: 0 }]);
    expect(await rows(s, 'SELECT article_id, extractor_version FROM $S.claims ORDER BY article_id')).toEqual(
      [
        { article_id: a.articleId, extractor_version: '1.1.0' },
        { article_id: b.articleId, extractor_version: '1.0.0' },
      ].sort((x, y) => (x.article_id < y.article_id ? -1 : 1)),
    );
    expect(await rows(s, 'SELECT revision, extractor_version, claim_count FROM $S.article_extractions WHERE article_id = $1', [a.articleId])).toEqual([
      { revision: 1, extractor_version: '1.1.0', claim_count: 1 },
    ]);
  });

  it('an edited article that now says nothing takes its old claims out, entities and all', async () => {
    const s = await whenProjected([
      { claim: oldToll },
      { claim: oldStrike },
      { extraction: fixtures.extraction([oldToll, oldStrike]) },
      { article: { ...a, revision: 2, text: 'Corrected: the earlier figures were withdrawn.' } },
      { extraction: fixtures.extraction([], { articleId: a.articleId, revision: 2, extractorVersion: '1.0.0' }) },
    ]);
    for (const table of ['claims', 'toll_figures', 'toll_series', 'strikes']) {
      expect(await rows(s, `SELECT count(*)::int AS n FROM $S.${table}`)).toEqual([{ n: 0 }]);
    }
  });

  it('ends where projecting only the newest extraction ends', async () => {
    const replaced = await whenProjected([
      { claim: oldToll },
      { claim: otherToll },
      { claim: newToll },
      { extraction: fixtures.extraction([newToll]) },
    ]);
    const direct = await whenProjected([{ claim: otherToll }, { claim: newToll }, { extraction: fixtures.extraction([newToll]) }]);
    const pick = async (schema: string) => rows(schema, 'SELECT value, bound, as_of, scope, source_count FROM $S.toll_figures ORDER BY value');
    expect(await pick(replaced)).toEqual(await pick(direct));
  });
});
