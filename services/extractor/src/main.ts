import { loadEnvOrExit, topicNames } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { createServiceMetrics, packageVersion, registerConsumerLag } from '@claimwire/metrics';
import { createEventLog, ensureClaimwireTopics, runService, startHealthServer } from '@claimwire/runtime';
import { ExtractorEnv } from './config';
import { EXTRACTOR_VERSION } from './extraction';
import { loadGazetteer } from './gazetteer';
import { extractorGroupId, startExtractor } from './service';

const env = loadEnvOrExit('extractor', ExtractorEnv);
const logger = createLogger({ service: 'extractor', version: EXTRACTOR_VERSION, level: env.LOG_LEVEL });
const { registry, metrics, route: metricsRoute } = createServiceMetrics('extractor', {
  version: `${packageVersion(new URL('../package.json', import.meta.url))}+${EXTRACTOR_VERSION}`,
});

await runService({
  name: 'extractor',
  logger,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  start: async (fatal) => {
    const gazetteer = loadGazetteer(env.GAZETTEER_FILE);
    const log = createEventLog(env, 'claimwire-extractor', logger, fatal);
    await ensureClaimwireTopics(log, env.TOPIC_PREFIX);
    const sub = await startExtractor({
      log,
      logger,
      topicPrefix: env.TOPIC_PREFIX,
      gazetteer: () => gazetteer,
      ...(env.MIN_CONFIDENCE !== undefined ? { minConfidence: env.MIN_CONFIDENCE } : {}),
      onArticle: metrics.onArticle,
      onDeadLetter: metrics.onDeadLetter,
    });
    registerConsumerLag(registry, log, { groupId: extractorGroupId(env.TOPIC_PREFIX), topics: [topicNames(env.TOPIC_PREFIX).articles] });
    const health = await startHealthServer(env.HEALTH_PORT, env.HEALTH_HOST, {
      checks: { kafka: () => log.ping() },
      routes: { '/metrics': metricsRoute },
    });
    return {
      parts: [
        { name: 'consumer', stop: () => sub.stop() },
        { name: 'health server', stop: () => health.close() },
        { name: 'event log', stop: () => log.close() },
      ],
    };
  },
});
