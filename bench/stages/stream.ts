/**
 * Stage `stream`: GET /v1/stream under load. The gateway runs as its own process; this process
 * opens BENCH_STREAMS streams to it (200 by default) and, while they are open, projects new
 * claims through the real projection handler at BENCH_STREAM_RATE claims/s for
 * BENCH_STREAM_SECONDS (one transaction per delivery of 5 claims a partition, as the projector
 * commits them). Reported:
 *
 * - memory per stream: the gateway's resident set (VmRSS) with the streams open and claims
 *   flowing (median of samples over the second half of the flow), less its resident set before
 *   the first stream (after a warm-up stream), over the number of streams;
 * - delivery latency, p50 and p99 over every claim every stream received: from the claim's
 *   `projectedAt` (stamped by Postgres as its transaction commits) to the moment its event was
 *   complete in this process (same machine, same clock);
 * - that every stream got every claim (none dropped as a slow client).
 *
 * Baseline (same run): one Postgres NOTIFY -> LISTEN hop (pg, no gateway), p99.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openEventStream, type EventStreamClient } from '@claimwire/testing';
import { claimsAtLeast } from '../lib/data';
import { createDatabase, type BenchEnv } from '../lib/env';
import { freePort, spawnNode, waitUntil, type BenchProcess } from '../lib/proc';
import { articleMessages, claimMessages, deliveries, inProcessProjector } from '../lib/projection';
import type { Figure, StageResult } from '../lib/report';

/** Current resident set of a live process (MB), null when it is gone. */
function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}

/** The resident set, settled: the median of a few samples a little apart. */
async function settledRss(pid: number | undefined): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 8; i++) {
    samples.push(rssMb(pid) ?? Number.NaN);
    await sleep(250);
  }
  return median(samples);
}

/** p99 of one NOTIFY -> LISTEN hop on this Postgres (the floor under any delivery). */
async function notifyHop(url: string, n = 300): Promise<{ p50: number; p99: number }> {
  const listener = new pg.Client({ connectionString: url });
  const sender = new pg.Client({ connectionString: url });
  await listener.connect();
  await sender.connect();
  const hops: number[] = [];
  try {
    listener.on('notification', (m) => hops.push(performance.timeOrigin + performance.now() - Number(m.payload)));
    await listener.query('LISTEN bench_hop');
    for (let i = 0; i < n; i++) {
      await sender.query(`SELECT pg_notify('bench_hop', $1)`, [String(performance.timeOrigin + performance.now())]);
      await sleep(5);
    }
    await waitUntil(async () => hops.length >= n, { timeoutMs: 10_000, what: 'every notification' });
  } finally {
    await listener.end();
    await sender.end();
  }
  return { p50: median(hops), p99: quantile(hops, 0.99) };
}

export async function streamStage(env: BenchEnv): Promise<StageResult> {
  const streams = env.BENCH_STREAMS;
  const rate = env.BENCH_STREAM_RATE;
  const seconds = env.BENCH_STREAM_SECONDS;
  const db = await createDatabase(env.DATABASE_URL, 'stream');
  const procs: BenchProcess[] = [];
  const clients: EventStreamClient[] = [];
  try {
    const t0 = performance.now();
    const warmClaims = 50;
    const { articles, claims } = claimsAtLeast(rate * seconds + warmClaims);
    const p = await inProcessProjector(db.url);
    await p.apply(deliveries('articles', articleMessages(articles)));
    // every claim's delivery, partitioned and in offset order, 5 records a delivery (a commit)
    const batches = deliveries('claims', claimMessages(claims), 5);
    const warm = batches.splice(0, Math.ceil(warmClaims / 5));
    await p.apply(warm.slice(0, -1));

    const port = await freePort();
    const gw = spawnNode({
      name: 'gateway-stream',
      script: 'services/gateway/src/main.ts',
      env: {
        DATABASE_URL: db.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
        RATE_LIMIT_PER_MINUTE: '0',
        MAX_STREAMS: String(Math.max(1000, streams + 10)),
      },
      cpuProfile: env.BENCH_CPU_PROF === '1',
    });
    procs.push(gw);
    const base = `http://127.0.0.1:${port}`;
    await waitUntil(async () => (await fetch(`${base}/readyz`)).ok, { timeoutMs: 60_000, what: 'gateway ready' });

    // warm-up: one stream through one commit (the follower, its LISTEN connection, the JIT)
    const warmStream = await openEventStream(`${base}/v1/stream`);
    await p.apply(warm.slice(-1));
    await warmStream.waitForEvents(1, 30_000);
    warmStream.close();
    await sleep(1000);
    const rssBefore = await settledRss(gw.proc.pid);

    for (let i = 0; i < streams; i++) clients.push(await openEventStream(`${base}/v1/stream`));
    await waitUntil(async () => clients.every((c) => c.comments.length > 0), { timeoutMs: 60_000, what: `${streams} streams open` });
    const rssIdle = await settledRss(gw.proc.pid);

    // claims flowing: deliveries paced to `rate` claims/s; the gateway's RSS sampled meanwhile
    const flowing = batches.slice(0, Math.ceil((rate * seconds) / 5));
    const sent = flowing.reduce((n, d) => n + d.records.length, 0);
    const samples: { at: number; mb: number }[] = [];
    const sampler = setInterval(() => {
      const mb = rssMb(gw.proc.pid);
      if (mb !== null) samples.push({ at: performance.now(), mb });
    }, 250);
    const start = performance.now();
    let done = 0;
    for (const d of flowing) {
      const due = start + (done / rate) * 1000;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      await p.apply([d]);
      done += d.records.length;
    }
    const flowS = (performance.now() - start) / 1000;
    await waitUntil(async () => clients.every((c) => c.events.length >= sent), { timeoutMs: 60_000, what: 'every stream to receive every claim', everyMs: 250 }).catch(
      () => undefined,
    );
    clearInterval(sampler);
    const half = start + (flowS * 1000) / 2;
    const rssFlowing = median(samples.filter((s) => s.at >= half).map((s) => s.mb));
    const rssPeak = samples.reduce((a, s) => Math.max(a, s.mb), 0);

    const latencies: number[] = [];
    for (const c of clients) for (const e of c.events) latencies.push(e.receivedAt - Date.parse((JSON.parse(e.data) as { projectedAt: string }).projectedAt));
    const complete = clients.filter((c) => c.events.length === sent).length;
    const open = clients.filter((c) => c.status === 200).length;
    for (const c of clients) c.close();
    await p.sql.close();

    const hop = await notifyHop(db.url);
    const perStreamKb = ((rssFlowing - rssBefore) * 1024) / streams;
    const perStreamIdleKb = ((rssIdle - rssBefore) * 1024) / streams;
    const p50 = median(latencies);
    const p99 = quantile(latencies, 0.99);
    const figures: Figure[] = [
      {
        stage: 'stream',
        metric: `memory per open stream (${streams} streams, claims flowing)`,
        value: perStreamKb,
        unit: `KB (gateway RSS ${rssBefore.toFixed(0)} → ${rssFlowing.toFixed(0)} MB, peak ${rssPeak.toFixed(0)}; idle streams ${perStreamIdleKb.toFixed(1)} KB each)`,
        target: '≤ 100 KB',
        met: perStreamKb <= 100,
      },
      {
        stage: 'stream',
        metric: `delivery projected → received, p99 (${rate} claims/s to ${streams} streams)`,
        value: p99,
        unit: `ms p99 (p50 ${p50.toFixed(1)} ms, ${latencies.length.toLocaleString('en-US')} deliveries)`,
        baseline: { name: 'one NOTIFY → LISTEN hop p99', value: hop.p99 },
        // latencies: baseline / value, so 1.0 would be "as fast as the bare hop"
        ratio: hop.p99 / p99,
        target: 'p99 < 500 ms',
        met: p99 < 500 && complete === streams,
        note: `${complete} of ${streams} streams received all ${sent} claims`,
      },
    ];
    return {
      stage: 'stream',
      seconds: (performance.now() - t0) / 1000,
      setup: {
        streams,
        open,
        ratePerS: rate,
        flowSeconds: flowS,
        claimsSent: sent,
        commitsOf: '5 claims of one partition',
        rssMb: { before: rssBefore, idleStreams: rssIdle, flowing: rssFlowing, peak: rssPeak },
        latencyMs: { p50, p99, max: latencies.reduce((a, b) => Math.max(a, b), 0) },
        notifyHopMs: hop,
        completeStreams: complete,
      },
      figures,
    };
  } finally {
    for (const c of clients) c.close();
    for (const pr of procs) await pr.stop();
    await db.drop();
  }
}
