import { datePrecision, type DatePrecision } from '@claimwire/events';

/** The first day a partial date covers, for sorting: 2024-12 sorts as 2024-12-01. */
export function dateSortKey(date: string | null): string | null {
  if (!date) return null;
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function precisionOf(date: string | null): DatePrecision | null {
  return date ? datePrecision(date) : null;
}

/** Whole days between two partial dates (by their first day); null when either is missing. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return dayNumber(to) - dayNumber(from);
}

// folding a track or a neighbourhood compares the same dates over and over: remember their
// day numbers (a bounded memo)
const dayNumbers = new Map<string, number>();
/** The day number (days since 1970-01-01) of a partial date's first day. */
function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    n = Math.round(Date.parse(`${dateSortKey(date)}T00:00:00Z`) / 86_400_000);
    dayNumbers.set(date, n);
  }
  return n;
}

/** One partial date covers the other: 2026-02 contains 2026-02-04 (and itself). */
export function dateContains(outer: string, inner: string): boolean {
  return inner.startsWith(outer);
}

/**
 * Two partial dates can describe the same event: one contains the other, or both are days
 * at most `slackDays` apart. A missing date is compatible with anything.
 */
export function datesCompatible(a: string | null, b: string | null, slackDays = 10): boolean {
  if (!a || !b) return true;
  if (dateContains(a, b) || dateContains(b, a)) return true;
  if (a.length === 10 && b.length === 10) return Math.abs(daysBetween(a, b) ?? Infinity) <= slackDays;
  return false;
}

/**
 * The date two reports of the same thing agree on: when one contains the other the finer
 * one, else the earlier one; null only when both are null.
 */
export function mergeDates(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  if (dateContains(a, b)) return b;
  if (dateContains(b, a)) return a;
  return (dateSortKey(a) ?? '') <= (dateSortKey(b) ?? '') ? a : b;
}

/** The earlier and the later of two ISO timestamps. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);
export const later = (a: string, b: string): string => (a > b ? a : b);
