// Tolls: one chart per party × population × measure, each reporter a line of its own colour
// and dash, every figure a focusable point that opens its sources. Bounds are marked:
// ● exact, ○ about, ▲ more than, ▼ almost.

import { colourOf, dashOf, linear, timeDomain, timeTicks, valueTicks } from './chart.js';
import { h, notice, s, svgButton } from './dom.js';
import { compact, dateValue, figureLabel, figureText, num, partialDate, party, reporterLabel, seriesTitle, timestamp } from './format.js';
import { openProvenance } from './provenance.js';

const W = 640;
const H = 250;
const M = { top: 22, right: 24, bottom: 30, left: 58 };

/** The marker of a bound, drawn at (0,0): its shape tells the bound without colour. */
export function boundMarker(bound, colour, size = 6) {
  switch (bound) {
    case 'at_least':
      return s('path', { d: `M0 ${-size * 1.2} L${size} ${size * 0.8} L${-size} ${size * 0.8} Z`, fill: colour, stroke: '#fff', 'stroke-width': 1.5 });
    case 'at_most':
      return s('path', { d: `M0 ${size * 1.2} L${size} ${-size * 0.8} L${-size} ${-size * 0.8} Z`, fill: colour, stroke: '#fff', 'stroke-width': 1.5 });
    case 'approx':
      return s('circle', { r: size - 1, fill: '#fff', stroke: colour, 'stroke-width': 2.5 });
    default:
      return s('circle', { r: size - 0.5, fill: colour, stroke: '#fff', 'stroke-width': 1.5 });
  }
}

/** The key of the markers, shown once above the charts. */
export function boundKey() {
  const item = (bound, text) =>
    h('li', {}, s('svg', { class: 'key-mark', viewBox: '-8 -8 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, boundMarker(bound, '#444', 6)), text);
  return h('ul', { class: 'bound-key', 'aria-label': 'Marker key' }, item('exact', 'exact'), item('approx', 'about'), item('at_least', 'more than'), item('at_most', 'almost'));
}

function groupKey(sr) {
  return `${sr.party}|${sr.population}|${sr.measure}`;
}

/** Figures of a series: the detail's when fetched, else just the latest from the list. */
function figuresOf(summary, details) {
  const d = details.get(summary.seriesId);
  if (d) return d.figures;
  return summary.latest ? [{ ...summary.latest, change: summary.change }] : [];
}

function openFigure(series, f) {
  const who = reporterLabel(series);
  const change = f.change ? `${f.change.delta >= 0 ? '+' : ''}${num(f.change.delta)}${f.change.percent === null ? '' : ` (${f.change.percent >= 0 ? '+' : ''}${f.change.percent}%)`} since ${partialDate(f.change.fromAsOf)}` : null;
  openProvenance({
    title: `${seriesTitle(series)}: ${figureText(f.value, f.bound)}`,
    facts: [
      ['Reported by', who],
      ['As of', partialDate(f.asOf)],
      ['Scope', f.scope === 'period' ? 'a period count' : 'running total'],
      ['Change', change],
      ['First seen', timestamp(f.firstSeen)],
    ],
    sources: f.sources ?? [],
    terms: [f.value],
  });
}

function pointLabel(series, f) {
  const n = f.sourceCount ?? f.sources?.length ?? 0;
  return `${reporterLabel(series)}: ${figureText(f.value, f.bound)} ${series.population === 'unspecified' ? '' : `${series.population} `}${series.measure}, ${party(series.party)}, as of ${partialDate(f.asOf)}. ${n} source${n === 1 ? '' : 's'}. Open sources.`;
}

function chart(title, lines) {
  const pts = lines.flatMap((l) => l.points);
  const [t0, t1] = timeDomain(pts.map((p) => p.t));
  const { max, ticks } = valueTicks(Math.max(...pts.map((p) => p.f.value)));
  const x = linear(t0, t1, M.left, W - M.right);
  const y = linear(0, max, H - M.bottom, M.top);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'group', 'aria-label': `${title}: figures over time. Each point is a button that opens its sources.` });
  svg.append(s('title', {}, `${title}: figures over time`));
  const grid = s('g', { class: 'grid', 'aria-hidden': 'true' });
  for (const v of ticks) {
    grid.append(s('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
    grid.append(s('text', { x: M.left - 8, y: y(v), class: 'tick tick-y', 'dominant-baseline': 'middle', 'text-anchor': 'end' }, compact(v)));
  }
  for (const tk of timeTicks(t0, t1)) {
    grid.append(s('line', { x1: x(tk.t), x2: x(tk.t), y1: H - M.bottom, y2: H - M.bottom + 5, class: 'tick-mark' }));
    grid.append(s('text', { x: x(tk.t), y: H - M.bottom + 18, class: 'tick tick-x', 'text-anchor': 'middle' }, tk.label));
  }
  grid.append(s('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: 'axis' }));
  svg.append(grid);

  const labelAll = pts.length <= 10;
  // labels sit in a layer of their own above the lines: they never take the pointer from a point
  const labels = s('g', { class: 'labels', 'aria-hidden': 'true' });
  lines.forEach((line, li) => {
    const colour = colourOf(line.index);
    const g = s('g', { class: 'series', 'data-reporter': reporterLabel(line.series) });
    if (line.points.length > 1) {
      const d = line.points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)} ${y(p.f.value).toFixed(1)}`).join(' ');
      g.append(s('path', { d, fill: 'none', stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': dashOf(line.index) || null, 'stroke-linejoin': 'round', 'aria-hidden': 'true' }));
    }
    line.points.forEach((p, i) => {
      const px = x(p.t);
      const py = y(p.f.value);
      const pt = s('g', { class: 'pt', transform: `translate(${px.toFixed(1)} ${py.toFixed(1)})`, 'data-figure': p.f.figureId, 'data-value': p.f.value });
      pt.append(s('circle', { r: 13, class: 'hit' }), s('circle', { r: 11, class: 'halo' }), boundMarker(p.f.bound, colour));
      pt.append(s('title', {}, `${reporterLabel(line.series)}: ${figureText(p.f.value, p.f.bound)} (${partialDate(p.f.asOf)})`));
      if (labelAll || i === line.points.length - 1) {
        const below = li % 2 === 1 && py < H - M.bottom - 30;
        const anchor = px > W - M.right - 40 ? 'end' : px < M.left + 40 ? 'start' : 'middle';
        labels.append(s('text', { class: 'pt-label', x: px.toFixed(1), y: (py + (below ? 22 : -12)).toFixed(1), 'text-anchor': anchor }, figureLabel(p.f.value, p.f.bound)));
      }
      svgButton(pt, pointLabel(line.series, p.f), () => openFigure(line.series, p.f));
      g.append(pt);
    });
    svg.append(g);
  });
  svg.append(labels);
  return svg;
}

function legend(lines) {
  return h(
    'ul',
    { class: 'legend' },
    lines.map((line) => {
      const first = line.points[0]?.f;
      const last = line.points.at(-1)?.f ?? line.latest;
      const colour = colourOf(line.index);
      return h(
        'li',
        {},
        s(
          'svg',
          { class: 'swatch', viewBox: '0 0 28 12', width: 28, height: 12, 'aria-hidden': 'true' },
          s('line', { x1: 1, x2: 27, y1: 6, y2: 6, stroke: colour, 'stroke-width': 3, 'stroke-dasharray': dashOf(line.index) || null }),
        ),
        h('span', { class: 'legend-name' }, reporterLabel(line.series)),
        last
          ? h(
              'span',
              { class: 'legend-span' },
              first && first !== last ? `${figureText(first.value, first.bound)} (${partialDate(first.asOf)}) → ` : '',
              h('strong', {}, figureText(last.value, last.bound)),
              ` (${partialDate(last.asOf)})`,
            )
          : null,
      );
    }),
  );
}

/** Figures that are not on the chart (period counts, undated ones), still one click from their sources. */
function offChart(items) {
  if (items.length === 0) return null;
  return h(
    'div',
    { class: 'off-chart' },
    h('p', { class: 'off-chart-head' }, 'Not on the chart'),
    h(
      'ul',
      { class: 'chips' },
      items.map(({ series, f }) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'chip', 'data-figure': f.figureId, 'aria-label': pointLabel(series, f), onclick: () => openFigure(series, f) },
            h('strong', {}, figureText(f.value, f.bound)),
            ` ${f.scope === 'period' ? 'in a period' : 'undated'} · ${partialDate(f.asOf)} · ${reporterLabel(series)}`,
          ),
        ),
      ),
    ),
  );
}

/** The data of a chart as a table for screen readers (visually hidden). */
function dataTable(title, lines) {
  return h('div', { class: 'sr-only' }, dataTableOf(title, lines));
}

function dataTableOf(title, lines) {
  return h(
    'table',
    {},
    h('caption', {}, `${title} (data of the chart)`),
    h('thead', {}, h('tr', {}, ['Reported by', 'As of', 'Figure', 'Sources'].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      lines.flatMap((line) =>
        line.points.map((p) =>
          h('tr', {}, h('td', {}, reporterLabel(line.series)), h('td', {}, partialDate(p.f.asOf)), h('td', {}, figureText(p.f.value, p.f.bound)), h('td', {}, String(p.f.sourceCount ?? p.f.sources?.length ?? 0))),
        ),
      ),
    ),
  );
}

function cardSub(group, lines) {
  const n = lines.reduce((a, l) => a + l.points.length, 0);
  const reporters = group.length;
  const latest = lines.flatMap((l) => l.points).sort((a, b) => b.t - a.t)[0];
  return `${reporters} reporter${reporters === 1 ? '' : 's'} · ${n} figure${n === 1 ? '' : 's'}${latest ? ` · latest as of ${partialDate(latest.f.asOf)}` : ''}`;
}

function card(group, details) {
  const title = seriesTitle(group[0]);
  const lines = [];
  const extra = [];
  group.forEach((series, index) => {
    const figs = figuresOf(series, details);
    const points = [];
    for (const f of figs) {
      const t = dateValue(f.asOf);
      if (f.scope === 'cumulative' && t !== null) points.push({ t, f });
      else extra.push({ series, f });
    }
    points.sort((a, b) => a.t - b.t);
    lines.push({ series, index, points, latest: series.latest });
  });
  const charted = lines.filter((l) => l.points.length > 0);
  return h(
    'article',
    { class: 'card toll-card', 'data-group': groupKey(group[0]) },
    h('h3', {}, title),
    h('p', { class: 'card-sub' }, cardSub(group, lines)),
    charted.length ? chart(title, charted) : h('p', { class: 'muted' }, 'No dated running totals to draw yet.'),
    legend(lines),
    offChart(extra),
    charted.length ? dataTable(title, charted) : null,
  );
}

/** The tolls section body: one card per party × population × measure. */
export function renderTolls(summaries, details) {
  if (summaries.length === 0) {
    return notice('empty', 'No toll figures yet.', 'Casualty figures appear here once the pipeline has read them in articles from the feeds below.');
  }
  const groups = new Map();
  for (const sr of summaries) {
    const k = groupKey(sr);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(sr);
  }
  // charts with several reporters side by side first: they say the most
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  return h('div', { class: 'cards' }, ordered.map((g) => card(g, details)));
}

/**
 * The headline figures: per party × population × measure, the latest running total of the
 * reporter who spoke last, biggest first (at most `max`). [{series, figure}]
 */
export function tollHighlights(summaries, max = 4) {
  const best = new Map();
  for (const sr of summaries) {
    const f = sr.latest;
    if (!f || f.scope !== 'cumulative') continue;
    const k = groupKey(sr);
    const cur = best.get(k);
    if (!cur || (dateValue(f.asOf) ?? 0) > (dateValue(cur.figure.asOf) ?? 0)) best.set(k, { series: sr, figure: f });
  }
  return [...best.values()].sort((a, b) => b.figure.value - a.figure.value).slice(0, max);
}

/** A headline figure as a button that opens its sources. */
export function highlightButton({ series, figure }) {
  return h(
    'button',
    { type: 'button', class: 'headline', 'data-figure': figure.figureId, 'aria-label': pointLabel(series, figure), onclick: () => openFigure(series, figure) },
    h('span', { class: 'headline-value' }, figureText(figure.value, figure.bound)),
    h('span', { class: 'headline-what' }, seriesTitle(series)),
    h('span', { class: 'headline-who' }, `${reporterLabel(series)} · ${partialDate(figure.asOf)}`),
  );
}
