/**
 * parse-feed FILE... : print one JSON line per file with the feed title, link and items.
 * Options: --content-type=VALUE (as if sent over HTTP), --url=URL (base for relative links).
 * Dates are ISO 8601 UTC, or null when the feed gives none it can read (no first-seen fallback;
 * `published` falls back to the item's `updated`).
 * Exit status 1 when any file could not be read or is not a feed (the others are still printed).
 */
import { readFileSync } from 'node:fs';
import { parseFeed, type FeedItem } from '../feed/index';

interface CliItem {
  id: string;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  summary: string | null;
  content: string | null;
}

function cliItem(item: FeedItem): CliItem {
  return {
    id: item.id,
    title: item.title,
    link: item.link,
    published: item.publishedSource !== 'first_seen' && item.published ? item.published.toISOString() : null,
    updated: item.updated ? item.updated.toISOString() : null,
    author: item.author,
    summary: item.summary,
    content: item.contentHtml ?? (item.text || null),
  };
}

function main(argv: string[]): number {
  let contentType: string | undefined;
  let url: string | undefined;
  const files: string[] = [];
  for (const a of argv) {
    if (a.startsWith('--content-type=')) contentType = a.slice('--content-type='.length);
    else if (a.startsWith('--url=')) url = a.slice('--url='.length);
    else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write('usage: parse-feed [--content-type=TYPE] [--url=URL] FILE...\n');
    return 2;
  }
  let status = 0;
  const now = new Date();
  for (const file of files) {
    let body: Uint8Array;
    try {
      body = readFileSync(file);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ file, error: `cannot read file: ${(e as Error).message}` })}\n`);
      status = 1;
      continue;
    }
    const r = parseFeed(body, { now, ...(contentType ? { contentType } : {}), ...(url ? { url } : {}) });
    if (!r.ok) {
      process.stdout.write(`${JSON.stringify({ file, error: `${r.error.kind}: ${r.error.message}` })}\n`);
      status = 1;
      continue;
    }
    const { feed } = r;
    process.stdout.write(`${JSON.stringify({ file, title: feed.title, link: feed.link, items: feed.items.map(cliItem) })}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
