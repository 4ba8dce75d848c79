import type { Topics } from '@claimwire/config';
import type { EventLog, OutgoingRecord } from '@claimwire/eventlog';
import { PROJECTION_NAME, READ_MODEL_VERSION, readCheckpoints } from '@claimwire/readmodel';
import type { SqlExecutor } from '@claimwire/sql';
import { freePort, spawnService, waitFor, type ServiceProcess } from '@claimwire/testing';

export const SCHEMA = `rm_v${READ_MODEL_VERSION}`;

/** Publish in chunks so that one produce request stays well under the broker's limits. */
export async function publishAll(log: EventLog, topic: string, records: OutgoingRecord[], chunk = 500): Promise<void> {
  for (let i = 0; i < records.length; i += chunk) await log.publish(topic, records.slice(i, i + chunk));
}

/** Sum of the log-end offsets of a topic: how many records it holds. */
export async function topicSize(log: EventLog, topic: string): Promise<number> {
  return (await log.topicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
}

/** How far the projector's checkpoints are, summed over the partitions of the given topics. */
export async function checkpointTotal(db: SqlExecutor, topics: string[], version = READ_MODEL_VERSION): Promise<number> {
  const cps = await readCheckpoints(db, PROJECTION_NAME, version);
  let n = 0;
  for (const [key, next] of cps) if (topics.includes(key.slice(0, key.lastIndexOf('/')))) n += Number(next);
  return n;
}

/**
 * Wait until the pipeline is quiet: the projector's checkpoint of EVERY partition of the
 * articles and claims topics has reached that partition's end, and the extractor group (when
 * one runs) has consumed every article — so no claim is still on its way. Per partition, not
 * summed: records appended to one partition must not stand in for others still unread.
 */
export async function waitProjected(
  db: SqlExecutor,
  log: EventLog,
  topics: Topics,
  opts: { timeoutMs?: number; version?: number; extractorGroup?: string } = {},
): Promise<number> {
  let lastPrint = Date.now();
  let quietPolls = 0;
  const extractorGroup = opts.extractorGroup ?? `${topics.articles.slice(0, -'articles'.length)}extractor`;
  return waitFor(
    async () => {
      const cps = await readCheckpoints(db, PROJECTION_NAME, opts.version ?? READ_MODEL_VERSION);
      let behind = 0;
      let covered = 0;
      for (const topic of [topics.articles, topics.claims]) {
        for (const p of await log.topicOffsets(topic)) {
          const cp = Number(cps.get(`${topic}/${p.partition}`) ?? 0n);
          covered += Math.min(cp, Number(p.high));
          behind += Math.max(0, Number(p.high) - cp);
        }
      }
      const extracted = await log.groupOffsets(extractorGroup, topics.articles);
      if (extracted.size > 0) {
        for (const p of await log.topicOffsets(topics.articles)) behind += Math.max(0, Number(p.high) - Number(extracted.get(p.partition) ?? 0));
      }
      if (process.env.FAULT_DEBUG && Date.now() - lastPrint > 5000) {
        lastPrint = Date.now();
        console.log(`[fault-debug] v${opts.version ?? READ_MODEL_VERSION} covered ${covered}, behind ${behind}`);
      }
      quietPolls = behind === 0 ? quietPolls + 1 : 0;
      return quietPolls >= 2 ? covered : undefined;
    },
    { timeoutMs: opts.timeoutMs ?? 120_000, intervalMs: 250, what: 'the projector (and extractor) to reach the end of every partition' },
  );
}

export interface Counts {
  claims: number;
  distinct: number;
  /** Sum of source_count over figures, rounds and strikes: every claim folded once adds exactly one. */
  folded: number;
}

export async function countProjected(db: SqlExecutor, schema = SCHEMA): Promise<Counts> {
  const q = async (text: string) => Number((await db.query<{ n: string }>(text)).rows[0]?.n ?? 0);
  return {
    claims: await q(`SELECT count(*) AS n FROM ${schema}.claims`),
    distinct: await q(`SELECT count(DISTINCT claim_id) AS n FROM ${schema}.claims`),
    folded:
      (await q(`SELECT coalesce(sum(source_count),0) AS n FROM ${schema}.toll_figures`)) +
      (await q(`SELECT coalesce(sum(source_count),0) AS n FROM ${schema}.talks_rounds`)) +
      (await q(`SELECT coalesce(sum(source_count),0) AS n FROM ${schema}.strikes`)),
  };
}

export async function claimIdsIn(db: SqlExecutor, schema = SCHEMA): Promise<Set<string>> {
  const r = await db.query<{ claim_id: string }>(`SELECT claim_id FROM ${schema}.claims`);
  return new Set(r.rows.map((x) => x.claim_id));
}

/** Run a service as a process with a health port of its own. */
export async function spawnWorker(
  name: 'projector' | 'extractor' | 'ingest' | 'gateway',
  env: Record<string, string>,
  logName: string,
): Promise<ServiceProcess & { healthPort: number }> {
  const healthPort = await freePort();
  const p = spawnService(name, { HEALTH_HOST: '127.0.0.1', HEALTH_PORT: String(healthPort), ...env }, logName);
  return Object.assign(p, { healthPort });
}

export async function readyz(port: number): Promise<{ status: number; body: { checks?: Record<string, string> } }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: (await res.json()) as { checks?: Record<string, string> } };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One line of the fault report, printed so CI logs keep the numbers. */
export function report(scenario: string, facts: Record<string, unknown>): void {
  console.log(`[fault-report] ${scenario} ${JSON.stringify(facts)}`);
}
