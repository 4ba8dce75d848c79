// The strikes map: each strike of the filtered list as a point at its best-resolved place
// (the API's `location`), sized by casualties and coloured by target type, over the outline
// of Ukraine and its neighbours (dashboard/outline.json, made by the gateway from world-atlas),
// projected with d3-geo. Every point is a button: click, Enter or Space opens its sources.

import { geoConicConformal, geoPath } from './d3-geo.js';
import { h, s, svgButton } from './dom.js';
import { num, partialDate, words } from './format.js';

/** Okabe–Ito colours (safe for colour-blind readers), one per target type. */
export const TYPE_COLOURS = {
  energy: '#E69F00',
  residential: '#D55E00',
  transport: '#56B4E9',
  port: '#0072B2',
  industrial: '#CC79A7',
  military: '#009E73',
  healthcare: '#F0E442',
  government: '#3D3D3D',
  unspecified: '#999999',
};

const W = 880;
const H = 560;
/** What the map frames: Ukraine with a margin ([lon, lat] corners). */
const FRAME = { type: 'MultiPoint', coordinates: [[21.5, 44.0], [40.5, 44.0], [21.5, 52.6], [40.5, 52.6]] };

let outline = null;
/** The outline, fetched once (a static file of the gateway: it never changes while the page is open). */
export async function loadOutline() {
  outline ??= fetch('dashboard/outline.json')
    .then((r) => {
      if (!r.ok) throw new Error(`outline: HTTP ${r.status}`);
      return r.json();
    })
    .catch((err) => {
      outline = null; // the next refresh tries again
      throw err;
    });
  return outline;
}

/** A legend's colour dot (an SVG fill: the page's CSP allows no inline styles). */
const swatch = (type) => s('svg', { class: 'swatch', width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true' }, s('circle', { cx: 6, cy: 6, r: 5, fill: TYPE_COLOURS[type] ?? TYPE_COLOURS.unspecified }));

/** Casualties that size a point: killed and injured as the strike's latest report gives them. */
const casualties = (st) => (st.killed ?? 0) + (st.injured ?? 0);

/** Radius by area: a point's area grows with its casualties, from 4 px (none reported) to 24 px (the most on the map). */
export function radius(c, max) {
  return max > 0 ? 4 + 20 * Math.sqrt(c / max) : 4;
}

/** What a screen reader says of a point, and what its tooltip shows. */
export function pointLabel(st) {
  const toll = [st.killed === null ? null : `${num(st.killed)} killed`, st.injured === null ? null : `${num(st.injured)} injured`].filter(Boolean).join(', ');
  return `Strike on ${st.location.place}, ${partialDate(st.date)}: ${words(st.targetType)}${toll ? `, ${toll}` : ', no casualties reported'}. Open sources.`;
}

/**
 * The map figure for a list of strikes.
 * @param {object[]} items  strikes of the current filter (with `location`)
 * @param {object|null} countries  the outline (null: not loaded, points drawn without it)
 * @param {(st: object) => void} onOpen  opens a strike's sources
 */
export function strikeMap(items, countries, onOpen) {
  const placed = items.filter((st) => st.location);
  const projection = geoConicConformal().parallels([45, 51]).rotate([-31, 0]).fitExtent([[12, 12], [W - 12, H - 12]], FRAME);
  const path = geoPath(projection);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'strike-map',
    role: 'group',
    'aria-label': `Map of ${placed.length} strike${placed.length === 1 ? '' : 's'} over Ukraine and its neighbours; each point opens its sources.`,
  });
  svg.append(s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  const land = s('g', { class: 'countries', 'aria-hidden': 'true' });
  for (const f of countries?.features ?? []) {
    land.append(s('path', { d: path(f), class: f.properties.focus ? 'country focus' : 'country', 'data-country': f.properties.name }));
  }
  svg.append(land);
  const names = s('g', { class: 'country-names', 'aria-hidden': 'true' });
  for (const [name, lon, lat] of [['UKRAINE', 31.5, 49.2], ['RUSSIA', 39.6, 52.2], ['BELARUS', 28.0, 52.4], ['MOLDOVA', 28.6, 47.35], ['ROMANIA', 24.6, 45.9], ['POLAND', 22.4, 51.8]]) {
    const [x, y] = projection([lon, lat]);
    names.append(s('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': 'middle', class: name === 'UKRAINE' ? 'country-name focus' : 'country-name' }, name));
  }
  if (countries) svg.append(names);
  const max = Math.max(0, ...placed.map(casualties));
  const points = s('g', { class: 'points' });
  // the biggest first, so a small point is never hidden under a big one
  for (const st of [...placed].sort((a, b) => casualties(b) - casualties(a) || a.strikeId.localeCompare(b.strikeId))) {
    const [x, y] = projection([st.location.lon, st.location.lat]);
    const pt = s('circle', {
      cx: x.toFixed(1),
      cy: y.toFixed(1),
      r: radius(casualties(st), max).toFixed(1),
      fill: TYPE_COLOURS[st.targetType] ?? TYPE_COLOURS.unspecified,
      class: 'pt',
      'data-strike': st.strikeId,
      'data-type': st.targetType,
      'data-place': st.location.place,
    });
    pt.append(s('title', {}, pointLabel(st).replace(/ Open sources\.$/, '')));
    svgButton(pt, pointLabel(st), () => onOpen(st));
    points.append(pt);
  }
  svg.append(points);
  const types = [...new Set(placed.map((st) => st.targetType))].sort();
  const unplaced = items.length - placed.length;
  return h(
    'figure',
    { class: 'map-fig' },
    svg,
    h(
      'figcaption',
      { class: 'map-key' },
      h('ul', { class: 'map-legend', 'aria-label': 'Colours: target type' }, types.map((t) => h('li', { 'data-type': t }, swatch(t), words(t)))),
      h('p', { class: 'muted' }, 'Point area grows with killed and injured. A strike sits at its most precise known place: a city, else its region.',
        unplaced ? ` ${unplaced} strike${unplaced === 1 ? ' has' : 's have'} no known place and ${unplaced === 1 ? 'is' : 'are'} only in the table.` : '',
        countries ? '' : ' The outline could not be loaded.'),
    ),
  );
}
