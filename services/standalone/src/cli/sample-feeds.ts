// Serve config/sample-feeds/ at the loopback addresses config/feeds.yaml names, for runs of
// the separate services (`npm run start:services`); `npm start` serves them in-process.
// With SAMPLE_FEEDS_LISTEN (host:port) it serves there instead, whatever the feeds file
// says: docker-compose runs it as its own service that the compose feeds file points at.
import { loadEnvOrExit } from '@claimwire/config';
import { loadFeedsFile, resolveFeeds } from '@claimwire/ingest';
import { createLogger } from '@claimwire/logging';
import { z } from 'zod';
import { StandaloneEnv } from '../config';
import { sampleFeedEndpoints, startSampleFeedsServer, type Endpoint } from '../sample-feeds-server';

const SampleFeedsEnv = StandaloneEnv.pick({ FEEDS_FILE: true, SAMPLE_FEEDS_DIR: true, LOG_LEVEL: true }).extend({
  SAMPLE_FEEDS_LISTEN: z
    .string()
    .regex(/^(\[[0-9a-fA-F:]+\]|[^\s:]+):\d{1,5}$/, 'must be host:port (e.g. 0.0.0.0:8081)')
    .transform((v): Endpoint => {
      const i = v.lastIndexOf(':');
      return { host: v.slice(0, i).replace(/^\[(.*)\]$/, '$1'), port: Number(v.slice(i + 1)) };
    })
    .optional(),
});

const env = loadEnvOrExit('sample-feeds', SampleFeedsEnv);
const logger = createLogger({ service: 'sample-feeds', level: env.LOG_LEVEL });
const endpoints = env.SAMPLE_FEEDS_LISTEN
  ? [env.SAMPLE_FEEDS_LISTEN]
  : sampleFeedEndpoints(resolveFeeds(loadFeedsFile(env.FEEDS_FILE)).filter((f) => f.enabled).map((f) => f.url));
const servers: Awaited<ReturnType<typeof startSampleFeedsServer>>[] = [];
for (const at of endpoints) {
  servers.push(await startSampleFeedsServer(env.SAMPLE_FEEDS_DIR, at));
  logger.info({ host: at.host, port: at.port, dir: env.SAMPLE_FEEDS_DIR }, 'serving the sample feeds');
}
if (servers.length === 0) {
  logger.info({ feeds: env.FEEDS_FILE }, 'no sample-feed URLs in the feeds file; nothing to serve');
  process.exit(0);
}
const stop = async () => {
  await Promise.all(servers.map((s) => s.close()));
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
// started by scripts/start-services.mjs over IPC: its exit stops this server too
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => void stop());
}
