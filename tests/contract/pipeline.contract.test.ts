import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicNames } from '@claimwire/config';
import type { EventLog } from '@claimwire/eventlog';
import { encodeArticle, encodeClaim } from '@claimwire/events';
import { build } from '@claimwire/gateway';
import { silentLogger } from '@claimwire/logging';
import { startProjector } from '@claimwire/projector';
import { READ_MODEL_VERSION } from '@claimwire/readmodel';
import { fixtures, waitFor } from '@claimwire/testing';
import { ADAPTER_PAIRS, ensureClaimwireTopics, type LogHarness, type SqlHarness } from './harness';

/** The projector folding events and the gateway serving them behave the same on both adapter pairs. */
describe.each(ADAPTER_PAIRS)('projector + gateway on $name adapters', (pair) => {
  let lh: LogHarness;
  let sh: SqlHarness;
  let log: EventLog;
  let stop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    [lh, sh] = await Promise.all([pair.eventLog(), pair.sql()]);
    log = await lh.open();
    await ensureClaimwireTopics(log, lh.prefix);
  });
  afterAll(async () => {
    await stop?.();
    await lh?.cleanup();
    await sh?.cleanup();
  });

  it('folds published articles and claims into the read models the REST API serves', async () => {
    const logger = silentLogger();
    const t = topicNames(lh.prefix);
    const projector = await startProjector({ log, sql: sh.sql, logger, topicPrefix: lh.prefix, version: READ_MODEL_VERSION });
    stop = () => projector.stop();
    const a = fixtures.article();
    const claims = [fixtures.toll({ articleId: a.articleId }), fixtures.talks({ articleId: a.articleId, evidenceStart: 40 }), fixtures.strike({ articleId: a.articleId, evidenceStart: 80 })];
    await log.publish(t.articles, [encodeArticle(a, 'contract-test')]);
    await log.publish(t.claims, claims.map((c) => encodeClaim(c, 'contract-test')));

    const app = await build({ sql: sh.sql, logger });
    try {
      const get = async (url: string) => {
        const r = await app.inject({ method: 'GET', url });
        return r.statusCode === 200 ? (r.json() as { items: Record<string, unknown>[] }) : undefined;
      };
      const tolls = await waitFor(async () => ((await get('/v1/tolls'))?.items.length ? await get('/v1/tolls') : undefined), { what: 'tolls' });
      const talks = await waitFor(async () => ((await get('/v1/talks'))?.items.length ? await get('/v1/talks') : undefined), { what: 'talks' });
      const strikes = await waitFor(async () => ((await get('/v1/strikes'))?.items.length ? await get('/v1/strikes') : undefined), { what: 'strikes' });
      expect(tolls.items).toHaveLength(1);
      expect(tolls.items[0]).toMatchObject({ party: 'ukraine', measure: 'killed' });
      expect(JSON.stringify(tolls.items[0])).toContain('12000');
      expect(talks.items[0]).toMatchObject({ parties: ['russia', 'ukraine'] });
      expect(strikes.items[0]).toMatchObject({ attacker: 'russia', targetType: 'energy', locations: ['Odesa'] });
    } finally {
      await app.close();
    }
  });
});
