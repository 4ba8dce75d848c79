import type { TestProject } from 'vitest/node';
import { resolveTestServices } from './services';

/**
 * vitest globalSetup: find (or start) the real broker and database once per run. Test
 * workers are forked after this runs, so they inherit KAFKA_BROKERS and DATABASE_URL.
 */
export default async function setup(_project: TestProject) {
  const services = await resolveTestServices();
  process.env.KAFKA_BROKERS = services.kafkaBrokers;
  process.env.DATABASE_URL = services.databaseUrl;
  console.log(`[claimwire tests] Kafka ${services.kafkaBrokers}, Postgres from ${services.source}`);
  return () => services.stop();
}
