// `npm run -s feeds -- validate [FILE]`: check a feeds file the way ingest will read it.
import { ConfigError } from '@claimwire/config';
import { IngestEnv } from '../config';
import { loadFeedsFile, resolveFeeds } from '../feeds-config';

const [command, file] = process.argv.slice(2);
const path = file ?? process.env.FEEDS_FILE ?? IngestEnv.shape.FEEDS_FILE.parse(undefined);

if (command !== 'validate') {
  console.error('usage: npm run -s feeds -- validate [FILE]   (default: FEEDS_FILE or config/feeds.yaml)');
  process.exit(2);
}
try {
  const feeds = resolveFeeds(loadFeedsFile(path));
  for (const f of feeds) {
    console.log(`${f.enabled ? 'ok    ' : 'paused'} ${f.id}  every ${Math.round(f.intervalMs / 1000)}s${f.fullText ? '  full text' : ''}  ${f.url}`);
  }
  console.log(`${path}: ${feeds.length} feed(s), valid`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `cannot check ${path}: ${(err as Error).message}`);
  process.exit(1);
}
