import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDlqCommand, readLetters, deadLetterTopics, REPLAYED_FROM_HEADER } from '@claimwire/dlq';
import { parseDeadLetter } from '@claimwire/events';
import {
  REPO_ROOT,
  createTestDatabase,
  createTestTopics,
  waitFor,
  type ServiceProcess,
  type TestDatabase,
  type TestTopics,
} from '@claimwire/testing';
import { generateArticles, generateClaims } from './support/generate';
import { SCHEMA, claimIdsIn, countProjected, publishAll, report, spawnWorker, topicSize, waitProjected } from './support/harness';
import { mixIn } from './support/malformed';

const run = promisify(execFile);

/**
 * Scenario 5: 100 malformed messages (80 on claims, 20 on articles) mixed into valid
 * traffic. Every one lands in its dead-letter topic with the original bytes, headers and
 * source position; every valid claim is projected; the consumers never stop.
 */
describe('scenario 5: malformed messages mixed into valid traffic', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  const procs: ServiceProcess[] = [];
  const gen = generateClaims(2_000, 55);
  const claims = mixIn(gen.messages, 80, 5);
  const articles = mixIn(generateArticles(700, 55), 20, 6);
  const lines: string[] = [];
  const cli = (argv: string[]) =>
    runDlqCommand(argv, { log: topics.log, sql: db.sql, prefix: topics.prefix, out: (l) => lines.push(l), err: () => undefined });

  beforeAll(async () => {
    topics = await createTestTopics();
    db = await createTestDatabase('cwf5');
    await publishAll(topics.log, topics.topics.articles, articles.messages.map(({ bad: _b, ...m }) => m));
    await publishAll(topics.log, topics.topics.claims, claims.messages.map(({ bad: _b, ...m }) => m));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    await topics?.close();
    await db?.drop();
  });

  it('dead-letters all 100, projects every valid claim, and the dlq CLI lists, shows and replays them once', async () => {
    const started = Date.now();
    const env = { KAFKA_BROKERS: process.env.KAFKA_BROKERS as string, DATABASE_URL: db.url, TOPIC_PREFIX: topics.prefix, LOG_LEVEL: 'error' };
    procs.push(await spawnWorker('projector', env, 'faults/s5-projector'));
    procs.push(await spawnWorker('extractor', env, 'faults/s5-extractor'));
    await waitProjected(db.sql, topics.log, topics.topics, { timeoutMs: 90_000 });
    // one letter per bad record: projector the 80 claims, extractor the 20 articles
    await waitFor(async () => (await topicSize(topics.log, topics.topics.articlesDlq)) >= 20, { timeoutMs: 60_000, what: 'extractor dead letters' });
    const projectedMs = Date.now() - started;

    const letters = await readLetters(topics.log, deadLetterTopics(topics.prefix));
    const claimLetters = letters.filter((l) => l.dlqTopic === topics.topics.claimsDlq);
    const articleLetters = letters.filter((l) => l.dlqTopic === topics.topics.articlesDlq);
    expect(claimLetters).toHaveLength(80);
    expect(articleLetters.filter((l) => l.letter?.failedBy.startsWith('projector'))).toHaveLength(0);
    expect(articleLetters.filter((l) => l.letter?.failedBy.includes('extractor'))).toHaveLength(20);

    // each letter points at the exact record it holds, byte for byte
    const source = new Map((await topics.log.readAll!(topics.topics.claims)).map((r) => [`${r.partition}/${r.offset}`, r]));
    for (const l of claimLetters) {
      const d = l.letter!;
      expect(d.source.topic).toBe(topics.topics.claims);
      const rec = source.get(`${d.source.partition}/${d.source.offset}`)!;
      expect(rec).toBeDefined();
      expect(d.original.valueBase64 ?? '').toBe(rec.value?.toString('base64') ?? '');
      expect(d.original.headers).toEqual(rec.headers);
      expect(d.error.length).toBeGreaterThan(0);
    }
    const reasons: Record<string, number> = {};
    for (const l of claimLetters) reasons[l.letter!.reason] = (reasons[l.letter!.reason] ?? 0) + 1;
    expect(reasons.bad_json).toBe((claims.kinds.bad_json ?? 0) + (claims.kinds.empty ?? 0));
    expect(reasons.invalid_payload ?? 0).toBe(claims.kinds.invalid_payload ?? 0);

    const counts = await countProjected(db.sql, SCHEMA);
    const ids = await claimIdsIn(db.sql);
    expect(counts.claims).toBe(gen.claimIds.size);
    expect([...gen.claimIds].every((id) => ids.has(id))).toBe(true);
    const articleRows = Number((await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${SCHEMA}.articles`)).rows[0]?.n);
    expect(articleRows).toBe(700);

    // the CLI: list is one line per letter (plus a header)
    expect(await cli(['list'])).toBe(0);
    expect(lines.length).toBe(1 + 100);
    expect(lines[1]?.split('\t')).toHaveLength(8);
    lines.length = 0;
    expect(await cli(['show', claimLetters[0]!.id])).toBe(0);
    const shown = JSON.parse(lines.join('\n'));
    expect(shown.source).toEqual(claimLetters[0]!.letter!.source);
    expect(shown.original.bytes).toBeGreaterThanOrEqual(0);
    lines.length = 0;
    expect(await cli(['replay'])).toBe(2); // no filter: refused

    // replay the bad_json claims: re-published once; a second run replays nothing
    const claimsBefore = await topicSize(topics.log, topics.topics.claims);
    lines.length = 0;
    expect(await cli(['replay', '--reason', 'bad_json', '--topic', 'claims'])).toBe(0);
    const replayed = lines.filter((l) => l.startsWith('replayed')).length;
    expect(replayed).toBe(reasons.bad_json);
    lines.length = 0;
    expect(await cli(['replay', '--reason', 'bad_json', '--topic', 'claims'])).toBe(0);
    expect(lines.filter((l) => l.startsWith('replayed')).length).toBe(0);
    if (process.env.FAULT_DEBUG) console.log(lines.join('\n'));
    expect(lines.filter((l) => l.startsWith('skipped (already replayed)')).length).toBe(replayed);
    expect(await topicSize(topics.log, topics.topics.claims)).toBe(claimsBefore + replayed);
    const back = (await topics.log.readAll!(topics.topics.claims)).filter((r) => r.headers[REPLAYED_FROM_HEADER]);
    expect(back).toHaveLength(replayed);
    // still unreadable, so the projector dead-letters the replayed copies again: nothing is lost
    await waitFor(async () => (await topicSize(topics.log, topics.topics.claimsDlq)) === 80 + replayed, { timeoutMs: 30_000, what: 're-dead-lettered replays' });
    const again = (await topics.log.readAll!(topics.topics.claimsDlq)).map((r) => parseDeadLetter(r.value)!).filter((d) => d.original.headers[REPLAYED_FROM_HEADER]);
    expect(again).toHaveLength(replayed);

    // the root script works as ops would run it
    const { stdout } = await run('npm', ['run', '-s', 'dlq', '--', 'list', '--reason', 'invalid_payload', '--topic', 'claims'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: db.url, TOPIC_PREFIX: topics.prefix },
    });
    const rows = stdout.trim().split('\n').slice(1);
    expect(rows.length).toBe(reasons.invalid_payload ?? 0);

    // `npm run rebuild` replays every topic into a new version: it files no letter again
    const dlqBefore = (await topicSize(topics.log, topics.topics.claimsDlq)) + (await topicSize(topics.log, topics.topics.articlesDlq));
    const rebuilt = await run('npm', ['run', '-s', 'rebuild', '--', '--no-activate'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: db.url, TOPIC_PREFIX: topics.prefix },
    });
    expect(rebuilt.stdout).toMatch(/projection version \d+ .* built/);
    const dlqAfter = (await topicSize(topics.log, topics.topics.claimsDlq)) + (await topicSize(topics.log, topics.topics.articlesDlq));
    expect(dlqAfter).toBe(dlqBefore);

    report('s5-malformed', {
      validClaimMessages: gen.messages.length,
      claimsExpected: gen.claimIds.size,
      claimsFound: counts.claims,
      duplicatesInReadModel: counts.claims - counts.distinct,
      malformedInjected: { claims: claims.kinds, articles: articles.kinds },
      dlqEntries: { claimsDlq: claimLetters.length, articlesDlq: articleLetters.length },
      reasons,
      replayed,
      replayedTwice: 0,
      projectedMs,
      totalMs: Date.now() - started,
    });
  }, 180_000);
});
