import type { Claim } from '@claimwire/events';

/**
 * One report as the projection folds it: a claim and when it was first seen (its event's
 * time, stable across replays). Times are held in one form (ISO, UTC, milliseconds) so that
 * a report read back from the claims table and the same report fresh off the log compare
 * and fold alike.
 */
export interface Report<C extends Claim = Claim> {
  claim: C;
  seenAt: string;
}

function iso(t: string): string {
  return t.length === 24 && t.endsWith('Z') ? t : new Date(t).toISOString();
}

export function reportOf<C extends Claim>(claim: C, seenAt: string): Report<C> {
  const published = claim.article.published;
  const p = published === null ? null : iso(published);
  return { claim: p === published ? claim : { ...claim, article: { ...claim.article, published: p } }, seenAt: iso(seenAt) };
}

/** When a report was made: its article's publication, else when it was first seen. */
export function reportedAt(r: Report): string {
  return r.claim.article.published ?? r.seenAt;
}

/**
 * The one order reports are folded in, whatever order they arrived in: by when they were
 * made (publication, else first sighting), then when they were first seen, then by claim id. Folding a set of reports in this
 * order makes the read models a function of the set: the grouping, the ids (from each
 * group's first report in this order) and every merged field.
 */
export function byCanonicalOrder(a: Report, b: Report): number {
  const x = reportedAt(a);
  const y = reportedAt(b);
  if (x !== y) return x < y ? -1 : 1;
  if (a.seenAt !== b.seenAt) return a.seenAt < b.seenAt ? -1 : 1;
  const i = a.claim.claimId;
  const j = b.claim.claimId;
  return i < j ? -1 : i > j ? 1 : 0;
}

export function inCanonicalOrder<R extends Report>(reports: readonly R[]): R[] {
  const keyed = reports.map((r) => ({ r, at: reportedAt(r), seen: r.seenAt, id: r.claim.claimId }));
  keyed.sort((a, b) =>
    a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.seen !== b.seen ? (a.seen < b.seen ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return keyed.map((k) => k.r);
}

/** Code-point order of two strings (what Postgres's "C" collation gives), for ties the SQL also breaks. */
export function codePointCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
