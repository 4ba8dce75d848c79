/**
 * The feeds table under a config change that races an attempt: a feed removed from the
 * config while its fetch was in flight stays `removed` when that fetch's result is recorded.
 * Real Postgres (see @claimwire/testing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import type { Feed } from '../feeds-config';
import { EMPTY_COUNTERS } from '../schedule/backoff';
import { recordAttempt, syncFeeds } from './feed-state';

const feed = (id: string) => ({ id, url: `https://news.example/${id}.xml`, title: null, enabled: true, intervalMs: 60_000 }) as Feed;

describe('feed state', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('cwfeedstate');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('keeps a removed feed removed when an attempt that was in flight finishes after the change', async () => {
    await syncFeeds(db.sql, [feed('alpha'), feed('beta')]);
    await syncFeeds(db.sql, [feed('beta')]);
    const late = { at: new Date(), counters: EMPTY_COUNTERS, etag: null, lastModified: null, httpStatus: 200, errorKind: null, errorMessage: null, nextAttemptAt: new Date(Date.now() + 60_000), health: { status: 'healthy', reason: 'fetched' }, itemsPublished: 0 };
    await recordAttempt(db.sql, { ...late, feedId: 'alpha' });
    await recordAttempt(db.sql, { ...late, feedId: 'beta' });
    const rows = await db.sql.query<{ feed_id: string; enabled: boolean; health_status: string }>('SELECT feed_id, enabled, health_status FROM feeds ORDER BY feed_id');
    expect(rows.rows).toEqual([
      { feed_id: 'alpha', enabled: false, health_status: 'removed' },
      { feed_id: 'beta', enabled: true, health_status: 'healthy' },
    ]);
  });
});
