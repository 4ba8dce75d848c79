import { topicNames } from '@claimwire/config';
import type { EventLog } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { PROJECTION_NAME, activateVersion, ensureVersion, listVersions, readCheckpoints } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import { subscribeVersion } from '../service';
import { measure, type Progress } from './progress';

export interface RebuildOptions {
  sql: Sql;
  log: EventLog;
  logger: Logger;
  topicPrefix: string;
  /** The version to build; default one above the highest known. A 'building' one is resumed. */
  version?: number;
  /** Switch the gateway and the live projector over when caught up (default true). */
  activate?: boolean;
  onProgress?: (p: Progress, final: boolean) => void;
  pollMs?: number;
}

export interface RebuildResult {
  version: number;
  schema: string;
  events: number;
  seconds: number;
  activated: boolean;
}

type Targets = Map<string, { low: bigint; high: bigint }>;

async function endOffsets(log: EventLog, topics: string[]): Promise<Targets> {
  const out: Targets = new Map();
  for (const topic of topics) {
    for (const p of await log.topicOffsets(topic)) out.set(`${topic}/${p.partition}`, { low: BigInt(p.low), high: BigInt(p.high) });
  }
  return out;
}

function count(targets: Targets, checkpoints: Map<string, bigint>): { done: number; total: number; caughtUp: boolean } {
  let done = 0n;
  let total = 0n;
  let caughtUp = true;
  for (const [key, { low, high }] of targets) {
    const cp = checkpoints.get(key) ?? low;
    const at = cp < low ? low : cp > high ? high : cp;
    done += at - low;
    total += high - low;
    if (at < high) caughtUp = false;
  }
  return { done: Number(done), total: Number(total), caughtUp };
}

async function pickVersion(sql: Sql, wanted: number | undefined): Promise<number> {
  const versions = await listVersions(sql);
  const version = wanted ?? Math.max(0, ...versions.map((v) => v.version)) + 1;
  const known = versions.find((v) => v.version === version);
  if (known && known.status !== 'building') {
    throw new Error(`projection version ${version} is ${known.status}; a rebuild needs a new (or still building) version`);
  }
  return version;
}

/**
 * Replay the articles and claims topics from offset 0 into a NEW projection version while the
 * active one keeps serving, then switch over. Progress is measured by the new version's
 * checkpoints against the topics' end offsets taken at the start; once there it takes the
 * end offsets again and catches up once more (events that arrived meanwhile), then
 * activates the version. The live projector notices the switch and continues the new
 * version from its checkpoints. Interrupted, it can be resumed with the same `version`.
 */
export async function rebuild(o: RebuildOptions): Promise<RebuildResult> {
  const version = await pickVersion(o.sql, o.version);
  const pv = await ensureVersion(o.sql, version);
  const t = topicNames(o.topicPrefix);
  const topics = [t.articles, t.claims];
  const started = Date.now();
  const initial = count(await endOffsets(o.log, topics), await readCheckpoints(o.sql, PROJECTION_NAME, version));
  o.logger.info({ readModelVersion: version, schema: pv.schemaName, events: initial.total, alreadyDone: initial.done }, 'rebuild started');

  // no dead letters: the live projector filed them when it first met those records
  const sub = await subscribeVersion({ log: o.log, sql: o.sql, logger: o.logger, topicPrefix: o.topicPrefix }, version, false);
  let last = initial;
  try {
    for (let pass = 0; pass < 2; pass++) {
      const targets = await endOffsets(o.log, topics);
      for (;;) {
        last = count(targets, await readCheckpoints(o.sql, PROJECTION_NAME, version));
        o.onProgress?.(measure(last.done, last.total, initial.done, Date.now() - started), false);
        if (last.caughtUp) break;
        await new Promise((r) => setTimeout(r, o.pollMs ?? 250));
      }
    }
    o.onProgress?.(measure(last.done, last.total, initial.done, Date.now() - started), true);
    const activate = o.activate ?? true;
    if (activate && pv.status !== 'active') await activateVersion(o.sql, version);
    const result = {
      version,
      schema: pv.schemaName,
      events: last.done - initial.done,
      seconds: (Date.now() - started) / 1000,
      activated: activate || pv.status === 'active',
    };
    o.logger.info(result, 'rebuild finished');
    return result;
  } finally {
    await sub.subscription.stop();
  }
}
