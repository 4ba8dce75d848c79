// Feeds: each configured feed and its health, as ingest last recorded it (GET /v1/feeds).

import { h, notice } from './dom.js';
import { ago, num, safeUrl } from './format.js';

const STATUS_TEXT = { ok: 'healthy', failing: 'failing', paused: 'paused', pending: 'not polled yet' };
const STATUS_ICON = { ok: '✓', failing: '✕', paused: '‖', pending: '…' };

export function feedSummary(feeds) {
  if (feeds.length === 0) return 'no feeds configured';
  const failing = feeds.filter((f) => f.status === 'failing').length;
  return failing ? `${feeds.length} feeds, ${failing} failing` : `${feeds.length} feed${feeds.length === 1 ? '' : 's'}, all healthy`;
}

export function renderFeeds(feeds, now = Date.now()) {
  if (feeds.length === 0) return notice('empty', 'No feeds configured.', 'Add feeds to config/feeds and start ingest.');
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
