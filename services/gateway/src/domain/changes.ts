export interface FigureLike {
  value: number;
  asOf: string | null;
}

export interface Change {
  from: number;
  to: number;
  delta: number;
  /** Percent change, one decimal; null when the previous value is 0. */
  percent: number | null;
  fromAsOf: string | null;
  toAsOf: string | null;
  /** Days between the two asOf dates (by their first day), null when either is undated. */
  days: number | null;
}

function firstDay(d: string | null): number | null {
  if (!d) return null;
  const full = d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
  const t = Date.parse(`${full}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

/** How a series moved from one figure to the next: 43,000 -> 55,000 is +12,000 (+27.9%). */
export function changeBetween(prev: FigureLike, next: FigureLike): Change {
  const a = firstDay(prev.asOf);
  const b = firstDay(next.asOf);
  return {
    from: prev.value,
    to: next.value,
    delta: next.value - prev.value,
    percent: prev.value === 0 ? null : Math.round(((next.value - prev.value) / prev.value) * 1000) / 10,
    fromAsOf: prev.asOf,
    toAsOf: next.asOf,
    days: a === null || b === null ? null : Math.round((b - a) / 86_400_000),
  };
}

interface Scoped extends FigureLike {
  scope: string;
}

/**
 * Attach to each figure (in chronological order) its change from the previous figure of the
 * same scope: a running total is compared with running totals, a day's count with day counts.
 */
export function withChanges<F extends Scoped>(figures: readonly F[]): (F & { change: Change | null })[] {
  const lastOfScope = new Map<string, F>();
  return figures.map((f) => {
    const prev = lastOfScope.get(f.scope);
    lastOfScope.set(f.scope, f);
    return { ...f, change: prev ? changeBetween(prev, f) : null };
  });
}

/**
 * The figure a client means by "the latest": the last cumulative figure in chronological
 * order (latest asOf, then latest first seen), else the last period figure. A period count
 * ("30 in the past day") is never shown as the latest running total.
 */
export function latestOf<F extends { scope: string }>(chronological: readonly F[]): F | null {
  for (let i = chronological.length - 1; i >= 0; i--) if (chronological[i]?.scope === 'cumulative') return chronological[i] ?? null;
  return chronological.at(-1) ?? null;
}
