// The local Kafka broker (infra/kafka) around a test run: one that was already answering is
// left alone; one that was not, and that the run's setup started, is stopped at the end
// (stop.sh only stops the broker whose pid file is in its own KAFKA_DATA_DIR).
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';

/** @param {string} host @param {number} port @returns {Promise<boolean>} */
export function portOpen(host, port) {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    const done = (/** @type {boolean} */ v) => {
      s.destroy();
      resolve(v);
    };
    s.setTimeout(2000, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/**
 * @param {{ root: string, env?: NodeJS.ProcessEnv, log?: (msg: string) => void }} o
 * @returns {Promise<{ wasRunning: boolean, release: () => void }>}
 */
export async function guardLocalBroker(o) {
  const env = o.env ?? process.env;
  const log = o.log ?? ((m) => console.log(`[claimwire] ${m}`));
  // brokers named by KAFKA_BROKERS belong to whoever runs them
  if (env.KAFKA_BROKERS) return { wasRunning: true, release: () => undefined };
  const host = env.KAFKA_HOST ?? '127.0.0.1';
  const port = Number(env.KAFKA_PORT ?? '9092');
  const wasRunning = await portOpen(host, port);
  let released = false;
  return {
    wasRunning,
    release: () => {
      if (wasRunning || released) return;
      released = true;
      log(`stopping the Kafka broker this run started (${host}:${port})`);
      spawnSync('bash', [join(o.root, 'infra/kafka/stop.sh')], { env, stdio: 'inherit' });
    },
  };
}
