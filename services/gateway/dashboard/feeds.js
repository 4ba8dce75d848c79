// Feeds: each configured feed and its health, as ingest last recorded it (GET /v1/feeds).

import { h, notice } from './dom.js';
import { ago, num, safeUrl } from './format.js';

const STATUS_TEXT = { ok: 'healthy', failing: 'failing', paused: 'paused', pending: 'not polled yet' };
const STATUS_ICON = { ok: '✓', failing: '✕', paused: '‖', pending: '…' };

export function feedSummary(feeds, config = null) {
  const rejected = config?.rejectedReload ? ', feeds file rejected' : '';
  if (feeds.length === 0) return `no feeds configured${rejected}`;
  const failing = feeds.filter((f) => f.status === 'failing').length;
  return (failing ? `${feeds.length} feeds, ${failing} failing` : `${feeds.length} feed${feeds.length === 1 ? '' : 's'}, all healthy`) + rejected;
}

/** The feeds file's last reload, when ingest rejected it and kept running on the config it had. */
function rejectedReload(config, now) {
  const r = config?.rejectedReload;
  if (!r) return null;
  const more = r.problemCount > r.problems.length ? ` (and ${r.problemCount - r.problems.length} more)` : '';
  return h(
    'div',
    { class: 'feeds-config-rejected', role: 'status' },
    // (no load recorded yet, e.g. an ingest older than the status table: say what is known, not "loaded never")
    h('p', { class: 'feeds-config-head' }, `The feeds file was changed ${ago(r.at, now)} but rejected: ingest runs on ${config.loadedAt ? `the config loaded ${ago(config.loadedAt, now)}` : 'the config it had'}.`),
    h('ul', { class: 'feeds-config-problems' }, r.problems.map((p) => h('li', {}, p))),
    more ? h('p', { class: 'feeds-config-more' }, `${r.problemCount} problems in all${more}.`) : null,
  );
}

export function renderFeeds(feeds, now = Date.now(), config = null) {
  const warning = rejectedReload(config, now);
  if (feeds.length === 0) return h('div', {}, warning, notice('empty', 'No feeds configured.', 'Add feeds to config/feeds and start ingest.'));
  return h('div', {}, warning, renderFeedList(feeds, now));
}

function renderFeedList(feeds, now) {
  return h(
    'ul',
    { class: 'feeds' },
    feeds.map((f) => {
      const url = safeUrl(f.url);
      const why = f.status === 'failing' ? (f.error?.message || f.healthReason || (f.httpStatus ? `HTTP ${f.httpStatus}` : f.error?.kind)) : f.healthReason;
      return h(
        'li',
        { class: `feed feed-${f.status}`, 'data-feed': f.feedId },
        h('span', { class: 'feed-icon', 'aria-hidden': 'true' }, STATUS_ICON[f.status] ?? '?'),
        h(
          'div',
          { class: 'feed-main' },
          h('p', { class: 'feed-name' }, url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, f.title || f.feedId) : f.title || f.feedId, h('span', { class: 'feed-status' }, ` — ${STATUS_TEXT[f.status] ?? f.status}`)),
          h(
            'p',
            { class: 'feed-meta' },
            `last success ${ago(f.lastSuccessAt, now)} · ${num(f.itemsPublished)} articles`,
            f.consecutiveFailures > 0 ? ` · ${f.consecutiveFailures} failure${f.consecutiveFailures === 1 ? '' : 's'} in a row` : '',
            why ? ` · ${why}` : '',
          ),
        ),
      );
    }),
  );
}
