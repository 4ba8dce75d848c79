import type { TalksClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { placeKey } from '@claimwire/readmodel';
import { upsertRows, type UpsertSpec } from './upsert';
import { foldRound, matchRound, trackOf, type RoundState } from '../fold';

export interface RoundRow {
  round_id: string;
  track_id: string;
  round: number | null;
  location: string | null;
  date: string | null;
  date_precision: string | null;
  date_sort: string | null;
  status: RoundState['status'];
  status_reported_at: Date | null;
  parties: string[];
  participants: string[];
  outcomes: RoundState['outcomes'];
  first_seen: Date;
  last_seen: Date;
  source_count: number;
}

export const ROUND_COLS = `round_id, track_id, round, location, date, date_precision, to_char(date_sort, 'YYYY-MM-DD') AS date_sort,
  status, status_reported_at, parties, participants, outcomes, first_seen, last_seen, source_count`;

export function toState(r: RoundRow): RoundState {
  return {
    roundId: r.round_id,
    trackId: r.track_id,
    round: r.round,
    location: r.location,
    date: r.date,
    datePrecision: r.date_precision,
    dateSort: r.date_sort,
    status: r.status,
    statusReportedAt: r.status_reported_at ? r.status_reported_at.toISOString() : null,
    parties: r.parties,
    participants: r.participants,
    outcomes: r.outcomes,
    firstSeen: r.first_seen.toISOString(),
    lastSeen: r.last_seen.toISOString(),
    sourceCount: r.source_count,
  };
}

export const TRACK_UPSERT: UpsertSpec = {
  table: 'talks_tracks',
  columns: ['track_id', 'parties', 'first_seen', 'last_seen'],
  onConflict: `ON CONFLICT (track_id) DO UPDATE SET
       first_seen = LEAST($T.first_seen, EXCLUDED.first_seen),
       last_seen = GREATEST($T.last_seen, EXCLUDED.last_seen)`,
};

export function trackRow(claim: TalksClaim, track: string, firstSeen: string, lastSeen: string): unknown[] {
  return [track, [...new Set(claim.sides?.length ? claim.sides : claim.parties)].sort(), firstSeen, lastSeen];
}

export const ROUND_UPSERT: UpsertSpec = {
  table: 'talks_rounds',
  columns: ['round_id', 'track_id', 'round', 'location', 'location_key', 'date', 'date_precision', 'date_sort', 'status', 'status_reported_at',
    'parties', 'participants', 'outcomes', 'first_seen', 'last_seen', 'source_count'],
  onConflict: `ON CONFLICT (round_id) DO UPDATE SET round = EXCLUDED.round, location = EXCLUDED.location,
       location_key = EXCLUDED.location_key, parties = EXCLUDED.parties, date = EXCLUDED.date,
       date_precision = EXCLUDED.date_precision, date_sort = EXCLUDED.date_sort, status = EXCLUDED.status,
       status_reported_at = EXCLUDED.status_reported_at, participants = EXCLUDED.participants,
       outcomes = EXCLUDED.outcomes, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
       source_count = EXCLUDED.source_count`,
};

export function roundRow(next: RoundState): unknown[] {
  return [next.roundId, next.trackId, next.round, next.location, next.location ? placeKey(next.location) : null, next.date,
    next.datePrecision, next.dateSort, next.status, next.statusReportedAt, next.parties, next.participants, JSON.stringify(next.outcomes), next.firstSeen, next.lastSeen, next.sourceCount];
}

/** Fold a talks claim into its track and round; returns the round id the claim sources. */
export async function applyTalks(tx: SqlExecutor, schema: string, claim: TalksClaim, seenAt: string): Promise<string> {
  const s = quoteIdent(schema);
  const track = trackOf(claim);
  await upsertRows(tx, schema, TRACK_UPSERT, [trackRow(claim, track, seenAt, seenAt)]);
  const { rows } = await tx.query<RoundRow>(
    `SELECT ${ROUND_COLS} FROM ${s}.talks_rounds WHERE track_id = $1 FOR UPDATE`,
    [track],
  );
  const prev = matchRound(rows.map(toState), claim);
  const next = foldRound(prev, claim, track, seenAt);
  await upsertRows(tx, schema, ROUND_UPSERT, [roundRow(next)]);
  return next.roundId;
}
