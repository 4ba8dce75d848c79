import { describe, expect, it } from 'vitest';
import { buildDeadLetter, fromHeaders, readEnvelope, STRUCTURED_JSON } from '@claimwire/events';
import type { EventLog, OutgoingRecord } from '@claimwire/eventlog';
import type { Sql, SqlExecutor } from '@claimwire/sql';
import { toEntry } from './letters';
import { REPLAYED_FROM_HEADER, replayLetters } from './replay';

/** An event log that keeps what is published, and a database whose dlq_replays is always empty. */
function fakes() {
  const published: { topic: string; record: OutgoingRecord }[] = [];
  const log = { kind: 'embedded', publish: async (topic: string, rs: OutgoingRecord[]) => void published.push(...rs.map((record) => ({ topic, record }))) };
  const tx: Pick<SqlExecutor, 'query'> = { query: async () => ({ rows: [], rowCount: 1 }) as never };
  const sql = { transaction: async <T>(fn: (t: SqlExecutor) => Promise<T>) => fn(tx as SqlExecutor) };
  return { published, log: log as unknown as EventLog, sql: sql as unknown as Sql };
}

function letterOf(offset: string, value: Buffer, headers: Record<string, string>) {
  const l = buildDeadLetter({ reason: 'unknown_type', error: 'boom', failedBy: 'spec', topic: 'p.claims', partition: 1, offset: '7', key: 'k', value, headers });
  return toEntry({ topic: 'p.claims.dlq', partition: 0, offset, key: l.key, value: l.value, headers: l.headers, timestamp: '0' });
}

describe('replaying dead letters keeps the CloudEvents envelope whole', () => {
  const binaryHeaders = {
    ce_id: 'e-1',
    ce_source: 'urn:x',
    ce_type: 'claimwire.claim.toll.v2',
    ce_specversion: '1.0',
    ce_time: '2026-02-05T10:00:00.000Z',
    'content-type': 'application/json',
    ce_traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    ce_partitionkey: 'p-1',
  };
  const structuredValue = Buffer.from(
    JSON.stringify({ specversion: '1.0', id: 'e-2', source: 'urn:x', type: 'claimwire.claim.toll.v2', sampled: true, hops: 3, data: { a: 1 } }),
  );

  it('re-publishes binary and structured originals byte for byte, extensions and all', async () => {
    const f = fakes();
    const binary = letterOf('0', Buffer.from('{"a":1}'), binaryHeaders);
    const structured = letterOf('1', structuredValue, { 'content-type': STRUCTURED_JSON });
    const r = await replayLetters(f.log, f.sql, [binary, structured]);
    expect(r.replayed).toEqual(['p.claims.dlq/0/0', 'p.claims.dlq/0/1']);
    const [b, s] = f.published;
    expect(b?.topic).toBe('p.claims');
    expect(b?.record.headers).toEqual({ ...binaryHeaders, [REPLAYED_FROM_HEADER]: 'p.claims.dlq/0/0' });
    const ce = fromHeaders(b?.record.headers ?? {});
    expect(ce.ok && ce.ce.extensions).toEqual({ traceparent: binaryHeaders.ce_traceparent, partitionkey: 'p-1' });
    expect(s?.record.value).toEqual(structuredValue);
    expect(s?.record.headers?.['content-type']).toBe(STRUCTURED_JSON);
    const env = readEnvelope(s?.record.headers ?? {}, s?.record.value ?? null);
    expect(env.ok && env.ce.extensions).toEqual({ sampled: true, hops: 3 });
  });
});
