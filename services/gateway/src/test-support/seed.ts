import type { ArticleIngested, Claim } from '@claimwire/events';
import { applyArticle, applyClaim } from '@claimwire/projector';
import { ensureVersion } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import { fixtures } from '@claimwire/testing';

/** Our own made-up facts, projected by the real projector code into the active version. */
export const A1 = fixtures.article({ key: 'guid:g1', feedId: 'wire-a', url: 'https://news.test/g1', title: 'January wrap', published: '2026-01-05T09:00:00.000Z' });
export const A2 = fixtures.article({ key: 'guid:g2', feedId: 'wire-a', url: 'https://news.test/g2', title: 'Talks in Abu Dhabi', published: '2026-02-05T09:00:00.000Z' });
export const A3 = fixtures.article({ key: 'guid:g3', feedId: 'wire-b', url: 'https://news.test/g3', title: 'Overnight strikes', published: '2026-02-06T09:00:00.000Z' });

const on = (a: ArticleIngested, i: number) => ({ articleId: a.articleId, published: a.published, url: a.url ?? undefined, feedId: a.feedId, evidenceStart: i * 100 });
const trilateral = ['russia', 'ukraine', 'united-states'];

export const TOLLS = {
  zel43: fixtures.toll({ ...on(A1, 1), value: 43_000, asOf: '2024-12', reportedBy: 'Zelensky', sentence: 'Zelensky said 43,000 soldiers had been killed.' }),
  zel55: fixtures.toll({ ...on(A2, 1), value: 55_000, asOf: '2026-02-04', reportedBy: 'Zelensky', sentence: 'Zelensky said 55,000 soldiers had been killed.' }),
  zel55again: fixtures.toll({ ...on(A3, 1), value: 55_000, bound: 'approx', asOf: '2026-02-05', reportedBy: 'Zelensky' }),
  zelPeriod: fixtures.toll({ ...on(A3, 2), value: 30, asOf: '2026-02-05', scope: 'period', reportedBy: 'Zelensky' }),
  ministry: fixtures.toll({ ...on(A2, 2), value: 300_000, bound: 'at_least', asOf: '2026-02', reportedBy: 'Russian Defence Ministry', reporterId: 'ru-defence-ministry', reporterName: 'Russian Defence Ministry', reporterCountry: 'russia' }),
  russia: fixtures.toll({ ...on(A3, 3), party: 'russia', measure: 'casualties', value: 1_200_000, asOf: '2026-02-05', reportedBy: 'General Staff', reporterId: 'ua-general-staff', reporterName: "Ukraine's General Staff", reporterCountry: 'ukraine' }),
};

export const TALKS = {
  round1: fixtures.talks({ ...on(A1, 4), parties: trilateral, round: 1, location: 'Abu Dhabi', date: '2026-01-23', status: 'held', outcomes: [{ type: 'bodies_repatriated', total: 1000 }] }),
  round2sched: fixtures.talks({ ...on(A1, 5), parties: trilateral, round: null, location: 'Abu Dhabi', date: '2026-02', status: 'scheduled' }),
  round2held: fixtures.talks({
    ...on(A2, 3),
    parties: trilateral,
    round: 2,
    location: 'Abu Dhabi',
    date: '2026-02-04',
    status: 'held',
    participants: ['Witkoff', 'Kushner'],
    outcomes: [{ type: 'prisoner_exchange', total: 314, released: { ukraine: 157, russia: 157 } }],
  }),
  geneva: fixtures.talks({ ...on(A3, 4), parties: trilateral, round: null, location: 'Geneva', date: '2026-03', status: 'scheduled' }),
  istanbul: fixtures.talks({ ...on(A1, 6), parties: ['russia', 'ukraine'], round: 2, location: 'Istanbul', date: '2025-06-02', status: 'held', outcomes: [{ type: 'prisoner_exchange', total: 1200 }] }),
};

export const STRIKES = {
  odesa1: fixtures.strike({ ...on(A2, 4), locations: ['Odesa'], date: '2026-02-03', weapons: ['drone'], killed: 1, injured: null }),
  odesa2: fixtures.strike({ ...on(A3, 5), locations: ['Odesa', 'Izmail'], date: '2026-02-04', weapons: ['missile'], killed: 3, injured: 11 }),
  kharkiv: fixtures.strike({ ...on(A2, 5), locations: ['Kharkiv'], date: '2026-02-03', weapons: ['drone'], killed: 2, injured: 5 }),
  kyiv: fixtures.strike({ ...on(A1, 7), targetType: 'residential', locations: ['Kyiv'], date: '2026-01-20', weapons: ['missile'], killed: 4, injured: 20 }),
  belgorod: fixtures.strike({ ...on(A3, 6), attacker: 'ukraine', target: 'russia', locations: ['Belgorod'], date: '2026-02-10', weapons: ['drone'] }),
  port: fixtures.strike({ ...on(A3, 7), targetType: 'port', locations: ['Odesa'], date: '2026-02', weapons: ['missile'], killed: null }),
};

export async function seed(sql: Sql): Promise<string> {
  const pv = await ensureVersion(sql, 1);
  const claims: Claim[] = [...Object.values(TOLLS), ...Object.values(TALKS), ...Object.values(STRIKES)];
  await sql.transaction(async (tx) => {
    for (const a of [A1, A2, A3]) await applyArticle(tx, pv.schemaName, a);
    let offset = 0;
    for (const c of claims) {
      const seenAt = new Date(Date.parse(c.article.published ?? '2026-02-01T00:00:00Z') + 60_000 + offset * 1000).toISOString();
      await applyClaim(tx, pv.schemaName, c, { topic: 'claims', partition: 0, offset: String(offset++), seenAt });
    }
    await tx.query(
      `INSERT INTO feeds (feed_id, url, title, enabled, interval_seconds, last_attempt_at, last_success_at, http_status, items_seen, items_published, health_status)
       VALUES ('wire-a', 'https://news.test/feed-a.xml', 'Wire A', true, 300, '2026-02-06T10:00:00Z', '2026-02-06T10:00:00Z', 200, 12, 12, 'healthy'),
              ('wire-b', 'https://news.test/feed-b.xml', 'Wire B', true, 300, '2026-02-06T10:00:00Z', NULL, 503, 0, 0, 'failing')`,
    );
    await tx.query(`UPDATE feeds SET consecutive_failures = 3, error_kind = 'http', error_message = 'HTTP 503' WHERE feed_id = 'wire-b'`);
  });
  return pv.schemaName;
}
