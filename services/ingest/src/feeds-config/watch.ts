import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ConfigError } from '@claimwire/config';
import type { Logger } from '@claimwire/logging';
import { loadFeedsFile } from './load';
import type { FeedsFile } from './schema';

/**
 * Reload the feeds file when it changes (and on SIGHUP). A file that does not validate is
 * logged and ignored: the feeds keep running on the last good config.
 */
export function watchFeedsFile(
  path: string,
  logger: Logger,
  onChange: (f: FeedsFile) => void,
  onRejected: (problems: string[]) => void = () => undefined,
): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  const reload = (why: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        const file = loadFeedsFile(path);
        logger.info({ file: path, why, feeds: file.feeds.length }, 'feeds config reloaded');
        onChange(file);
      } catch (err) {
        logger.error({ file: path, why, err: (err as Error).message }, 'feeds config invalid; keeping the previous one');
        onRejected(err instanceof ConfigError ? err.problems : [(err as Error).message]);
      }
    }, 200);
  };
  // watch the folder, not the file: editors replace files on save
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dirname(path), (_event, name) => {
      if (name === basename(path)) reload('file changed');
    });
  } catch (err) {
    logger.warn({ err, file: path }, 'cannot watch the feeds file; reload with SIGHUP');
  }
  const onHup = () => reload('SIGHUP');
  process.on('SIGHUP', onHup);
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
      process.off('SIGHUP', onHup);
    },
  };
}
