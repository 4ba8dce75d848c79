import type { DatePrecision, Outcome, TalksStatus } from '@claimwire/events';
import { placeKey } from '../keys';
import type { UpsertSpec } from '../upsert';
import type { RoundState, TrackState } from './fold';

/** A talks_tracks row: the conflict's two sides (or every party) and when its reports were seen. */
export interface TalksTrackRow {
  track_id: string;
  parties: string[];
  first_seen: Date;
  last_seen: Date;
}

/** A talks_rounds row: one round of talks. Dates are read as text (YYYY-MM-DD). */
export interface TalksRoundRow {
  round_id: string;
  track_id: string;
  round: number | null;
  location: string | null;
  /** the venue as keyed (placeKey): what ?location= matches */
  location_key: string | null;
  date: string | null;
  date_precision: DatePrecision | null;
  date_sort: string | null;
  status: TalksStatus;
  status_reported_at: Date | null;
  /** every party reports of the round name, mediators included (the track holds the two sides) */
  parties: string[];
  participants: string[];
  outcomes: Outcome[];
  first_seen: Date;
  last_seen: Date;
  source_count: number;
}

/** A round as its fold reads it back (ROUND_COLS: the venue's key is not read, it is derived). */
export type StoredRoundRow = Omit<TalksRoundRow, 'location_key'>;

/** The columns of a round as its fold reads it back (roundOfRow). */
export const ROUND_COLS = `round_id, track_id, round, location, date, date_precision, to_char(date_sort, 'YYYY-MM-DD') AS date_sort,
  status, status_reported_at, parties, participants, outcomes, first_seen, last_seen, source_count`;

/** A stored round as its fold state. */
export function roundOfRow(r: StoredRoundRow): RoundState {
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

/** A track's row, whole: it is written from every report of the track, never merged into. */
export const TRACK_UPSERT: UpsertSpec = {
  table: 'talks_tracks',
  columns: ['track_id', 'parties', 'first_seen', 'last_seen'],
  onConflict: `ON CONFLICT (track_id) DO UPDATE SET parties = EXCLUDED.parties, first_seen = EXCLUDED.first_seen,
       last_seen = EXCLUDED.last_seen`,
};

export function trackRow(t: TrackState): unknown[] {
  return [t.trackId, t.parties, t.firstSeen, t.lastSeen];
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

