import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { classifySpecs } from './packages/testing/src/spec-kinds';

const root = fileURLToPath(new URL('.', import.meta.url));
const specs = classifySpecs(root);

/**
 * Two projects: `unit` (pure specs: parsing, extraction, folds, schemas; no Kafka, no
 * Postgres server; `npm run test:unit`) and `services` (real Kafka and Postgres, found or
 * started by the global setup). packages/testing/src/spec-kinds.ts decides which is which.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: specs.unit, env: { KAFKA_BROKERS: '', DATABASE_URL: '' } } },
      { extends: true, test: { name: 'services', include: specs.services, globalSetup: ['packages/testing/src/global-setup.ts'] } },
    ],
  },
});
