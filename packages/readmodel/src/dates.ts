/** The first and last day a partial date covers: 2024-12 spans 2024-12-01 .. 2024-12-31. */
export function dateRange(partial: string): { first: string; last: string } {
  if (partial.length === 4) return { first: `${partial}-01-01`, last: `${partial}-12-31` };
  if (partial.length === 7) {
    const [y, m] = partial.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${partial}-01`, last: `${partial}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: partial, last: partial };
}

/** False for day dates that do not exist (2026-02-30); coarser dates are always real. */
export function isRealDate(partial: string): boolean {
  if (partial.length !== 10) return true;
  const d = new Date(`${partial}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === partial;
}

/** A day date moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
