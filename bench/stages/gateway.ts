/**
 * Stage 4: the gateway under autocannon (50 connections) on a database of >= 100,000 claims
 * (bench/lib/newsroom.ts: years of varied reporting, through the extractor and the real
 * projection handler), against a bare fastify route running one equivalent SELECT with pg
 * (the same answer: page, counts, latest items, embedded sources, totals), both as separate
 * processes, same run. A bare route selecting only the page's own rows is measured too, for
 * reference (bench/bare-server.ts).
 *
 * The gateway runs as configured by default (its response cache on) and, beside it, with
 * RESPONSE_CACHE_MB=0 (every request asks Postgres), same run. Also measured: a bare route
 * running only the tiny read a cache keyed on a per-request "generation" query would need (the
 * ceiling of that design), and the cache's freshness under load (gateway-freshness.ts).
 */
import autocannon from 'autocannon';
import { claimsAtLeast } from '../lib/data';
import { createDatabase, type BenchEnv } from '../lib/env';
import { freePort, spawnNode, waitUntil, type BenchProcess } from '../lib/proc';
import { articleMessages, claimMessages, deliveries, inProcessProjector, type InProcessProjector } from '../lib/projection';
import { ratioOf, type Figure, type StageResult } from '../lib/report';
import { cacheFreshness } from './gateway-freshness';

const CONNECTIONS = 50;
const ENDPOINTS = [
  { name: '/v1/tolls', path: '/v1/tolls', bare: '/bare/tolls' },
  { name: '/v1/talks', path: '/v1/talks', bare: '/bare/talks' },
  { name: '/v1/strikes?targetType=energy', path: '/v1/strikes?targetType=energy', bare: '/bare/strikes' },
];

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, seconds: number): Promise<Load> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

export async function gatewayStage(env: BenchEnv): Promise<StageResult> {
  const db = await createDatabase(env.DATABASE_URL, 'gateway');
  const procs: BenchProcess[] = [];
  let p: InProcessProjector | undefined;
  try {
    const t0 = performance.now();
    const { articles, claims } = claimsAtLeast(env.BENCH_GATEWAY_CLAIMS);
    p = await inProcessProjector(db.url);
    await p.apply(deliveries('articles', articleMessages(articles)));
    await p.apply(deliveries('claims', claimMessages(claims)));
    const counts = (
      await p.sql.query<{ t: string; n: string }>(
        `SELECT 'claims' AS t, count(*) AS n FROM ${p.schema}.claims UNION ALL SELECT 'toll_figures', count(*) FROM ${p.schema}.toll_figures
         UNION ALL SELECT 'talks_rounds', count(*) FROM ${p.schema}.talks_rounds UNION ALL SELECT 'strikes', count(*) FROM ${p.schema}.strikes
         UNION ALL SELECT 'energy strikes', count(*) FROM ${p.schema}.strikes WHERE target_type = 'energy'`,
      )
    ).rows.reduce<Record<string, number>>((m, r) => ((m[r.t] = Number(r.n)), m), {});
    await p.sql.query('ANALYZE');
    const buildS = (performance.now() - t0) / 1000;

    const gwPort = await freePort();
    const uncachedPort = await freePort();
    const barePort = await freePort();
    const gatewayEnv = { DATABASE_URL: db.url, HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info', RATE_LIMIT_PER_MINUTE: '0' };
    procs.push(
      spawnNode({ name: 'gateway', script: 'services/gateway/src/main.ts', env: { ...gatewayEnv, PORT: String(gwPort) }, cpuProfile: env.BENCH_CPU_PROF === '1' }),
      spawnNode({ name: 'gateway-uncached', script: 'services/gateway/src/main.ts', env: { ...gatewayEnv, PORT: String(uncachedPort), RESPONSE_CACHE_MB: '0' } }),
      spawnNode({ name: 'gateway-bare', script: 'bench/bare-server.ts', env: { DATABASE_URL: db.url, PORT: String(barePort), SCHEMA: p.schema } }),
    );
    const gw = `http://127.0.0.1:${gwPort}`;
    const uncached = `http://127.0.0.1:${uncachedPort}`;
    const bare = `http://127.0.0.1:${barePort}`;
    await waitUntil(async () => (await fetch(`${gw}/readyz`)).ok, { timeoutMs: 60_000, what: 'gateway ready' });
    await waitUntil(async () => (await fetch(`${uncached}/readyz`)).ok, { timeoutMs: 60_000, what: 'uncached gateway ready' });
    await waitUntil(async () => (await fetch(`${bare}/bare/strikes`)).ok, { timeoutMs: 60_000, what: 'bare server ready' });

    const figures: Figure[] = [];
    const detail: Record<string, unknown> = {};
    for (const e of ENDPOINTS) {
      const body = await (await fetch(`${gw}${e.path}`)).text();
      // warm both (JIT, pool, plan cache), then measure the gateway and the baseline back to back
      await load(`${gw}${e.path}`, 2);
      await load(`${uncached}${e.path}`, 2);
      await load(`${bare}${e.bare}`, 2);
      const g = await load(`${gw}${e.path}`, env.BENCH_GATEWAY_SECONDS);
      const u = await load(`${uncached}${e.path}`, env.BENCH_GATEWAY_SECONDS);
      const b = await load(`${bare}${e.bare}`, env.BENCH_GATEWAY_SECONDS);
      const rowsOnly = await load(`${bare}${e.bare}/rows`, env.BENCH_GATEWAY_SECONDS);
      // req/s counts answered requests; errors (autocannon's 10 s timeout included) are reported beside it
      const failed = g.non2xx + g.errors;
      detail[e.name] = { gateway: g, gatewayUncached: u, bare: b, bareRowsOnly: rowsOnly, responseBytes: body.length };
      const ratio = ratioOf(g.rps, b.rps);
      figures.push(
        {
          stage: 'gateway',
          metric: `${e.name} throughput`,
          value: g.rps,
          unit: 'req/s',
          baseline: { name: 'bare fastify + 1 equivalent SELECT', value: b.rps },
          ratio,
          target: '≥ 0.8×',
          met: ratio >= 0.8 && failed === 0,
          note: [
            `cache off: ${Math.round(u.rps)} req/s, p99 ${u.p99} ms, ${ratioOf(u.rps, b.rps).toFixed(2)}×`,
            `rows-only SELECT: ${Math.round(rowsOnly.rps)} req/s`,
            ...(failed ? [`${g.non2xx} non-2xx, ${g.errors} errors/timeouts`] : []),
          ].join('; '),
        },
        {
          stage: 'gateway',
          metric: `${e.name} p50 / p99`,
          value: g.p99,
          unit: `ms p99 (p50 ${g.p50} ms, ${Math.round(body.length / 1024)} KB a response)`,
          baseline: { name: 'bare p99', value: b.p99 },
          target: 'p99 < 25 ms',
          met: g.rps > 0 && failed === 0 && g.p99 < 25,
        },
      );
      // let a swamped gateway drain (responses still queued) before the next endpoint's load
      await waitUntil(
        async () => {
          const t = performance.now();
          const ok = (await fetch(`${gw}/healthz`)).ok;
          return ok && performance.now() - t < 50;
        },
        { timeoutMs: 120_000, what: 'the gateway to drain', everyMs: 500 },
      ).catch(() => undefined);
    }
    // a cache that asked Postgres "did the projector commit?" on every request could go no faster than this
    const generation = await load(`${bare}/bare/generation`, env.BENCH_GATEWAY_SECONDS);
    detail.generationRead = generation;
    figures.push({
      stage: 'gateway',
      metric: 'a per-request generation read alone (bare fastify + SELECT max(updated_at) of the checkpoints)',
      value: generation.rps,
      unit: `req/s, p99 ${generation.p99} ms`,
      note: 'the ceiling of a cache keyed on a query a request; the gateway\'s is told by LISTEN and asks nothing',
    });
    const fresh = await cacheFreshness(gw, p, { probes: env.BENCH_FRESHNESS_ITEMS, seconds: env.BENCH_GATEWAY_SECONDS, connections: CONNECTIONS });
    detail.cacheFreshness = fresh;
    figures.push(
      {
        stage: 'gateway',
        metric: 'freshness with the cache, idle: projector commit → page served',
        value: fresh.idle.p99,
        unit: `ms p99 (p50 ${fresh.idle.p50.toFixed(1)} ms, max ${fresh.idle.max.toFixed(1)} ms, ${fresh.idle.probes} commits)`,
        target: 'p99 < 2 s',
        met: fresh.idle.probes > 0 && fresh.idle.p99 < 2000,
      },
      {
        stage: 'gateway',
        metric: 'freshness with the cache, under load: projector commit → page served',
        value: fresh.loaded.p99,
        unit: `ms p99 (p50 ${fresh.loaded.p50.toFixed(1)} ms, max ${fresh.loaded.max.toFixed(1)} ms, ${fresh.loaded.probes} commits)`,
        note: `/v1/tolls at ${CONNECTIONS} connections meanwhile: ${Math.round(fresh.loaded.load.rps)} req/s, p99 ${fresh.loaded.load.p99} ms`,
        target: 'p99 < 2 s',
        met: fresh.loaded.probes > 0 && fresh.loaded.p99 < 2000,
      },
    );
    figures.push({ stage: 'memory', metric: 'peak RSS gateway (stage 4)', value: procs[0]?.peakRssMb() ?? Number.NaN, unit: 'MB', note: `cache off: ${Math.round(procs[1]?.peakRssMb() ?? Number.NaN)} MB` });
    return { stage: 'gateway', seconds: (performance.now() - t0) / 1000, setup: { connections: CONNECTIONS, seconds: env.BENCH_GATEWAY_SECONDS, buildS, rows: counts, load: detail }, figures };
  } finally {
    await p?.sql.close().catch(() => undefined);
    await Promise.all(procs.map((x) => x.stop()));
    await db.drop().catch(() => undefined);
  }
}
