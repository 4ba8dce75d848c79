import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { classifySpecs } from './packages/testing/src/spec-kinds';

const root = fileURLToPath(new URL('.', import.meta.url));
const specs = classifySpecs(root);

/**
 * Two projects: `unit` (pure specs: parsing, extraction, folds, schemas; no Kafka, no
 * Postgres server; `npm run test:unit`) and `services` (real Kafka and Postgres, found or
 * started by the global setup). packages/testing/src/spec-kinds.ts decides which is which.
 *
 * `unit` is tuned for speed (issue #16; measured on the 2-core machine, see README):
 * - maxWorkers 2: vitest's default is cores - 1, i.e. ONE worker on 2 cores, so every unit
 *   file ran one after another. The slowest files mostly wait on child processes (redocly,
 *   tsc, `npm run feeds`) or on a timer (scripts/test/broker.test.ts), so two workers keep
 *   both cores busy.
 * - isolate false: each worker imports the extractor, the zod schemas, fastify and the
 *   gazetteer (testGazetteer() memoizes it per module instance) once, not once per file:
 *   with isolation ~30 specs each paid ~0.5 s of gazetteer load plus module imports. Safe
 *   because unit specs use no vi.mock/stubEnv/fake timers and do not mutate shared state;
 *   checked by running the project with --sequence.shuffle.
 * - groupOrder 1: projects with different maxWorkers must run as separate groups, so
 *   `npm test` runs the services specs first (unchanged: one worker, isolated) and the unit
 *   specs after them.
 * `services` keeps vitest's defaults (forks, isolated, one worker on this machine).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: specs.unit,
          env: { KAFKA_BROKERS: '', DATABASE_URL: '' },
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      { extends: true, test: { name: 'services', include: specs.services, globalSetup: ['packages/testing/src/global-setup.ts'] } },
    ],
  },
});
