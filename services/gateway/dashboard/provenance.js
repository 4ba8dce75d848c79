// The provenance dialog: what a figure, round or strike was read from. Each source shows the
// evidence sentence with the figure highlighted, the article's title and link, the feed, and
// when it was seen. A modal <dialog>: Esc closes it, focus goes back to what opened it.

import { fill, h } from './dom.js';
import { highlight, safeUrl, timestamp } from './format.js';

let feedTitles = new Map();
let opener = null;

/** Feed ids -> titles, from /v1/feeds (the dialog names feeds by title when it can). */
export function setFeedTitles(feeds) {
  feedTitles = new Map(feeds.map((f) => [f.feedId, f.title]));
}

function dialogEl() {
  return document.getElementById('provenance');
}

export function initProvenance() {
  const dialog = dialogEl();
  dialog.querySelector('.dialog-close').addEventListener('click', () => dialog.close());
  // a click on the backdrop (outside the dialog's box) closes it too
  dialog.addEventListener('click', (e) => {
    if (e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (!inside) dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (opener && opener.isConnected) opener.focus();
    opener = null;
  });
}

function evidence(src, terms) {
  const parts = highlight(src.evidence?.sentence ?? '', terms);
  if (parts.length === 0) return h('p', { class: 'evidence evidence-missing' }, 'No evidence sentence was recorded.');
  return h('blockquote', { class: 'evidence' }, h('p', {}, parts.map((p) => (p.mark ? h('mark', {}, p.text) : p.text))));
}

function sourceCard(src, i, terms) {
  const url = safeUrl(src.url);
  const title = src.title || src.url || src.articleId;
  const feed = feedTitles.get(src.feedId);
  return h(
    'li',
    { class: 'source' },
    h('p', { class: 'source-n' }, `Source ${i + 1}`),
    evidence(src, terms),
    h('p', { class: 'source-title' }, url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : title),
    h(
      'dl',
      { class: 'source-meta' },
      h('div', {}, h('dt', {}, 'Feed'), h('dd', {}, feed ? `${feed} (${src.feedId})` : src.feedId)),
      h('div', {}, h('dt', {}, 'Seen'), h('dd', {}, h('time', { datetime: src.seenAt }, timestamp(src.seenAt)))),
      src.published ? h('div', {}, h('dt', {}, 'Published'), h('dd', {}, h('time', { datetime: src.published }, timestamp(src.published)))) : null,
      h('div', {}, h('dt', {}, 'Confidence'), h('dd', {}, `${Math.round((src.confidence ?? 0) * 100)}%`)),
      h('div', {}, h('dt', {}, 'Claim'), h('dd', {}, h('a', { href: `v1/claims/${encodeURIComponent(src.claimId)}`, class: 'mono' }, src.claimId))),
    ),
  );
}

/**
 * Opens the dialog.
 * @param {{title: string, facts?: [string, string][], sources: object[], terms?: (number|string)[]}} what
 */
export function openProvenance(what) {
  const dialog = dialogEl();
  opener = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
  fill(dialog.querySelector('#prov-title'), what.title);
  const facts = (what.facts ?? []).filter(([, v]) => v !== null && v !== undefined && v !== '');
  const n = what.sources.length;
  fill(
    dialog.querySelector('#prov-body'),
    facts.length ? h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))) : null,
    h('h3', { class: 'sources-head' }, n === 1 ? 'Read in 1 article' : `Read in ${n} articles`),
    n ? h('ol', { class: 'sources' }, what.sources.map((src, i) => sourceCard(src, i, what.terms ?? []))) : h('p', {}, 'No sources were returned for this item.'),
  );
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('.dialog-close').focus();
}
