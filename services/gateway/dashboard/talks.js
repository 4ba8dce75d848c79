// Talks: per track (the set of parties at the table), a timeline of its rounds with venue,
// date and status, the running total of prisoners exchanged, and every round as a button
// that opens its sources.

import { colourOf, linear, timeDomain, timeTicks, valueTicks } from './chart.js';
import { h, notice, s } from './dom.js';
import { capitalise, compact, dateValue, num, partialDate, party, words } from './format.js';
import { openProvenance } from './provenance.js';

const W = 640;
const H = 176;
const M = { top: 18, right: 24, bottom: 66, left: 58 };

export const STATUS_COLOUR = { held: '#009E73', scheduled: '#0072B2', cancelled: '#D55E00' };

/** The marker of a round's status, drawn at (0,0): filled = held, hollow = scheduled, × = cancelled. */
export function statusMarker(status, size = 7) {
  const c = STATUS_COLOUR[status] ?? '#555';
  if (status === 'cancelled') {
    return s('path', { d: `M${-size} ${-size} L${size} ${size} M${size} ${-size} L${-size} ${size}`, stroke: c, 'stroke-width': 3, 'stroke-linecap': 'round' });
  }
  if (status === 'scheduled') return s('circle', { r: size - 1, fill: '#fff', stroke: c, 'stroke-width': 2.5 });
  return s('circle', { r: size, fill: c, stroke: '#fff', 'stroke-width': 1.5 });
}

/** Prisoners a round exchanged: the outcome's total, else the sum of what each party got back (an exchange only agreed is not one). */
export function prisonersOf(round) {
  let n = 0;
  for (const o of round.outcomes ?? []) {
    if (o.type !== 'prisoner_exchange' || o.agreed) continue;
    n += o.total ?? Object.values(o.released ?? {}).reduce((a, b) => a + b, 0);
  }
  return n;
}

function outcomeText(o) {
  const parts = [o.agreed ? `${words(o.type)} agreed` : words(o.type)];
  if (o.total !== undefined) parts.push(num(o.total));
  const rel = Object.entries(o.released ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (rel.length) parts.push(`(${rel.map(([p, n]) => `${num(n)} to ${party(p)}`).join(', ')})`);
  return parts.join(' ');
}

/** Rounds in date order (undated last), each with the running total of prisoners exchanged after it. */
export function withRunningTotals(rounds) {
  const sorted = [...rounds].sort((a, b) => (dateValue(a.date) ?? Infinity) - (dateValue(b.date) ?? Infinity) || (a.round ?? 0) - (b.round ?? 0));
  let total = 0;
  return sorted.map((r) => {
    if (r.status === 'held') total += prisonersOf(r);
    return { round: r, prisonersSoFar: total };
  });
}

function roundTitle(r) {
  return `${r.round ? `Round ${r.round}` : 'A round'}${r.location ? ` in ${r.location}` : ''}`;
}

function openRound(track, r) {
  openProvenance({
    title: `${track.parties.map(party).join(' – ')}: ${roundTitle(r)}`,
    facts: [
      ['Status', r.status],
      ['Date', partialDate(r.date)],
      ['Venue', r.location ?? 'not reported'],
      ['Participants', r.participants?.length ? r.participants.join(', ') : null],
      ['Outcomes', r.outcomes?.length ? r.outcomes.map(outcomeText).join('; ') : 'none reported'],
    ],
    sources: r.sources ?? [],
    terms: [r.location ?? '', ...r.outcomes.flatMap((o) => [o.total, ...Object.values(o.released ?? {})]).filter((v) => typeof v === 'number')],
  });
}

function timeline(track, rows) {
  const dated = rows.filter((x) => x.round.date);
  if (dated.length === 0) return null;
  const ts = dated.map((x) => dateValue(x.round.date));
  const [t0, t1] = timeDomain(ts);
  const x = linear(t0, t1, M.left, W - M.right);
  const base = H - M.bottom;
  const maxP = Math.max(0, ...dated.map((d) => d.prisonersSoFar));
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart timeline',
    role: 'img',
    'aria-label': `Timeline of ${rows.length} rounds${maxP ? `; ${num(maxP)} prisoners exchanged in all` : ''}. The list below has every round.`,
  });
  const g = s('g', { class: 'grid', 'aria-hidden': 'true' });
  if (maxP > 0) {
    const { max, ticks } = valueTicks(maxP, 2);
    const y = linear(0, max, base, M.top);
    for (const v of ticks) {
      g.append(s('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
      g.append(s('text', { x: M.left - 8, y: y(v), class: 'tick tick-y', 'dominant-baseline': 'middle', 'text-anchor': 'end' }, compact(v)));
    }
    // running total of prisoners exchanged, as a step line
    let d = `M${M.left} ${base}`;
    let prev = 0;
    for (const row of dated) {
      const px = x(dateValue(row.round.date));
      d += ` L${px.toFixed(1)} ${y(prev).toFixed(1)} L${px.toFixed(1)} ${y(row.prisonersSoFar).toFixed(1)}`;
      prev = row.prisonersSoFar;
    }
    d += ` L${W - M.right} ${y(prev).toFixed(1)}`;
    g.append(s('path', { d, class: 'step', fill: 'none', stroke: colourOf(3), 'stroke-width': 2.5 }));
    g.append(s('text', { x: W - M.right, y: y(prev) - 8, class: 'pt-label', 'text-anchor': 'end' }, `${num(prev)} prisoners exchanged`));
  }
  g.append(s('line', { x1: M.left, x2: W - M.right, y1: base, y2: base, class: 'axis' }));
  for (const tk of timeTicks(t0, t1, 5)) {
    g.append(s('text', { x: x(tk.t), y: H - 6, class: 'tick tick-x', 'text-anchor': 'middle' }, tk.label));
  }
  svg.append(g);
  dated.forEach((row, i) => {
    const px = x(dateValue(row.round.date));
    const mk = s('g', { class: 'round-mark', transform: `translate(${px.toFixed(1)} ${base})`, 'aria-hidden': 'true' });
    mk.append(statusMarker(row.round.status));
    mk.append(s('text', { y: 24 + (i % 2) * 15, class: 'round-label', 'text-anchor': 'middle' }, row.round.location ?? '?'));
    mk.append(s('title', {}, `${roundTitle(row.round)} · ${row.round.status} · ${partialDate(row.round.date)}`));
    mk.addEventListener('click', () => openRound(track, row.round));
    svg.append(mk);
  });
  return svg;
}

function roundItem(track, row) {
  const r = row.round;
  const p = prisonersOf(r);
  return h(
    'li',
    { class: `round round-${r.status}` },
    h(
      'button',
      { type: 'button', class: 'round-btn', 'data-round': r.roundId, onclick: () => openRound(track, r) },
      h('span', { class: 'round-date' }, partialDate(r.date)),
      h('span', { class: 'round-main' }, h('span', { class: 'round-title' }, roundTitle(r)), h('span', { class: `pill pill-${r.status}` }, r.status)),
      h('span', { class: 'round-outcomes' }, r.outcomes?.length ? r.outcomes.map(outcomeText).join(' · ') : r.status === 'held' ? 'no outcome reported' : ''),
      h('span', { class: 'round-total' }, p > 0 && r.status === 'held' ? `${num(row.prisonersSoFar)} prisoners exchanged so far` : ''),
      h('span', { class: 'round-sources' }, `${r.sourceCount ?? r.sources?.length ?? 0} source${(r.sourceCount ?? 0) === 1 ? '' : 's'}`),
    ),
  );
}

function stat(label, value) {
  return h('div', { class: 'stat' }, h('dt', {}, label), h('dd', {}, value));
}

function trackCard(summary, detail) {
  const rounds = detail?.rounds ?? (summary.latestRound ? [summary.latestRound] : []);
  const totals = detail?.totals ?? summary.totals;
  const track = { trackId: summary.trackId, parties: summary.parties };
  const rows = withRunningTotals(rounds);
  return h(
    'article',
    { class: 'card talks-card', 'data-track': summary.trackId },
    h('h3', {}, summary.parties.map(party).join(' – ')),
    h(
      'dl',
      { class: 'stats' },
      stat('rounds held', num(totals.rounds.held)),
      stat('scheduled', num(totals.rounds.scheduled)),
      totals.rounds.cancelled ? stat('cancelled', num(totals.rounds.cancelled)) : null,
      stat('prisoners exchanged', num(totals.prisonersExchanged)),
      totals.prisonersAgreed ? stat('agreed, not yet exchanged', num(totals.prisonersAgreed)) : null,
      totals.bodiesRepatriated ? stat('bodies repatriated', num(totals.bodiesRepatriated)) : null,
    ),
    totals.agreements?.length ? h('p', { class: 'card-sub' }, `Agreements: ${totals.agreements.map((a) => capitalise(words(a))).join(', ')}`) : null,
    timeline(track, rows),
    h('ol', { class: 'rounds', 'aria-label': 'Rounds, oldest first' }, rows.map((row) => roundItem(track, row))),
    !detail && summary.roundCount > rounds.length ? h('p', { class: 'muted' }, `${summary.roundCount - rounds.length} more rounds could not be loaded.`) : null,
  );
}

export function statusKey() {
  const item = (st) => h('li', {}, s('svg', { class: 'key-mark', viewBox: '-9 -9 18 18', width: 16, height: 16, 'aria-hidden': 'true' }, statusMarker(st)), st);
  return h('ul', { class: 'bound-key', 'aria-label': 'Marker key' }, item('held'), item('scheduled'), item('cancelled'));
}

export function renderTalks(summaries, details) {
  if (summaries.length === 0) {
    return notice('empty', 'No talks yet.', 'Negotiation rounds, prisoner exchanges and agreements appear here once articles report them.');
  }
  return h('div', { class: 'cards' }, summaries.map((t) => trackCard(t, details.get(t.trackId))));
}
