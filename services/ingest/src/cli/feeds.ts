// `npm run -s feeds -- validate [FILE]`: check a feeds file the way ingest will read it.
// Every error in one run (exit 1); a warning for each feed ingest's SSRF guard would refuse
// (a private or loopback host not in allowPrivate), which still exits 0.
import { ConfigError } from '@claimwire/config';
import { IngestEnv } from '../config';
import { loadFeedsFile, refusedHostWarnings, resolveFeeds } from '../feeds-config';

const [command, file] = process.argv.slice(2);
const path = file ?? process.env.FEEDS_FILE ?? IngestEnv.shape.FEEDS_FILE.parse(undefined);

if (command !== 'validate') {
  console.error('usage: npm run -s feeds -- validate [FILE]   (default: FEEDS_FILE or config/feeds.yaml)');
  process.exit(2);
}
try {
  const parsed = loadFeedsFile(path);
  const feeds = resolveFeeds(parsed);
  for (const f of feeds) {
    console.log(`${f.enabled ? 'ok    ' : 'paused'} ${f.id}  every ${Math.round(f.intervalMs / 1000)}s${f.fullText ? '  full text' : ''}  ${f.url}`);
  }
  const warnings = await refusedHostWarnings(feeds, parsed.allowPrivate);
  for (const w of warnings) console.error(`warning: ${w}`);
  console.log(`${path}: ${feeds.length} feed(s), valid${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `cannot check ${path}: ${(err as Error).message}`);
  process.exit(1);
}
