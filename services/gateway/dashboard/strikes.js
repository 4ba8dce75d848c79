// Strikes: a filter form (target type, attacker, location, dates) that queries the API, the
// killed and injured totals over the filter, a weekly bar chart per target type, a map
// (map.js), and a table; every row and every point on the map opens its sources.

import { linear } from './chart.js';
import { strikeMap } from './map.js';
import { h, notice, s } from './dom.js';
import { num, partialDate, party, words } from './format.js';
import { openProvenance } from './provenance.js';

export const TARGET_TYPES = ['energy', 'residential', 'transport', 'port', 'industrial', 'military', 'healthcare', 'government', 'unspecified'];
export const FILTER_KEYS = ['targetType', 'attacker', 'location', 'from', 'to'];

/** The query string of a filter, keys in a fixed order, empty values left out. */
export function filterQuery(filter) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = (filter[k] ?? '').trim();
    if (v) p.set(k, v);
  }
  return p.toString();
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortDay = (t) => {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
};

function strikeTitle(st) {
  const where = st.locations.length ? st.locations.join(', ') : 'an unreported place';
  return `Strike on ${where} · ${partialDate(st.date)}`;
}

function openStrike(st) {
  openProvenance({
    title: strikeTitle(st),
    facts: [
      ['Attacker', st.attacker ? party(st.attacker) : 'not reported'],
      ['Target', st.target ? party(st.target) : 'not reported'],
      ['Target type', words(st.targetType)],
      ['Weapons', st.weapons.length ? st.weapons.map(words).join(', ') : 'not reported'],
      ['Killed', num(st.killed)],
      ['Injured', num(st.injured)],
    ],
    sources: st.sources ?? [],
    terms: [st.killed, st.injured, ...st.locations].filter((v) => v !== null && v !== undefined),
  });
}

/** The filter form. onChange(filter) runs when a field changes (location: after typing pauses). */
export function filterForm(filter, options, onChange) {
  const read = (form) => Object.fromEntries(FILTER_KEYS.map((k) => [k, form.elements.namedItem(k)?.value ?? '']));
  let timer = null;
  const field = (label, control) => h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control);
  const select = (name, values, labelOf) =>
    h('select', { name }, h('option', { value: '' }, 'all'), values.map((v) => h('option', { value: v, selected: filter[name] === v }, labelOf(v))));
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter strikes', onsubmit: (e) => e.preventDefault() },
    field('Target type', select('targetType', TARGET_TYPES, words)),
    field('Attacker', select('attacker', options.attackers, party)),
    field('Location', h('input', { name: 'location', type: 'search', value: filter.location ?? '', list: 'strike-locations', placeholder: 'e.g. Odesa', autocomplete: 'off', maxlength: 200 })),
    h('datalist', { id: 'strike-locations' }, options.locations.map((l) => h('option', { value: l }))),
    field('From', h('input', { name: 'from', type: 'date', value: filter.from ?? '' })),
    field('To', h('input', { name: 'to', type: 'date', value: filter.to ?? '' })),
    h('button', { type: 'reset', class: 'btn-quiet' }, 'Clear'),
  );
  form.addEventListener('change', () => {
    clearTimeout(timer);
    onChange(read(form));
  });
  form.addEventListener('input', (e) => {
    if (e.target.name !== 'location') return;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(read(form)), 350);
  });
  form.addEventListener('reset', () => setTimeout(() => onChange(read(form)), 0));
  return form;
}

function totalsBlock(totals) {
  const big = (label, v, cls) => h('div', { class: `big ${cls}` }, h('dd', {}, num(v)), h('dt', {}, label));
  return h('dl', { class: 'bigs', 'aria-label': 'Totals over the filter' }, big('strikes', totals.strikes, 'big-strikes'), big('killed', totals.killed, 'big-killed'), big('injured', totals.injured, 'big-injured'));
}

/** Small multiples: one row of weekly bars per target type, on a shared week axis. */
export function weeklyChart(summary, note = null) {
  const weeks = summary.weeks ?? [];
  if (weeks.length === 0) return null;
  const ts = weeks.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`));
  const first = Math.min(...ts);
  const last = Math.max(...ts);
  const n = Math.round((last - first) / (7 * DAY)) + 1;
  const byType = new Map();
  for (const w of weeks) {
    if (!byType.has(w.targetType)) byType.set(w.targetType, []);
    byType.get(w.targetType).push(w);
  }
  const types = [...byType.entries()].map(([type, ws]) => ({ type, ws, total: ws.reduce((a, w) => a + w.strikes, 0) })).sort((a, b) => b.total - a.total || a.type.localeCompare(b.type));
  const maxBar = Math.max(...weeks.map((w) => w.strikes));
  const W = 880;
  const L = 150;
  const R = 16;
  const ROW = 44;
  const TOP = 8;
  const H = TOP + types.length * ROW + 26;
  const slot = (W - L - R) / n;
  const bw = Math.max(2, Math.min(36, slot * 0.72));
  const xOf = (t) => L + ((t - first) / (7 * DAY)) * slot + (slot - bw) / 2;
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart weekly',
    role: 'img',
    'aria-label': `Strikes per week by target type, ${n} week${n === 1 ? '' : 's'} from the week of ${shortDay(first)}: ${types.map((t) => `${words(t.type)} ${t.total}`).join(', ')}.`,
  });
  types.forEach((t, i) => {
    const y0 = TOP + i * ROW;
    const y = linear(0, maxBar, y0 + ROW - 8, y0 + 6);
    const g = s('g', { class: 'weekly-row', 'data-type': t.type });
    g.append(s('text', { x: L - 10, y: y0 + ROW - 12, class: 'row-label', 'text-anchor': 'end' }, `${words(t.type)} (${t.total})`));
    g.append(s('line', { x1: L, x2: W - R, y1: y0 + ROW - 8, y2: y0 + ROW - 8, class: 'axis' }));
    for (const w of t.ws) {
      const tx = Date.parse(`${w.weekStart}T00:00:00Z`);
      const top = y(w.strikes);
      const bar = s('rect', { x: xOf(tx).toFixed(1), y: top.toFixed(1), width: bw.toFixed(1), height: (y0 + ROW - 8 - top).toFixed(1), class: 'bar', rx: 2 });
      bar.append(s('title', {}, `Week of ${shortDay(tx)}: ${w.strikes} ${words(t.type)} strike${w.strikes === 1 ? '' : 's'}, ${w.killed} killed, ${w.injured} injured`));
      g.append(bar);
    }
    svg.append(g);
  });
  const every = Math.max(1, Math.ceil(n / 8));
  for (let i = 0; i < n; i += every) {
    const t = first + i * 7 * DAY;
    svg.append(s('text', { x: (xOf(t) + bw / 2).toFixed(1), y: H - 8, class: 'tick tick-x', 'text-anchor': 'middle', 'aria-hidden': 'true' }, shortDay(t)));
  }
  const table = h(
    'div',
    { class: 'sr-only' },
    h(
    'table',
    {},
    h('caption', {}, 'Strikes per week and target type'),
    h('thead', {}, h('tr', {}, ['Week of', 'Target type', 'Strikes', 'Killed', 'Injured'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, weeks.map((w) => h('tr', {}, h('td', {}, w.weekStart), h('td', {}, words(w.targetType)), h('td', {}, String(w.strikes)), h('td', {}, String(w.killed)), h('td', {}, String(w.injured))))),
    ),
  );
  return h('figure', { class: 'weekly-fig' }, svg, table, h('figcaption', { class: 'muted' }, 'Strikes per week (weeks start on Monday), one row per target type.', note ? ` ${note}` : ''));
}

function table(items, totalCount) {
  if (items.length === 0) return notice('empty', 'No strike matches these filters.', 'Clear a filter to see more.');
  const head = ['Date', 'Where', 'Target', 'Attacker → target', 'Weapons', 'Killed', 'Injured', 'Sources'];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'strikes-table' },
      h('caption', { class: 'sr-only' }, `Strikes, newest first: ${items.length}${totalCount > items.length ? ` of ${totalCount}` : ''}`),
      h('thead', {}, h('tr', {}, head.map((c, i) => h('th', { scope: 'col', class: i >= 5 ? 'n' : null }, c)))),
      h(
        'tbody',
        {},
        items.map((st) =>
          h(
            'tr',
            { 'data-strike': st.strikeId, onclick: (e) => (e.target.closest('button, a') ? null : openStrike(st)) },
            h('td', {}, h('button', { type: 'button', class: 'link-btn', 'aria-label': `${strikeTitle(st)}: open sources`, onclick: () => openStrike(st) }, partialDate(st.date))),
            h('td', { class: 'where' }, st.locations.join(', ') || '—'),
            h('td', {}, h('span', { class: `tag tag-${st.targetType}` }, words(st.targetType))),
            h('td', {}, `${st.attacker ? party(st.attacker) : '?'} → ${st.target ? party(st.target) : '?'}`),
            h('td', {}, st.weapons.map(words).join(', ') || '—'),
            h('td', { class: 'n' }, num(st.killed)),
            h('td', { class: 'n' }, num(st.injured)),
            h('td', { class: 'n' }, String(st.sourceCount ?? st.sources?.length ?? 0)),
          ),
        ),
      ),
    ),
    totalCount > items.length ? h('p', { class: 'muted' }, `Showing the newest ${items.length} of ${num(totalCount)} strikes.`) : null,
  );
}

/** Updates the attacker choices and location suggestions of a rendered form, keeping what is chosen. */
export function setFilterOptions(form, options) {
  const sel = form.elements.namedItem('attacker');
  const chosen = sel.value;
  const values = [...new Set([...options.attackers, ...(chosen ? [chosen] : [])])].sort();
  sel.replaceChildren(h('option', { value: '' }, 'all'), ...values.map((v) => h('option', { value: v }, party(v))));
  sel.value = chosen;
  form.querySelector('datalist').replaceChildren(...options.locations.map((l) => h('option', { value: l })));
}

/** What the filter form offers: attackers and locations seen in the unfiltered list. */
export function filterOptions(all) {
  const attackers = [...new Set(all.map((st) => st.attacker).filter(Boolean))].sort();
  const locations = [...new Set(all.flatMap((st) => st.locations))].sort((a, b) => a.localeCompare(b));
  return { attackers, locations };
}

/**
 * The strikes section body below the form.
 * @param {{items: object[], totals: object}} page  the filtered list
 * @param {object} summary  the filtered weekly summary
 * @param {boolean} filtered  whether any filter is set
 * @param {object|null} outline  the map's outline of countries (null: not loaded)
 */
export function renderStrikes(page, summary, filtered, outline = null) {
  if (!filtered && page.items.length === 0) {
    return notice('empty', 'No strikes yet.', 'Attacks on cities, energy and ports appear here once articles report them.');
  }
  const note = summary.notInWeeks ? `${summary.notInWeeks} strike${summary.notInWeeks === 1 ? '' : 's'} without an exact day ${summary.notInWeeks === 1 ? 'is' : 'are'} in the totals but not in the weekly chart.` : null;
  return h(
    'div',
    { class: 'strikes-body' },
    h('div', { class: 'strikes-summary' }, totalsBlock(page.totals), weeklyChart(summary, note) ?? (note ? h('p', { class: 'muted' }, note) : null)),
    page.items.length ? strikeMap(page.items, outline, openStrike) : null,
    table(page.items, page.totals.strikes),
  );
}

