// Scales, ticks and the palette for the hand-drawn SVG charts. Pure functions.

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies (yellow left out: too pale on white). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
/** A second cue besides colour: each line of a chart has its own dash pattern. */
export const DASHES = ['', '7 4', '2 3', '9 3 2 3', '4 2', '1 2', '12 4'];

export const colourOf = (i) => PALETTE[i % PALETTE.length];
export const dashOf = (i) => DASHES[i % DASHES.length];

/** A linear scale: domain [d0, d1] onto range [r0, r1]. */
export function linear(d0, d1, r0, r1) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A round step near span/count: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span, count = 4) {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  const m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return Math.max(1, m * p);
}

/** Ticks from 0 to a round maximum that holds max: {max, ticks}. */
export function valueTicks(max, count = 4) {
  const step = niceStep(max > 0 ? max : 1, count);
  const top = Math.max(step, Math.ceil((max * 1.08) / step) * step);
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v));
  return { max: top, ticks };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month-aligned ticks between two instants (ms), at most about `max` of them: [{t, label}]. */
export function timeTicks(t0, t1, max = 6) {
  const a = new Date(t0);
  const b = new Date(t1);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= max) ?? 120;
  let y = a.getUTCFullYear();
  let m = a.getUTCMonth() + 1; // the first month start after t0
  if (m > 11) {
    m = 0;
    y += 1;
  }
  // align to the step (quarters start in Jan/Apr/Jul/Oct, years in Jan)
  while (step <= 12 && m % Math.min(step, 12) !== 0) {
    m += 1;
    if (m > 11) {
      m = 0;
      y += 1;
    }
  }
  const out = [];
  let prevYear = null;
  for (let i = 0; i < 50; i++) {
    const t = Date.UTC(y, m, 1);
    if (t > t1) break;
    if (t >= t0) {
      const label = step >= 12 ? String(y) : prevYear !== y ? `${MONTHS[m]} ${y}` : MONTHS[m];
      out.push({ t, label });
      prevYear = y;
    }
    m += step;
    while (m > 11) {
      m -= 12;
      y += 1;
    }
  }
  return out;
}

/** A padded time domain around the given instants (a lone instant gets a month either side). */
export function timeDomain(ts) {
  const lo = Math.min(...ts);
  const hi = Math.max(...ts);
  const DAY = 86_400_000;
  if (hi - lo < 20 * DAY) return [lo - 35 * DAY, hi + 35 * DAY];
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}
