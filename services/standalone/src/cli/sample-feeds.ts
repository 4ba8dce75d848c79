// Serve config/sample-feeds/ at the loopback addresses config/feeds.yaml names, for runs of
// the separate services (`npm run start:services`); `npm start` serves them in-process.
import { loadEnv } from '@claimwire/config';
import { loadFeedsFile, resolveFeeds } from '@claimwire/ingest';
import { createLogger } from '@claimwire/logging';
import { StandaloneEnv } from '../config';
import { sampleFeedEndpoints, startSampleFeedsServer } from '../sample-feeds-server';

const env = loadEnv(StandaloneEnv.pick({ FEEDS_FILE: true, SAMPLE_FEEDS_DIR: true, LOG_LEVEL: true }));
const logger = createLogger({ service: 'sample-feeds', level: env.LOG_LEVEL });
const feeds = resolveFeeds(loadFeedsFile(env.FEEDS_FILE)).filter((f) => f.enabled);
const servers: Awaited<ReturnType<typeof startSampleFeedsServer>>[] = [];
for (const at of sampleFeedEndpoints(feeds.map((f) => f.url))) {
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
