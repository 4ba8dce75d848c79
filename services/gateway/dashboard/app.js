// The dashboard's entry point: loads the read models from the public /v1 API, draws each
// section, and stays live without a reload: it refreshes when the claims stream (v1/stream,
// live.js) says claims were projected, and polls (ETag / If-None-Match, every 15 s by default)
// only while the stream is unavailable, besides a slow check of feed health. Only the
// sections whose data changed are drawn again.

import { ApiError, getAll, getJson } from './api.js';
import { followClaims } from './live.js';
import { fill, h, notice } from './dom.js';
import { num } from './format.js';
import { feedSummary, renderFeeds } from './feeds.js';
import { loadOutline } from './map.js';
import { initProvenance, setFeedTitles } from './provenance.js';
import { filterForm, filterOptions, filterQuery, renderStrikes, setFilterOptions } from './strikes.js';
import { renderTalks, statusKey } from './talks.js';
import { boundKey, highlightButton, renderTolls, tollHighlights } from './tolls.js';

const params = new URLSearchParams(location.search);
const REFRESH_S = Math.min(600, Math.max(2, Number(params.get('refresh')) || 15));
/** While the stream is open, claims arrive on it; this slow refresh keeps feed health current. */
const STREAMING_REFRESH_S = Math.max(REFRESH_S, 300);
/** ?live=0: poll only (no stream). */
const STREAM = params.get('live') !== '0';
/** Details (every figure, every round) are fetched again when their list changed, and at least this often. */
const FULL_EVERY = 8;

const state = {
  tolls: null,
  tollDetails: new Map(),
  talks: null,
  trackDetails: new Map(),
  strikesAll: null,
  strikes: null,
  summary: null,
  /** the strikes map's outline of countries (a static file, fetched once it loads) */
  outline: null,
  feeds: null,
  filter: { targetType: '', attacker: '', location: '', from: '', to: '' },
  strikesError: null,
  errors: [],
  polls: 0,
  changedAt: null,
  checkedAt: null,
  timer: null,
  running: false,
  /** 'stream' while the claims stream is open, else 'polling'. */
  mode: 'polling',
  /** Claims arrived during a refresh (or while the page was hidden): refresh again. */
  again: false,
};

const $ = (id) => document.getElementById(id);

/** Runs fn over items, at most `limit` at a time. */
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Fetches the detail of each id into map (dropping ids no longer listed); true if any changed. */
async function loadDetails(ids, map, pathOf) {
  let changed = false;
  for (const id of [...map.keys()]) {
    if (!ids.includes(id)) {
      map.delete(id);
      changed = true;
    }
  }
  await mapLimit(ids, 4, async (id) => {
    try {
      const r = await getJson(pathOf(id));
      if (r.changed || !map.has(id)) changed = true;
      map.set(id, r.body);
    } catch (err) {
      // a series that vanished between the list and its detail: the next poll sorts it out
      if (!(err instanceof ApiError && err.status === 404)) throw err;
    }
  });
  return changed;
}

/** Keeps keyboard focus on the same figure, round or strike when a section is drawn again. */
function keepFocus(container, draw) {
  const a = document.activeElement;
  const key = a && container.contains(a) ? ['data-figure', 'data-round', 'data-strike'].map((k) => [k, a.getAttribute(k) ?? a.closest(`[${k}]`)?.getAttribute(k)]).find(([, v]) => v) : null;
  // a strike is both a point on the map and a row of the table: focus returns to the one it was on
  const onMap = Boolean(a?.closest('.strike-map'));
  draw();
  if (!key) return;
  const same = [...container.querySelectorAll(`[${key[0]}="${CSS.escape(key[1])}"]`)].find((el) => Boolean(el.closest('.strike-map')) === onMap);
  same?.focus();
}

function errorNotice(what, err) {
  const unreachable = err instanceof ApiError && err.status === 0;
  return notice('error', `${what} could not be loaded${unreachable ? ': the API cannot be reached' : ''}.`, String(err?.message ?? err));
}

// ---------- sections ----------

function drawOverview() {
  const el = $('overview-body');
  const cards = [];
  if (state.tolls) for (const hl of tollHighlights(state.tolls)) cards.push(highlightButton(hl));
  const strip = [];
  if (state.talks) {
    const exchanged = state.talks.reduce((a, t) => a + t.totals.prisonersExchanged, 0);
    const held = state.talks.reduce((a, t) => a + t.totals.rounds.held, 0);
    strip.push(h('a', { class: 'glance', href: '#talks' }, h('strong', {}, num(held)), ` round${held === 1 ? '' : 's'} of talks held · `, h('strong', {}, num(exchanged)), ' prisoners exchanged'));
  }
  if (state.summary) {
    const t = state.summary.totals;
    strip.push(h('a', { class: 'glance', href: '#strikes' }, h('strong', {}, num(t.strikes)), ` strike${t.strikes === 1 ? '' : 's'} · `, h('strong', {}, num(t.killed)), ' killed · ', h('strong', {}, num(t.injured)), ' injured'));
  }
  if (state.feeds) strip.push(h('a', { class: `glance ${state.feeds.some((f) => f.status === 'failing') || state.feedsConfig?.rejectedReload ? 'glance-warn' : ''}`, href: '#feeds' }, feedSummary(state.feeds, state.feedsConfig)));
  const nothing = state.tolls && state.talks && state.strikesAll && state.tolls.length === 0 && state.talks.length === 0 && state.strikesAll.length === 0;
  keepFocus(el, () =>
    fill(
      el,
      nothing
        ? notice(
            'empty',
            'Nothing has been read yet.',
            'claimwire turns war news into sourced figures: casualty tolls, talks and strikes. As soon as the feeds deliver articles and the pipeline reads them, the numbers appear here on their own — no reload needed.',
          )
        : null,
      cards.length ? h('div', { class: 'headlines' }, cards) : null,
      strip.length && !nothing ? h('p', { class: 'glances' }, strip) : null,
      !state.tolls && !state.talks && !state.summary && !state.feeds && state.errors.length
        ? notice('error', 'Nothing could be loaded yet.', 'The figures appear here as soon as the API answers; the page keeps trying on its own.')
        : null,
    ),
  );
}

function drawTolls(err) {
  const el = $('tolls-body');
  if (!state.tolls) return fill(el, err ? errorNotice('Tolls', err) : loading());
  keepFocus(el, () => fill(el, renderTolls(state.tolls, state.tollDetails)));
}

function drawTalks(err) {
  const el = $('talks-body');
  if (!state.talks) return fill(el, err ? errorNotice('Talks', err) : loading());
  keepFocus(el, () => fill(el, renderTalks(state.talks, state.trackDetails)));
}

let form = null;
function drawStrikes(err) {
  const el = $('strikes-body');
  const formSlot = $('strikes-form');
  if (state.strikesAll) {
    const opts = filterOptions(state.strikesAll);
    if (!form) {
      form = filterForm(state.filter, opts, onFilter);
      fill(formSlot, form);
    } else setFilterOptions(form, opts);
  }
  if (state.strikesAll && state.strikesAll.length === 0 && !hasFilter()) {
    formSlot.hidden = true;
  } else if (form) formSlot.hidden = false;
  if (state.strikesError) return fill(el, errorNotice('Strikes', state.strikesError));
  if (!state.strikes || !state.summary) return fill(el, err ? errorNotice('Strikes', err) : loading());
  keepFocus(el, () => fill(el, renderStrikes(state.strikes, state.summary, hasFilter(), state.outline)));
}

function drawFeeds(err) {
  const el = $('feeds-body');
  if (!state.feeds) return fill(el, err ? errorNotice('Feeds', err) : loading());
  fill(el, renderFeeds(state.feeds, Date.now(), state.feedsConfig));
}

function loading() {
  return h('p', { class: 'loading' }, 'Loading…');
}

// ---------- loading ----------

const hasFilter = () => filterQuery(state.filter) !== '';

/** The strikes list and weekly summary under the current filter. */
async function loadStrikes() {
  const q = filterQuery(state.filter);
  const [page, summary] = await Promise.all([getAll(`v1/strikes?${q ? `${q}&` : ''}limit=500`, 2), getJson(`v1/strikes/summary${q ? `?${q}` : ''}`)]);
  // the filter changed while this loaded (two fields in quick succession): the newer load's answer
  // stands, whichever of them the API answered last
  if (filterQuery(state.filter) !== q) return false;
  state.strikes = page.body;
  state.summary = summary.body;
  return page.changed || summary.changed;
}

async function onFilter(filter) {
  state.filter = filter;
  $('strikes-body').setAttribute('aria-busy', 'true');
  try {
    await loadStrikes();
    state.strikesError = null;
  } catch (err) {
    state.strikesError = err;
  } finally {
    $('strikes-body').removeAttribute('aria-busy');
  }
  drawStrikes();
  drawOverview();
}

async function refresh() {
  if (state.running) return;
  state.running = true;
  document.body.dataset.loading = 'true';
  const full = state.polls % FULL_EVERY === 0;
  const errors = [];
  const step = async (name, fn) => {
    try {
      return { changed: await fn() };
    } catch (err) {
      errors.push(err);
      return { err };
    }
  };
  const [tolls, talks, strikes, feeds] = await Promise.all([
    step('tolls', async () => {
      const r = await getAll('v1/tolls?limit=500');
      state.tolls = r.body.items;
      const d = r.changed || full ? await loadDetails(state.tolls.map((sr) => sr.seriesId), state.tollDetails, (id) => `v1/tolls/${encodeURIComponent(id)}`) : false;
      return r.changed || d;
    }),
    step('talks', async () => {
      const r = await getAll('v1/talks?limit=500');
      state.talks = r.body.items;
      const d = r.changed || full ? await loadDetails(state.talks.map((t) => t.trackId), state.trackDetails, (id) => `v1/talks/${encodeURIComponent(id)}`) : false;
      return r.changed || d;
    }),
    step('strikes', async () => {
      const all = await getAll('v1/strikes?limit=500', 2);
      state.strikesAll = all.body.items;
      let changed = all.changed;
      if (!state.outline) {
        // the map draws its points without the outline until it loads (a later refresh retries)
        state.outline = await loadOutline().catch(() => null);
        if (state.outline) changed = true;
      }
      try {
        changed = (await loadStrikes()) || changed;
        if (state.strikesError) changed = true;
        state.strikesError = null;
      } catch (err) {
        // a filter the API refuses (e.g. from after to) shows in the section; other sections go on
        if (err instanceof ApiError && err.status === 400) state.strikesError = err;
        else throw err;
      }
      return changed;
    }),
    step('feeds', async () => {
      const r = await getJson('v1/feeds');
      state.feeds = r.body.items;
      state.feedsConfig = r.body.config ?? null;
      setFeedTitles(state.feeds);
      return r.changed;
    }),
  ]);
  const first = state.polls === 0;
  state.polls += 1;
  state.errors = errors;
  state.checkedAt = new Date();
  const anyChanged = [tolls, talks, strikes, feeds].some((r) => r.changed);
  if (anyChanged || (first && errors.length === 0)) state.changedAt = state.checkedAt;
  if (tolls.changed || tolls.err || first) drawTolls(tolls.err);
  if (talks.changed || talks.err || first) drawTalks(talks.err);
  if (strikes.changed || strikes.err || first) drawStrikes(strikes.err);
  if (feeds.changed || feeds.err || first) drawFeeds(feeds.err);
  if (anyChanged || errors.length || first) drawOverview();
  drawStatus();
  state.running = false;
  document.body.dataset.loading = 'false';
  document.body.dataset.refreshes = String(state.polls);
  document.body.dataset.state = errors.length ? 'error' : 'ready';
  if (state.again && !document.hidden) {
    state.again = false;
    refresh().then(schedule);
  }
}

/** Claims were projected (the stream said so): refresh now, or once the running refresh ends. */
function onClaims() {
  if (state.running || document.hidden) state.again = true;
  else refresh().then(schedule);
}

function onMode(mode) {
  if (mode === state.mode) return;
  state.mode = mode;
  document.body.dataset.live = mode;
  $('refresh-every').textContent = mode === 'stream' ? `when claims arrive, and every ${STREAMING_REFRESH_S} s` : `${REFRESH_S} s`;
  drawStatus();
  schedule();
  // whatever was projected before the stream opened is read now (cheap: unchanged lists are 304s)
  if (mode === 'stream') onClaims();
}

// ---------- live status ----------

const clock = (d) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function drawStatus() {
  const el = $('status-text');
  const banner = $('banner');
  const e = state.errors[0];
  if (e) {
    const unreachable = e instanceof ApiError && e.status === 0;
    fill(
      banner,
      h('strong', {}, unreachable ? 'The claimwire API cannot be reached.' : 'The claimwire API answered with an error.'),
      ` ${e.message}. `,
      state.changedAt && (state.tolls || state.feeds) ? `Showing what was loaded at ${clock(state.changedAt)}. ` : '',
      `Trying again every ${REFRESH_S} s.`,
    );
    banner.hidden = false;
  } else banner.hidden = true;
  $('status-dot').className = `dot ${e ? 'dot-error' : 'dot-live'}`;
  $('status-dot').title = state.mode === 'stream' ? 'Following new claims as they are read' : `Checking every ${REFRESH_S} s`;
  fill(
    el,
    e ? (e instanceof ApiError && e.status === 0 ? 'Offline' : 'API error') : 'Live',
    state.changedAt ? [' · updated ', h('time', { datetime: state.changedAt.toISOString(), id: 'updated-at' }, clock(state.changedAt))] : '',
    state.checkedAt ? h('span', { class: 'checked' }, ` · checked ${clock(state.checkedAt)}`) : '',
  );
}

function schedule() {
  clearTimeout(state.timer);
  // told to slow down (429): wait a minute before asking again
  const throttled = state.errors.some((e) => e instanceof ApiError && e.status === 429);
  state.timer = setTimeout(async () => {
    if (!document.hidden) await refresh();
    schedule();
  }, Math.max(state.mode === 'stream' ? STREAMING_REFRESH_S : REFRESH_S, throttled ? 60 : 0) * 1000);
}

function start() {
  initProvenance();
  fill($('tolls-key'), boundKey());
  fill($('talks-key'), statusKey());
  $('refresh-now').addEventListener('click', async () => {
    await refresh();
    schedule();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) return;
    const missed = state.again || (state.checkedAt && Date.now() - state.checkedAt.getTime() > (state.mode === 'stream' ? STREAMING_REFRESH_S : REFRESH_S) * 1000);
    state.again = false;
    if (missed) refresh().then(schedule);
  });
  $('refresh-every').textContent = `${REFRESH_S} s`;
  document.body.dataset.live = state.mode;
  refresh().finally(() => {
    schedule();
    if (STREAM) followClaims(onClaims, onMode);
  });
}

// a programming error must never leave the page blank or stale without saying so
window.addEventListener('error', (e) => showFatal(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => showFatal(e.reason));
function showFatal(err) {
  const banner = $('banner');
  fill(banner, h('strong', {}, 'Something went wrong in the dashboard. '), String(err?.message ?? err), ' Reload the page to try again.');
  banner.hidden = false;
}

start();

