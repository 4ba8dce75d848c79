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
  const a = dateSortKey(from);
  const b = dateSortKey(to);
  if (!a || !b) return null;
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Two partial dates can describe the same event: one contains the other, or days within `slack`. */
export function datesCompatible(a: string | null, b: string | null, slackDays = 10): boolean {
  if (!a || !b) return true;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length === 10 && b.length === 10) return Math.abs(daysBetween(a, b) ?? Infinity) <= slackDays;
  return false;
}
