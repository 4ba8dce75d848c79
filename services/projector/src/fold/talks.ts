import type { Outcome, TalksClaim, TalksStatus } from '@claimwire/events';
import { dateSortKey, datesCompatible, precisionOf } from './dates';
import { roundId } from './ids';

export interface RoundState {
  roundId: string;
  trackId: string;
  round: number | null;
  location: string | null;
  date: string | null;
  datePrecision: string | null;
  dateSort: string | null;
  status: TalksStatus;
  /** When the status was reported (the article's publication time), to let later news win. */
  statusReportedAt: string | null;
  participants: string[];
  outcomes: Outcome[];
  firstSeen: string;
  lastSeen: string;
  sourceCount: number;
}

const STATUS_RANK: Record<TalksStatus, number> = { scheduled: 0, cancelled: 1, held: 2 };

function sameLocation(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Which known round of the track a talks claim is about. A round number settles it; else
 * the same venue at a compatible date. Rounds are scanned in a stable order, so replaying
 * the same claims gives the same answer.
 */
export function matchRound(rounds: readonly RoundState[], claim: TalksClaim): RoundState | null {
  const ordered = [...rounds].sort((a, b) => (a.roundId < b.roundId ? -1 : 1));
  if (claim.round !== null) {
    const byNumber = ordered.find((r) => r.round === claim.round);
    if (byNumber) return byNumber;
  }
  return (
    ordered.find(
      (r) =>
        (r.round === null || claim.round === null) &&
        sameLocation(r.location, claim.location) &&
        datesCompatible(r.date, claim.date),
    ) ?? null
  );
}

/** The more precise of two dates that describe the same round. */
function finerDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

export function mergeOutcomes(a: readonly Outcome[], b: readonly Outcome[]): Outcome[] {
  const byType = new Map<string, Outcome>();
  for (const o of [...a, ...b]) {
    const prev = byType.get(o.type);
    if (!prev) {
      byType.set(o.type, { ...o, ...(o.released ? { released: { ...o.released } } : {}) });
      continue;
    }
    const total = Math.max(prev.total ?? -1, o.total ?? -1);
    const released = { ...(prev.released ?? {}) };
    for (const [party, n] of Object.entries(o.released ?? {})) released[party] = Math.max(released[party] ?? 0, n);
    byType.set(o.type, {
      type: o.type,
      ...(total >= 0 ? { total } : {}),
      ...(Object.keys(released).length ? { released } : {}),
    });
  }
  return [...byType.values()].sort((x, y) => (x.type < y.type ? -1 : 1));
}

/** Fold one talks claim into its round: a later report moves the status ("scheduled" -> "held"). */
export function foldRound(prev: RoundState | null, claim: TalksClaim, trackId: string, seenAt: string): RoundState {
  const reportedAt = claim.article.published ?? seenAt;
  if (!prev) {
    return {
      roundId: roundId(trackId, claim.claimId),
      trackId,
      round: claim.round,
      location: claim.location,
      date: claim.date,
      datePrecision: precisionOf(claim.date),
      dateSort: dateSortKey(claim.date),
      status: claim.status,
      statusReportedAt: reportedAt,
      participants: [...new Set(claim.participants)].sort(),
      outcomes: mergeOutcomes([], claim.outcomes),
      firstSeen: seenAt,
      lastSeen: seenAt,
      sourceCount: 1,
    };
  }
  const newer =
    prev.statusReportedAt === null ||
    reportedAt > prev.statusReportedAt ||
    (reportedAt === prev.statusReportedAt && STATUS_RANK[claim.status] > STATUS_RANK[prev.status]);
  const date = finerDate(prev.date, claim.date);
  return {
    ...prev,
    round: prev.round ?? claim.round,
    location: prev.location ?? claim.location,
    date,
    datePrecision: precisionOf(date),
    dateSort: dateSortKey(date),
    status: newer ? claim.status : prev.status,
    statusReportedAt: newer ? reportedAt : prev.statusReportedAt,
    participants: [...new Set([...prev.participants, ...claim.participants])].sort(),
    outcomes: mergeOutcomes(prev.outcomes, claim.outcomes),
    firstSeen: prev.firstSeen < seenAt ? prev.firstSeen : seenAt,
    lastSeen: prev.lastSeen > seenAt ? prev.lastSeen : seenAt,
    sourceCount: prev.sourceCount + 1,
  };
}
