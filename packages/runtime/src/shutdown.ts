import type { Logger } from '@claimwire/logging';

export interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

/**
 * Stop components one after another, in the order given (stop taking work first, close
 * pools last), each within what is left of one overall deadline.
 */
export async function stopInOrder(parts: Stoppable[], logger: Logger, deadlineMs: number): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  let clean = true;
  for (const p of parts) {
    const left = until - Date.now();
    if (left <= 0) {
      logger.error({ component: p.name }, 'shutdown deadline passed; abandoning the rest');
      return false;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), left);
    });
    try {
      const r = await Promise.race([p.stop().then(() => 'ok' as const), timeout]);
      if (r === 'timeout') {
        logger.error({ component: p.name }, 'component did not stop before the deadline');
        return false;
      }
      logger.info({ component: p.name }, 'stopped');
    } catch (err) {
      clean = false;
      logger.warn({ err, component: p.name }, 'component failed to stop cleanly');
    } finally {
      clearTimeout(timer);
    }
  }
  return clean;
}

export interface ServiceHandle {
  /** Components in shutdown order. */
  parts: Stoppable[];
}

/**
 * Run a service: start it, then on SIGTERM/SIGINT stop its parts in order within the
 * deadline and exit. A fatal error (e.g. the Kafka consumer giving up) exits non-zero so a
 * supervisor restarts the process.
 */
export async function runService(opts: {
  name: string;
  logger: Logger;
  shutdownTimeoutMs: number;
  start: (fatal: (err: Error) => void) => Promise<ServiceHandle>;
}): Promise<void> {
  const { logger } = opts;
  let handle: ServiceHandle | null = null;
  let stopping = false;

  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, `${opts.name} shutting down`);
    const clean = handle ? await stopInOrder(handle.parts, logger, opts.shutdownTimeoutMs) : true;
    logger.info({ clean }, `${opts.name} stopped`);
    process.exit(clean ? code : code || 1);
  };
  const fatal = (err: Error) => {
    logger.fatal({ err }, `${opts.name} hit a fatal error; exiting so a supervisor can restart it`);
    void shutdown('fatal', 1);
  };

  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  // started by a supervisor over IPC (scripts/start*.mjs): its exit, however it happens, stops us too
  if (process.channel) {
    process.channel.unref();
    process.once('disconnect', () => void shutdown('supervisor exited', 0));
  }
  process.on('unhandledRejection', (err) => fatal(err instanceof Error ? err : new Error(String(err))));
  process.on('uncaughtException', (err) => fatal(err));

  try {
    handle = await opts.start(fatal);
    if (stopping) return;
  } catch (err) {
    logger.fatal({ err }, `${opts.name} failed to start`);
    process.exit(1);
  }
}
