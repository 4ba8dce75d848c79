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

/** Attach to each figure (in chronological order) its change from the one before. */
export function withChanges<F extends FigureLike>(figures: readonly F[]): (F & { change: Change | null })[] {
  return figures.map((f, i) => {
    const prev = i > 0 ? figures[i - 1] : undefined;
    return { ...f, change: prev ? changeBetween(prev, f) : null };
  });
}
