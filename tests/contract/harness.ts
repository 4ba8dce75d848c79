import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventLog, KafkaEventLog, type EventLog } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { ensureClaimwireTopics } from '@claimwire/runtime';
import { migrate, PgliteSql, type Sql } from '@claimwire/sql';
import { createTestDatabase, kafkaBrokers } from '@claimwire/testing';

/**
 * The two adapter pairs every contract spec runs against: the servers (Kafka + Postgres,
 * real ones from the test setup) and the embedded ones (on-disk log + PGlite in a temp dir).
 */
export interface LogHarness {
  /** A fresh log; `reopen` gives another instance on the same store (a restart). */
  open(): Promise<EventLog>;
  reopen(): Promise<EventLog>;
  prefix: string;
  cleanup(): Promise<void>;
}

export interface SqlHarness {
  sql: Sql;
  cleanup(): Promise<void>;
}

export interface AdapterPair {
  name: 'servers' | 'embedded';
  eventLog(): Promise<LogHarness>;
  sql(): Promise<SqlHarness>;
}

const uniquePrefix = () => `c${Date.now().toString(36)}${randomBytes(3).toString('hex')}.`;

export const ADAPTER_PAIRS: AdapterPair[] = [
  {
    name: 'servers',
    async eventLog() {
      const prefix = uniquePrefix();
      const opened: EventLog[] = [];
      const make = async () => {
        const log = new KafkaEventLog({ brokers: kafkaBrokers().split(','), clientId: `contract-${prefix}`, logger: silentLogger() });
        opened.push(log);
        await log.connect();
        return log;
      };
      return {
        prefix,
        open: make,
        reopen: make,
        cleanup: async () => {
          for (const l of opened) await l.close().catch(() => undefined);
        },
      };
    },
    async sql() {
      const db = await createTestDatabase('cwcontract');
      return { sql: db.sql, cleanup: () => db.drop() };
    },
  },
  {
    name: 'embedded',
    async eventLog() {
      const dir = mkdtempSync(join(tmpdir(), 'cw-contract-log-'));
      const opened: EventLog[] = [];
      const make = async () => {
        const log = new EmbeddedEventLog({ dir, logger: silentLogger() });
        opened.push(log);
        await log.connect();
        return log;
      };
      return {
        prefix: uniquePrefix(),
        open: make,
        reopen: make,
        cleanup: async () => {
          for (const l of opened) await l.close().catch(() => undefined);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    async sql() {
      const dir = mkdtempSync(join(tmpdir(), 'cw-contract-pglite-'));
      const sql = new PgliteSql({ dataDir: dir });
      await migrate(sql);
      return {
        sql,
        cleanup: async () => {
          await sql.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

export { ensureClaimwireTopics };
