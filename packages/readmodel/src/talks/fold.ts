import type { Outcome, TalksClaim, TalksStatus } from '@claimwire/events';
import { dateContains, dateSortKey, datesCompatible, daysBetween, earlier, later, mergeDates, precisionOf } from '../fold/dates';
import { inCanonicalOrder, type Report } from '../fold/reports';
import { sortedUnion } from '../fold/sorted-union';
import { placeKey } from '../keys';
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
  /** every party reports of the round name, mediators included (the track holds the two sides) */
  parties: string[];
  /** When the status was reported (the article's publication time), to let later news win. */
  statusReportedAt: string | null;
  participants: string[];
  outcomes: Outcome[];
  firstSeen: string;
  lastSeen: string;
  sourceCount: number;
}

/** Days two rounds' dates may differ by and still be one round (a postponement by days). */
const ROUND_SLACK_DAYS = 10;
/** Days one held meeting may span ("talks on March 10-12"): held reports further apart are two meetings. */
const HELD_SPAN_DAYS = 2;

// venues are keyed over and over while a track is folded: remember the keys (a bounded memo)
const venueKeys = new Map<string, string>();
function venueKey(name: string): string {
  let k = venueKeys.get(name);
  if (k === undefined) {
    if (venueKeys.size > 10_000) venueKeys.clear();
    k = placeKey(name);
    venueKeys.set(name, k);
  }
  return k;
}

function sameLocation(a: string | null, b: string | null): boolean {
  return !!a && !!b && venueKey(a) === venueKey(b);
}

/**
 * Whether a claim can be about a known round: round numbers must not conflict, venues must
 * agree when both name one, and dates must be compatible (within a postponement's slack).
 * Then the same round number settles it; else the same venue does; a report naming neither
 * needs both dates known (an undated, placeless report matches nothing).
 */
function couldBe(r: RoundState, c: TalksClaim): boolean {
  if (r.round !== null && c.round !== null && r.round !== c.round) return false;
  if (r.location && c.location && !sameLocation(r.location, c.location)) return false;
  if (!datesCompatible(r.date, c.date, ROUND_SLACK_DAYS)) return false;
  // two meetings both held, on days told exactly and more than a meeting's length apart, are two
  // unless both name the same venue (the slack is for a round moved by days, not for "met on
  // February 28, March 3 and March 7", nor for a call six days before a round in Riyadh; a report
  // at the round's venue days later may be its exchange, carried out)
  if (!(r.location && c.location) && r.status === 'held' && c.status === 'held' && precisionOf(r.date) === 'day' && precisionOf(c.date) === 'day' && Math.abs(daysBetween(r.date, c.date) ?? 0) > HELD_SPAN_DAYS) return false;
  if (r.round !== null && r.round === c.round) return true;
  if (r.location && c.location) return true;
  // one names a venue and the other none: the same meeting only when both tell its day ("talks in Jeddah in March"
  // and "the teams met again on March 25" may be two meetings; filing them as one would put a day and a venue
  // together that no report gave)
  if ((r.location || c.location) && (precisionOf(r.date) !== 'day' || precisionOf(c.date) !== 'day')) return false;
  return !!r.date && !!c.date;
}

/** Days after a round within which an exchange reported without its venue carries out its agreement. */
const CARRY_OUT_DAYS = 21;

const CARRIED_OUT = new Set(['prisoner_exchange', 'bodies_repatriated']);

/**
 * Whether a claim reports an exchange or repatriation carried out under a held round's
 * agreement: it names no round and no other venue, and comes within CARRY_OUT_DAYS after the
 * round.
 */
function carriesOut(r: RoundState, c: TalksClaim): boolean {
  if (c.round !== null || r.status !== 'held' || !c.outcomes.some((o) => CARRIED_OUT.has(o.type) && !o.agreed)) return false;
  if (c.location && !sameLocation(r.location, c.location)) return false;
  const days = daysBetween(r.date, c.date);
  return days !== null && days >= 0 && days <= CARRY_OUT_DAYS;
}

/** How far apart a round and a claim are in time (0 when one date contains the other). */
function distance(r: RoundState, c: TalksClaim): number {
  if (!r.date || !c.date) return Number.MAX_SAFE_INTEGER;
  if (dateContains(r.date, c.date) || dateContains(c.date, r.date)) return 0;
  return Math.abs(daysBetween(r.date, c.date) ?? Number.MAX_SAFE_INTEGER);
}

/**
 * Which known round of the track a talks claim is about: one it could be (couldBe), the same
 * round number first, then the closest in time; among equals the most recent one, since an
 * undated "talks in Geneva" report is most likely about the latest round there. Failing
 * that, an exchange carried out after a held round is filed under the latest such round.
 * Ties break by round id, so a replay gives the same answer.
 */
export function matchRound(rounds: readonly RoundState[], claim: TalksClaim): RoundState | null {
  // the first of the candidates in that order: found in one pass, each one's distance taken once
  let best: RoundState | null = null;
  let bestSame = 0;
  let bestDistance = 0;
  for (const r of rounds) {
    if (!couldBe(r, claim)) continue;
    const same = claim.round !== null && r.round === claim.round ? 1 : 0;
    const d = distance(r, claim);
    if (best === null || same > bestSame || (same === bestSame && (d < bestDistance || (d === bestDistance && byRecency(r, best) < 0)))) {
      best = r;
      bestSame = same;
      bestDistance = d;
    }
  }
  // an exchange carried out after a round that has a venue or a number belongs to that round, not to a vague report
  // ("talks in June", no venue, no round, no day) it could also be: the vague report cannot anchor it better
  if (best && !(isVague(best) && claim.round === null && bestSame === 0)) return best;
  let carrier: RoundState | null = null;
  for (const r of rounds) if (carriesOut(r, claim) && (!best || !isVague(r)) && (carrier === null || byRecency(r, carrier) < 0)) carrier = r;
  return carrier ?? best;
}

/** A round known only vaguely: no venue, no number, no day. */
function isVague(r: RoundState): boolean {
  return r.location === null && r.round === null && precisionOf(r.date) !== 'day';
}

/** The more recent round first (by its date's sort key), then by round id. */
function byRecency(a: RoundState, b: RoundState): number {
  return (b.dateSort ?? '').localeCompare(a.dateSort ?? '') || (a.roundId < b.roundId ? -1 : 1);
}

/** Whether merging the outcome into merged outcomes would change nothing (its kind there, with totals at least its own). */
function covered(merged: readonly Outcome[], o: Outcome): boolean {
  const key = outcomeKey(o);
  const m = merged.find((x) => outcomeKey(x) === key);
  if (!m) return false;
  if (o.total !== undefined && (m.total === undefined || m.total < o.total)) return false;
  for (const [party, n] of Object.entries(o.released ?? {})) if ((m.released?.[party] ?? -1) < n) return false;
  return true;
}

/** Outcomes of one kind merge; an exchange only agreed and one carried out stay apart (agreed 1,000, exchanged 314). */
const outcomeKey = (o: Outcome) => (o.agreed ? `${o.type}|agreed` : o.type);

export function mergeOutcomes(a: readonly Outcome[], b: readonly Outcome[]): Outcome[] {
  const byKey = new Map<string, Outcome>();
  for (const o of [...a, ...b]) {
    const key = outcomeKey(o);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...o, ...(o.released ? { released: { ...o.released } } : {}) });
      continue;
    }
    const total = Math.max(prev.total ?? -1, o.total ?? -1);
    const released = { ...(prev.released ?? {}) };
    for (const [party, n] of Object.entries(o.released ?? {})) released[party] = Math.max(released[party] ?? 0, n);
    byKey.set(key, {
      type: o.type,
      ...(total >= 0 ? { total } : {}),
      ...(Object.keys(released).length ? { released } : {}),
      ...(o.agreed ? { agreed: true } : {}),
    });
  }
  return [...byKey.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([, o]) => (o.released ? { ...o, released: Object.fromEntries(Object.entries(o.released).sort()) } : o));
}

const STATUS_RANK: Record<TalksStatus, number> = { scheduled: 0, cancelled: 1, held: 2 };

/**
 * Whether a newly reported status replaces the round's. "held" is final: a round that took
 * place cannot become scheduled or cancelled again (later articles recalling the plan say
 * nothing new). Otherwise the later report wins ("scheduled" -> "cancelled" -> rescheduled);
 * reports of the same moment rank held > cancelled > scheduled.
 */
export function statusWins(
  prev: { status: TalksStatus; statusReportedAt: string | null },
  next: { status: TalksStatus; reportedAt: string },
): boolean {
  if (prev.status === 'held') return false;
  if (next.status === 'held') return true;
  if (prev.statusReportedAt === null || next.reportedAt > prev.statusReportedAt) return true;
  return next.reportedAt === prev.statusReportedAt && STATUS_RANK[next.status] > STATUS_RANK[prev.status];
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
      parties: [...new Set(claim.parties)].sort(),
      participants: [...new Set(claim.participants)].sort(),
      outcomes: mergeOutcomes([], claim.outcomes),
      firstSeen: seenAt,
      lastSeen: seenAt,
      sourceCount: 1,
    };
  }
  const wins = statusWins(prev, { status: claim.status, reportedAt });
  // a report that moves the status also moves a rescheduled date; otherwise dates only get finer
  const rescheduled =
    wins && !!claim.date && !!prev.date && !dateContains(prev.date, claim.date) && !dateContains(claim.date, prev.date);
  const date = rescheduled ? claim.date : mergeDates(prev.date, claim.date);
  return {
    ...prev,
    round: prev.round ?? claim.round,
    location: prev.location ?? claim.location,
    date,
    datePrecision: precisionOf(date),
    dateSort: dateSortKey(date),
    status: wins ? claim.status : prev.status,
    statusReportedAt: wins ? reportedAt : prev.statusReportedAt,
    parties: sortedUnion(prev.parties, claim.parties),
    participants: sortedUnion(prev.participants, claim.participants),
    outcomes: claim.outcomes.every((o) => covered(prev.outcomes, o)) ? prev.outcomes : mergeOutcomes(prev.outcomes, claim.outcomes),
    firstSeen: earlier(prev.firstSeen, seenAt),
    lastSeen: later(prev.lastSeen, seenAt),
    sourceCount: prev.sourceCount + 1,
  };
}

/** A talks track: the conflict's two sides (or every party), and when its reports were first and last seen. */
export interface TrackState {
  trackId: string;
  parties: string[];
  firstSeen: string;
  lastSeen: string;
}

export interface TrackFold {
  track: TrackState;
  rounds: RoundState[];
  /** claim id -> the round it sources */
  roundOf: Map<string, string>;
}

/**
 * The rounds of a track from every report of it, whatever order they arrived in: the reports
 * are folded in their canonical order (when made, then claim id), each matched against the
 * rounds folded so far (matchRound) and folded into its round (foldRound). So the grouping,
 * each round's fields and its id (from its first report in that order) depend on the set of
 * reports only. Rounds are looked up by venue: a report naming one can only be about a round
 * there or a round without a venue (matchRound's rules).
 */
export function foldTrack(trackId: string, reports: readonly Report<TalksClaim>[]): TrackFold {
  const ordered = inCanonicalOrder(reports);
  const byId = new Map<string, RoundState>();
  const byVenue = new Map<string | null, Set<string>>();
  const file = (r: RoundState) => {
    const k = r.location ? venueKey(r.location) : null;
    const ids = byVenue.get(k);
    if (ids) ids.add(r.roundId);
    else byVenue.set(k, new Set([r.roundId]));
  };
  const roundOf = new Map<string, string>();
  let first: TalksClaim | null = null;
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const { claim, seenAt } of ordered) {
    let candidates: RoundState[];
    if (claim.location) {
      const ids = [...(byVenue.get(venueKey(claim.location)) ?? []), ...(byVenue.get(null) ?? [])];
      candidates = ids.map((id) => byId.get(id) as RoundState);
    } else candidates = [...byId.values()];
    const prev = matchRound(candidates, claim);
    const next = foldRound(prev, claim, trackId, seenAt);
    if (prev && !prev.location && next.location) byVenue.get(null)?.delete(prev.roundId);
    byId.set(next.roundId, next);
    if (!prev || prev.location !== next.location) file(next);
    roundOf.set(claim.claimId, next.roundId);
    if (first === null) first = claim;
    firstSeen = firstSeen === null ? seenAt : earlier(firstSeen, seenAt);
    lastSeen = lastSeen === null ? seenAt : later(lastSeen, seenAt);
  }
  if (first === null || firstSeen === null || lastSeen === null) throw new Error(`track ${trackId} has no reports`);
  const track: TrackState = { trackId, parties: [...new Set(first.sides?.length ? first.sides : first.parties)].sort(), firstSeen, lastSeen };
  return { track, rounds: [...byId.values()].sort((a, b) => (a.roundId < b.roundId ? -1 : 1)), roundOf };
}
