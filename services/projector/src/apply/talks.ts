import type { TalksClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { foldRound, matchRound, trackId as trackIdOf, type RoundState } from '../fold';

interface RoundRow {
  round_id: string;
  track_id: string;
  round: number | null;
  location: string | null;
  date: string | null;
  date_precision: string | null;
  date_sort: string | null;
  status: RoundState['status'];
  status_reported_at: Date | null;
  participants: string[];
  outcomes: RoundState['outcomes'];
  first_seen: Date;
  last_seen: Date;
  source_count: number;
}

function toState(r: RoundRow): RoundState {
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
    participants: r.participants,
    outcomes: r.outcomes,
    firstSeen: r.first_seen.toISOString(),
    lastSeen: r.last_seen.toISOString(),
    sourceCount: r.source_count,
  };
}

/** Fold a talks claim into its track and round; returns the round id the claim sources. */
export async function applyTalks(tx: SqlExecutor, schema: string, claim: TalksClaim, seenAt: string): Promise<string> {
  const s = quoteIdent(schema);
  const track = trackIdOf(claim.parties);
  await tx.query(
    `INSERT INTO ${s}.talks_tracks (track_id, parties, first_seen, last_seen) VALUES ($1,$2,$3,$3)
     ON CONFLICT (track_id) DO UPDATE SET
       first_seen = LEAST(${s}.talks_tracks.first_seen, EXCLUDED.first_seen),
       last_seen = GREATEST(${s}.talks_tracks.last_seen, EXCLUDED.last_seen)`,
    [track, [...new Set(claim.parties)].sort(), seenAt],
  );
  const { rows } = await tx.query<RoundRow>(
    `SELECT round_id, track_id, round, location, date, date_precision, to_char(date_sort, 'YYYY-MM-DD') AS date_sort,
            status, status_reported_at, participants, outcomes, first_seen, last_seen, source_count
       FROM ${s}.talks_rounds WHERE track_id = $1 FOR UPDATE`,
    [track],
  );
  const prev = matchRound(rows.map(toState), claim);
  const next = foldRound(prev, claim, track, seenAt);
  await tx.query(
    `INSERT INTO ${s}.talks_rounds (round_id, track_id, round, location, date, date_precision, date_sort, status,
       status_reported_at, participants, outcomes, first_seen, last_seen, source_count)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
     ON CONFLICT (round_id) DO UPDATE SET round = EXCLUDED.round, location = EXCLUDED.location, date = EXCLUDED.date,
       date_precision = EXCLUDED.date_precision, date_sort = EXCLUDED.date_sort, status = EXCLUDED.status,
       status_reported_at = EXCLUDED.status_reported_at, participants = EXCLUDED.participants,
       outcomes = EXCLUDED.outcomes, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
       source_count = EXCLUDED.source_count`,
    [
      next.roundId,
      next.trackId,
      next.round,
      next.location,
      next.date,
      next.datePrecision,
      next.dateSort,
      next.status,
      next.statusReportedAt,
      next.participants,
      JSON.stringify(next.outcomes),
      next.firstSeen,
      next.lastSeen,
      next.sourceCount,
    ],
  );
  return next.roundId;
}
