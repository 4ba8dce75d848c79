import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, parseYamlConfig, validateConfig } from '@claimwire/config';
import { duplicateFeedIds, FeedsFile } from './schema';

export function loadFeedsFile(path: string): FeedsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(path, [`cannot read file: ${(err as Error).message}`]);
  }
  return parseFeedsFile(text, path);
}

/**
 * Parse and validate a feeds file. Each problem names the field by its path and, for a
 * feed, the feed's id: `feeds[3].url: must be an http(s) URL (feed "kyiv-desk")`.
 */
export function parseFeedsFile(text: string, source: string): FeedsFile {
  const raw = parseYamlConfig(z.unknown(), text, source);
  try {
    return validateConfig(FeedsFile, raw, source);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    // zod skips the duplicate-id refinement when a field fails: every problem in one run
    const feeds = (raw as { feeds?: unknown } | null)?.feeds;
    const dups = Array.isArray(feeds) ? duplicateFeedIds(feeds).map((d) => `feeds[${d.index}].id: ${d.message}`) : [];
    const problems = [...err.problems, ...dups.filter((d) => !err.problems.includes(d))];
    throw new ConfigError(err.source, problems.map((p) => withFeedId(p, raw)));
  }
}

function withFeedId(problem: string, raw: unknown): string {
  const m = /^feeds\[(\d+)\]/.exec(problem);
  if (!m) return problem;
  const feeds = (raw as { feeds?: unknown } | null)?.feeds;
  const feed = Array.isArray(feeds) ? (feeds[Number(m[1])] as { id?: unknown } | undefined) : undefined;
  const id = feed && typeof feed === 'object' && typeof feed.id === 'string' ? feed.id : null;
  return id ? `${problem} (feed "${id.slice(0, 80)}")` : problem;
}
