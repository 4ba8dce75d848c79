import { encodeArticle } from '@claimwire/events';
import type { EventLog } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import type { Sql } from '@claimwire/sql';
import { parseFeed } from './feed';
import type { Feed } from './feeds-config';
import { fetchFeed, type FetchOptions, type FetchOutcome } from './fetch';
import { fetchArticlePage } from './fulltext';
import { diffItems, identifyItems, toArticle } from './items';
import {
  applyOutcome,
  feedHealth,
  nextAttempt,
  shouldFetchUnconditionally,
  type BackoffPolicy,
  type OutcomeSummary,
} from './schedule';
import { loadFeedState, loadSeen, recordAttempt, recordPublished, touchSeen } from './state';

export interface PollDeps {
  sql: Sql;
  log: EventLog;
  logger: Logger;
  articlesTopic: string;
  fetchOptions: FetchOptions;
  policy?: Partial<BackoffPolicy>;
  now?: () => Date;
  /** Fetch and extract an article page's main text for feeds marked fullText. */
  fullText?: (url: string, feed: Feed) => Promise<string | null>;
  source?: string;
  onFetch?: (e: { feedId: string; outcome: string; durationMs: number; bytes: number }) => void;
  onItems?: (e: { feedId: string; new: number; updated: number; duplicate: number }) => void;
}

export interface PollResult {
  nextAttemptAt: Date;
  outcome: string;
  published: number;
}

/** The article page's main text for feeds marked fullText; the feed's own text when that fails. */
async function fullTextOf(d: PollDeps, url: string, feed: Feed, log: Logger): Promise<string | null> {
  if (d.fullText) return d.fullText(url, feed).catch(() => null);
  const page = await fetchArticlePage({ url, headers: feed.headers }, d.fetchOptions);
  if (page.ok) return page.article.text;
  log.warn({ url, kind: page.kind, error: page.message }, 'full text unavailable; using the feed text');
  return null;
}

function summarize(o: FetchOutcome): OutcomeSummary {
  if (o.ok) return { kind: o.kind, ok: true, status: o.status, ...(o.freshnessSeconds !== undefined ? { freshnessSeconds: o.freshnessSeconds } : {}) };
  return {
    kind: o.kind,
    ok: false,
    message: o.message,
    ...(o.status !== undefined ? { status: o.status } : {}),
    ...(o.retryAfter ? { retryAfter: o.retryAfter } : {}),
  };
}

/**
 * Where the configured URL permanently moved: the target when every hop was a 301/308, null
 * when a server answered the configured URL itself (no redirect), undefined when this attempt
 * says nothing about it (a temporary redirect, or no answer at all).
 */
function movedToOf(o: FetchOutcome): string | null | undefined {
  if (o.permanentUrl && o.permanentUrl !== o.requestedUrl) return o.permanentUrl;
  if (o.redirects.length === 0 && o.status !== undefined) return null;
  return undefined;
}

/**
 * One polite attempt at one feed: conditional fetch, parse, publish what is new or edited,
 * remember it, and schedule the next attempt. Feed problems are recorded in the feed's
 * status and never thrown; only infrastructure faults (Kafka, Postgres) are thrown.
 */
export async function pollFeed(d: PollDeps, feed: Feed): Promise<PollResult> {
  const now = d.now?.() ?? new Date();
  const log = d.logger.child({ feedId: feed.id });
  const state = await loadFeedState(d.sql, feed.id);
  const unconditional = shouldFetchUnconditionally({
    hasValidators: !!(state.etag || state.lastModified),
    fetchesSinceUnconditional: state.counters.fetchesSinceUnconditional,
    ...(state.counters.lastUnconditionalAt ? { lastUnconditionalAt: state.counters.lastUnconditionalAt } : {}),
    now,
    ...(d.policy ? { policy: d.policy } : {}),
  });
  const outcome = await fetchFeed(
    {
      url: feed.url,
      headers: feed.headers,
      forceUnconditional: unconditional,
      ...(state.etag ? { etag: state.etag } : {}),
      ...(state.lastModified ? { lastModified: state.lastModified } : {}),
    },
    { ...d.fetchOptions, now: () => now, logger: log },
  );

  let summary = summarize(outcome);
  let title: string | null = null;
  let repaired: { repaired: boolean; repairs: string[] } | undefined;
  let itemsInDocument = 0;
  let published = 0;

  if (outcome.ok && outcome.kind === 'ok') {
    const parsed = parseFeed(outcome.body, { ...(outcome.contentType ? { contentType: outcome.contentType } : {}), url: outcome.finalUrl, now });
    if (!parsed.ok) {
      summary = { kind: `feed_${parsed.error.kind}`, ok: false, status: outcome.status, message: parsed.error.message };
      log.warn({ errorKind: parsed.error.kind, error: parsed.error.message }, 'feed could not be parsed');
    } else {
      const feedDoc = parsed.feed;
      title = feedDoc.title;
      repaired = { repaired: feedDoc.repaired, repairs: feedDoc.repairs.slice(0, 20) };
      if (feedDoc.repaired) log.warn({ repairs: feedDoc.repairs.slice(0, 5) }, 'feed was malformed and had to be repaired');
      const items = identifyItems(feedDoc.items);
      itemsInDocument = items.length;
      const seen = await loadSeen(d.sql, feed.id, items.map((i) => i.key));
      const changes = diffItems(items, seen);
      const articles = [];
      for (const c of changes) {
        if (c.kind === 'unchanged') continue;
        const full = feed.fullText && c.item.item.link ? await fullTextOf(d, c.item.item.link, feed, log) : null;
        articles.push({
          change: c,
          article: toArticle({
            feedId: feed.id,
            key: c.item.key,
            item: c.item.item,
            revision: c.revision,
            contentHash: c.contentHash,
            firstSeen: now,
            language: feedDoc.language,
            fullText: full,
          }),
        });
      }
      const source = d.source ?? `claimwire/ingest/${feed.id}`;
      // publish first, then remember: a crash in between re-publishes (same article id and
      // revision, so downstream dedupes) rather than losing an item
      await d.log.publish(d.articlesTopic, articles.map((a) => encodeArticle(a.article, source, now)));
      await recordPublished(
        d.sql,
        feed.id,
        articles.map((a) => ({ key: a.change.item.key, articleId: a.article.articleId, contentHash: a.article.contentHash, revision: a.article.revision })),
        now,
      );
      await touchSeen(d.sql, feed.id, changes.filter((c) => c.kind === 'unchanged').map((c) => c.item.key), now);
      published = articles.length;
      for (const a of articles) {
        log.info({ articleId: a.article.articleId, revision: a.article.revision, change: a.change.kind, url: a.article.url }, 'article published');
      }
      d.onItems?.({
        feedId: feed.id,
        new: changes.filter((c) => c.kind === 'new').length,
        updated: changes.filter((c) => c.kind === 'updated').length,
        duplicate: changes.filter((c) => c.kind === 'unchanged').length,
      });
    }
  }

  // after parsing, so a body that is not a feed is reported as the parse error (feed_not_a_feed, ...)
  d.onFetch?.({ feedId: feed.id, outcome: summary.kind, durationMs: outcome.durationMs, bytes: outcome.ok && outcome.kind === 'ok' ? outcome.bytes.wire : 0 });

  const movedTo = movedToOf(outcome);
  if (movedTo && movedTo !== state.movedTo) {
    log.warn({ url: feed.url, movedTo, redirects: outcome.redirects }, 'feed permanently redirected; update its url in the feeds file (still fetching the configured url)');
  } else if (movedTo === null && state.movedTo) {
    log.info({ url: feed.url, was: state.movedTo }, 'feed no longer redirected');
  }

  const counters = applyOutcome(state.counters, summary, now, unconditional);
  const next = nextAttempt({
    intervalMs: feed.intervalMs,
    consecutiveFailures: counters.consecutiveFailures,
    lastOutcome: summary,
    now,
    ...(d.policy ? { policy: d.policy } : {}),
  });
  const health = feedHealth(counters, now, next, d.policy, movedTo === undefined ? state.movedTo : movedTo);
  await recordAttempt(d.sql, {
    feedId: feed.id,
    at: now,
    counters,
    // validators are updated on every response that carries them
    etag: outcome.etag ?? (outcome.ok ? null : state.etag),
    lastModified: outcome.lastModified ?? (outcome.ok ? null : state.lastModified),
    httpStatus: 'status' in outcome && outcome.status !== undefined ? outcome.status : null,
    errorKind: summary.ok ? null : summary.kind,
    errorMessage: summary.ok ? null : (summary.message ?? null),
    nextAttemptAt: next.at,
    health,
    title,
    ...(repaired ? { repaired } : {}),
    itemsPublished: published,
    ...(movedTo !== undefined ? { movedTo } : {}),
  });
  const level = summary.ok ? 'info' : 'warn';
  log[level]({ outcome: summary.kind, status: summary.status, published, itemsInDocument, next: next.at.toISOString(), reason: next.reason, health: health.status }, `feed polled: ${health.reason}`);
  return { nextAttemptAt: next.at, outcome: summary.kind, published };
}
