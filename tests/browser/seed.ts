import type { ArticleIngested, Claim } from '@claimwire/events';
import { applyArticle, applyClaim } from '@claimwire/projector';
import { ensureVersion } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import { fixtures } from '@claimwire/testing';

/**
 * Made-up articles and the claims read from them, for the dashboard specs. They go through
 * the projector's own handlers (applyArticle / applyClaim) into the active read-model
 * version, exactly as the pipeline would put them there.
 */

const article = (key: string, feedId: string, title: string, published: string, text: string) =>
  fixtures.article({ key, feedId, url: `https://news.test/${key.replace(':', '/')}`, title, published, firstSeen: published, text });

export const ARTICLES = {
  winter: article('guid:winter', 'wire-a', 'Front-line losses mount as winter sets in', '2024-12-10T08:00:00.000Z', 'Winter report.'),
  summer: article('guid:summer', 'wire-b', 'Moscow and Kyiv trade claims over summer offensive', '2025-06-20T08:00:00.000Z', 'Summer report.'),
  talks1: article('guid:talks1', 'wire-a', 'Envoys meet in Abu Dhabi for first trilateral round', '2026-01-24T08:00:00.000Z', 'Talks report.'),
  talks2: article('guid:talks2', 'wire-a', 'Second round ends with prisoner swap', '2026-02-05T08:00:00.000Z', 'Talks report two.'),
  strikes: article('guid:strikes', 'wire-b', 'Overnight barrage hits Odesa and Kharkiv', '2026-02-11T08:00:00.000Z', 'Strike report.'),
};

type On = { articleId: string; published: string; url: string | undefined; feedId: string; evidenceStart: number };
const on = (a: ArticleIngested, i: number): On => ({ articleId: a.articleId, published: a.published, url: a.url ?? undefined, feedId: a.feedId, evidenceStart: i * 100 });
const { winter, summer, talks1, talks2, strikes } = ARTICLES;
const trilateral = ['russia', 'ukraine', 'united-states'];

export const TOLLS = {
  zel43: fixtures.toll({ ...on(winter, 1), value: 43_000, asOf: '2024-12', reportedBy: 'Zelensky', sentence: 'Zelensky said 43,000 Ukrainian soldiers had been killed since the invasion began.' }),
  zel48: fixtures.toll({ ...on(summer, 1), value: 48_000, bound: 'approx', asOf: '2025-06', reportedBy: 'Zelensky', sentence: 'Zelensky put the number of soldiers killed at about 48,000.' }),
  zel55: fixtures.toll({ ...on(talks2, 1), value: 55_000, asOf: '2026-02-04', reportedBy: 'Zelensky', sentence: 'Zelensky said on Wednesday that 55,000 Ukrainian soldiers had been killed.' }),
  mod90: fixtures.toll({ ...on(summer, 2), value: 90_000, bound: 'at_least', asOf: '2025-06', reportedBy: 'Russian Defence Ministry', sentence: 'The Russian Defence Ministry claimed more than 90,000 Ukrainian troops had died.' }),
  mod110: fixtures.toll({ ...on(talks2, 2), value: 110_000, bound: 'at_least', asOf: '2026-01', reportedBy: 'Russian Defence Ministry', sentence: 'Moscow now says over 110,000 Ukrainian soldiers were killed.' }),
  zelPeriod: fixtures.toll({ ...on(strikes, 1), value: 30, asOf: '2026-02-10', scope: 'period', reportedBy: 'Zelensky', sentence: 'Thirty soldiers were killed in the past 24 hours, Zelensky said.' }),
  unCiv1: fixtures.toll({ ...on(winter, 2), population: 'civilian', value: 12_300, bound: 'at_least', asOf: '2024-11', reportedBy: 'UN', sentence: 'The UN has verified at least 12,300 civilian deaths.' }),
  unCiv2: fixtures.toll({ ...on(summer, 3), population: 'civilian', value: 13_900, bound: 'at_most', asOf: '2025-06', reportedBy: 'UN', sentence: 'Almost 13,900 civilians have been killed, the UN said.' }),
  unCiv3: fixtures.toll({ ...on(talks1, 1), population: 'civilian', value: 14_700, asOf: '2026-01', reportedBy: 'UN', sentence: 'UN monitors counted 14,700 civilians killed.' }),
  ruCas1: fixtures.toll({ ...on(summer, 4), party: 'russia', measure: 'casualties', value: 1_000_000, asOf: '2025-06', reportedBy: 'General Staff', sentence: "Ukraine's General Staff put Russian losses at 1,000,000 troops." }),
  ruCas2: fixtures.toll({ ...on(talks2, 3), party: 'russia', measure: 'casualties', value: 1_240_000, bound: 'approx', asOf: '2026-02-04', reportedBy: 'General Staff', sentence: 'Russian losses now stand at roughly 1.24 million, the General Staff said.' }),
};

export const TALKS = {
  istanbul: fixtures.talks({ ...on(summer, 5), parties: ['russia', 'ukraine'], round: 2, location: 'Istanbul', date: '2025-06-02', status: 'held', outcomes: [{ type: 'prisoner_exchange', total: 1200 }], sentence: 'In Istanbul the two sides agreed to swap 1,200 prisoners.' }),
  round1: fixtures.talks({ ...on(talks1, 2), parties: trilateral, round: 1, location: 'Abu Dhabi', date: '2026-01-23', status: 'held', participants: ['Witkoff'], outcomes: [{ type: 'bodies_repatriated', total: 1000 }], sentence: 'The first round in Abu Dhabi ended with the return of 1,000 bodies.' }),
  round2: fixtures.talks({
    ...on(talks2, 4),
    parties: trilateral,
    round: 2,
    location: 'Abu Dhabi',
    date: '2026-02-04',
    status: 'held',
    participants: ['Witkoff', 'Kushner'],
    outcomes: [{ type: 'prisoner_exchange', total: 314, released: { ukraine: 157, russia: 157 } }],
    sentence: 'The second round in Abu Dhabi produced an exchange of 314 prisoners.',
  }),
  geneva: fixtures.talks({ ...on(talks2, 5), parties: trilateral, round: 3, location: 'Geneva', date: '2026-03', status: 'scheduled', sentence: 'A third round is planned for Geneva in March.' }),
  riyadh: fixtures.talks({ ...on(talks1, 3), parties: trilateral, round: null, location: 'Riyadh', date: '2026-01-10', status: 'cancelled', sentence: 'A meeting in Riyadh was called off.' }),
};

export const STRIKES = {
  odesaEnergy: fixtures.strike({ ...on(strikes, 2), locations: ['Odesa'], date: '2026-02-10', weapons: ['drone'], killed: 2, injured: 7, sentence: 'Drones hit an energy facility in Odesa, killing 2 people and injuring 7.' }),
  kharkivRes: fixtures.strike({ ...on(strikes, 3), targetType: 'residential', locations: ['Kharkiv'], date: '2026-02-10', weapons: ['glide-bomb'], killed: 4, injured: 19, sentence: 'A glide bomb struck an apartment block in Kharkiv, killing four and injuring 19.' }),
  kyivEnergy: fixtures.strike({ ...on(talks2, 6), locations: ['Kyiv'], date: '2026-02-03', weapons: ['missile', 'drone'], killed: 1, injured: 3, sentence: 'Missiles and drones hit a power plant near Kyiv; one person was killed and three injured.' }),
  izmailPort: fixtures.strike({ ...on(talks2, 7), targetType: 'port', locations: ['Izmail'], date: '2026-02-02', weapons: ['drone'], killed: null, injured: 2, sentence: 'Drones damaged port infrastructure in Izmail, injuring 2 workers.' }),
  dniproRes: fixtures.strike({ ...on(talks1, 4), targetType: 'residential', locations: ['Dnipro'], date: '2026-01-20', weapons: ['missile'], killed: 5, injured: 22, sentence: 'A missile hit a residential area of Dnipro, killing five people and injuring 22.' }),
  lvivEnergy: fixtures.strike({ ...on(talks1, 5), locations: ['Lviv'], date: '2026-01-21', weapons: ['drone'], killed: 0, injured: 1, sentence: 'A drone attack on an energy site in Lviv injured 1 person.' }),
  belgorod: fixtures.strike({ ...on(strikes, 4), attacker: 'ukraine', target: 'russia', targetType: 'energy', locations: ['Belgorod'], date: '2026-02-11', weapons: ['drone'], killed: null, injured: null, sentence: 'Ukrainian drones struck a substation in Belgorod.' }),
  odesaPortFeb: fixtures.strike({ ...on(strikes, 5), targetType: 'port', locations: ['Odesa'], date: '2026-02', weapons: ['missile'], killed: 1, injured: 4, sentence: 'Earlier in February a missile hit the port of Odesa, killing 1 and injuring 4.' }),
};

/** A figure that is not in the database yet: the live spec projects it while the page is open. */
export const LATE_FIGURE = fixtures.toll({
  ...on(strikes, 6),
  value: 57_500,
  asOf: '2026-02-11',
  reportedBy: 'Zelensky',
  sentence: 'Zelensky said 57,500 soldiers had now been killed.',
});

/** Another one, for the live spec that follows the claims stream. */
export const STREAMED_FIGURE = fixtures.toll({
  ...on(strikes, 7),
  value: 58_200,
  asOf: '2026-02-12',
  reportedBy: 'Zelensky',
  sentence: 'Zelensky said 58,200 soldiers had now been killed.',
});

let offset = 0;
/** Projects claims with the projector's handler, in one transaction, into the active version. */
export async function project(sql: Sql, claims: Claim[], articles: ArticleIngested[] = []): Promise<void> {
  const pv = await ensureVersion(sql, 1);
  await sql.transaction(async (tx) => {
    for (const a of articles) await applyArticle(tx, pv.schemaName, a);
    for (const claim of claims) {
      // the claim records the title of the article it was read from
      const title = Object.values(ARTICLES).find((a) => a.articleId === claim.article.articleId)?.title ?? claim.article.title;
      const c = { ...claim, article: { ...claim.article, title } } as Claim;
      const seenAt = new Date(Date.parse(c.article.published ?? '2026-02-01T00:00:00Z') + 15 * 60_000 + offset * 1000).toISOString();
      await applyClaim(tx, pv.schemaName, c, { topic: 'claims', partition: 0, offset: String(offset++), seenAt });
    }
  });
}

/** Everything above, plus two feeds (one of them failing) as ingest would have recorded them. */
export async function seedDashboard(sql: Sql): Promise<void> {
  const claims: Claim[] = [...Object.values(TOLLS), ...Object.values(TALKS), ...Object.values(STRIKES)];
  await project(sql, claims, Object.values(ARTICLES));
  await sql.query(
    `INSERT INTO feeds (feed_id, url, title, enabled, interval_seconds, last_attempt_at, last_success_at, http_status, items_seen, items_published, health_status)
     VALUES ('wire-a', 'https://news.test/feed-a.xml', 'Wire A', true, 300, now() - interval '2 minutes', now() - interval '2 minutes', 200, 48, 46, 'healthy'),
            ('wire-b', 'https://news.test/feed-b.xml', 'Wire B', true, 300, now() - interval '1 minute', now() - interval '3 hours', 503, 20, 20, 'failing')`,
  );
  await sql.query(`UPDATE feeds SET consecutive_failures = 4, error_kind = 'http', error_message = 'HTTP 503 Service Unavailable' WHERE feed_id = 'wire-b'`);
}
