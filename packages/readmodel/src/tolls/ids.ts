import { hashId } from '../fold/hash-id';

/**
 * A series is one reporter's count of one party's population and measure at one scope: a
 * running total, or figures for a given window (day, week, month, other). Daily figures and
 * the running total they add up to are two series, not one.
 */
export function seriesId(parts: { party: string; population: string; measure: string; scope: string; period: string | null; reporter: string }): string {
  const { party, population, measure, scope, period, reporter } = parts;
  return hashId('ser', { party, population, measure, scope, period, reporter });
}

/**
 * A figure is its series, scope and value: "55,000" repeated by five articles is one figure.
 * A period figure ("30 in the past day") also needs its date: the same count on another day
 * is another figure. The bound is not part of it ("about 55,000" = "55,000").
 */
export function figureId(series: string, scope: string, value: number, asOf: string | null): string {
  return scope === 'period' ? hashId('fig', { series, scope, value, asOf }) : hashId('fig', { series, scope, value });
}
