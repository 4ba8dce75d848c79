import { relative } from 'node:path';
import type { EventLogFatalError } from '@claimwire/eventlog';
import { loadGazetteer, startExtractor } from '@claimwire/extractor';
import { build, loadPlaces, loadReporterIds } from '@claimwire/gateway';
import { ingestSettings, loadFeedsFile, resolveFeeds, startIngest } from '@claimwire/ingest';
import type { Logger } from '@claimwire/logging';
import { startProjector } from '@claimwire/projector';
import { chooseAdapters, createAdapters, embeddedPaths, ensureClaimwireTopics, type AdapterChoice, type Stoppable } from '@claimwire/runtime';
import { migrate } from '@claimwire/sql';
import { REPO_ROOT, type StandaloneEnv } from './config';
import { sampleFeedEndpoints, startSampleFeedsServer } from './sample-feeds-server';

export interface RunningStandalone {
  choice: AdapterChoice;
  /** The REST API's base URL. */
  url: string;
  /** Components in shutdown order. */
  parts: Stoppable[];
}

export function describeMode(choice: AdapterChoice): string {
  if (choice.eventLog === 'embedded' && choice.sql === 'pglite') return 'embedded (on-disk event log + PGlite, no servers)';
  if (choice.eventLog === 'kafka' && choice.sql === 'postgres') return 'servers (Kafka + Postgres)';
  return `mixed (${choice.eventLog === 'kafka' ? 'Kafka' : 'on-disk event log'} + ${choice.sql === 'postgres' ? 'Postgres' : 'PGlite'})`;
}

/**
 * Start ingest, extractor, projector and gateway in this process, sharing one event log and
 * one SQL adapter, plus the server of the shipped sample feeds when the feeds file names it.
 */
export async function startStandalone(
  env: StandaloneEnv,
  logger: Logger,
  fatal: (err: EventLogFatalError | Error) => void,
  rawEnv: NodeJS.ProcessEnv = process.env,
): Promise<RunningStandalone> {
  const choice = chooseAdapters(rawEnv);
  const parts: Stoppable[] = [];
  const started: Stoppable[] = []; // for cleanup if a later step fails
  try {
    const feedsFile = loadFeedsFile(env.FEEDS_FILE);
    const gazetteer = loadGazetteer(env.GAZETTEER_FILE);

    const { log, sql } = createAdapters(choice, {
      env,
      dataDir: env.DATA_DIR,
      clientId: 'claimwire-standalone',
      logger,
      onFatal: fatal,
      poolMax: 20,
      eventLogFsync: env.EVENTLOG_FSYNC,
    });
    started.push({ name: 'sql', stop: () => sql.close() }, { name: 'event log', stop: () => log.close() });
    await log.connect(); // the embedded log takes the data directory's lock before PGlite opens its files
    await migrate(sql);
    await ensureClaimwireTopics(log, env.TOPIC_PREFIX);

    const feeds = [];
    for (const at of sampleFeedEndpoints(resolveFeeds(feedsFile).filter((f) => f.enabled).map((f) => f.url))) {
      const s = await startSampleFeedsServer(env.SAMPLE_FEEDS_DIR, at);
      feeds.push(s);
      started.push({ name: 'sample feeds server', stop: () => s.close() });
      logger.debug({ url: s.url, dir: env.SAMPLE_FEEDS_DIR }, 'serving the sample feeds');
    }

    const projector = await startProjector({ log, sql, logger, topicPrefix: env.TOPIC_PREFIX, version: env.PROJECTION_VERSION });
    started.push({ name: 'projector', stop: () => projector.stop() });
    const extractor = await startExtractor({ log, logger, topicPrefix: env.TOPIC_PREFIX, gazetteer: () => gazetteer });
    started.push({ name: 'extractor', stop: () => extractor.stop() });
    const ingest = await startIngest({
      log,
      sql,
      logger,
      topicPrefix: env.TOPIC_PREFIX,
      feedsFile,
      feedsPath: env.FEEDS_FILE,
      ...ingestSettings(env),
    });
    started.push({ name: 'ingest', stop: () => ingest.stop() });

    const app = await build({ sql, logger, places: loadPlaces(env.GAZETTEER_FILE), reporterIds: loadReporterIds(env.GAZETTEER_FILE) });
    await app.listen({ port: env.PORT, host: env.HOST });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : env.PORT;
    const shownHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
    const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

    parts.push(
      { name: 'http server', stop: () => app.close() },
      { name: 'ingest', stop: () => ingest.stop() },
      ...feeds.map((s) => ({ name: 'sample feeds server', stop: () => s.close() })),
      { name: 'extractor', stop: () => extractor.stop() },
      { name: 'projector', stop: () => projector.stop() },
      { name: 'event log', stop: () => log.close() },
      { name: 'sql', stop: () => sql.close() },
    );

    const where =
      choice.eventLog === 'embedded' || choice.sql === 'pglite' ? `data in ${shown(env.DATA_DIR)}` : 'data in Kafka and Postgres';
    const paths = embeddedPaths(env.DATA_DIR);
    logger.info(
      {
        mode: describeMode(choice),
        ...(choice.eventLog === 'embedded' ? { eventLogDir: paths.eventLog } : {}),
        ...(choice.sql === 'pglite' ? { pgliteDir: paths.pglite } : {}),
        feeds: feedsFile.feeds.length,
        url,
      },
      `claimwire is running: ${describeMode(choice)}, ${where}; dashboard ${url}/, API docs ${url}/docs, health ${url}/healthz`,
    );
    return { choice, url, parts };
  } catch (err) {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    throw err;
  }
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? `./${rel}` : path;
}

export { REPO_ROOT };
