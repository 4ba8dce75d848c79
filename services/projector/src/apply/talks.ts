import { canonicalJson, type TalksClaim } from '@claimwire/events';
import { placeKey } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { foldTrack, trackOf, type Report, type RoundState, type TrackState } from '@claimwire/readmodel';
import { lockKeys, push, reassignClaims, reportsOf, type StoredReport } from './claim-row';
import { upsertRows, type UpsertSpec } from './upsert';

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

/**
 * Regroup talks tracks: the tracks of the fresh reports, and `tracks` (whose claims changed,
 * as after a retraction). Each track is locked, every report of it read back from the claims
 * table, the whole track folded again with the fresh reports (foldTrack: the rounds depend on
 * the set of reports, not on the order they came in), and the difference written: the track
 * row, rounds new or changed, rounds gone, claims now sourcing another round. Returns the
 * round of every fresh report.
 */
export async function regroupTalks(
  tx: SqlExecutor,
  schema: string,
  fresh: readonly Report<TalksClaim>[],
  tracks: readonly string[] = [],
): Promise<Map<string, string>> {
  const s = quoteIdent(schema);
  const freshOf = new Map<string, Report<TalksClaim>[]>();
  for (const r of fresh) push(freshOf, trackOf(r.claim), r);
  const ids = [...new Set([...freshOf.keys(), ...tracks])].sort();
  const roundOf = new Map<string, string>();
  if (ids.length === 0) return roundOf;
  await lockKeys(tx, ids.map((t) => `${schema}/talks/${t}`));

  const old = new Map<string, RoundState>();
  for (const row of (await tx.query<RoundRow>(`SELECT ${ROUND_COLS} FROM ${s}.talks_rounds WHERE track_id = ANY($1)`, [ids])).rows) {
    old.set(row.round_id, toState(row));
  }
  const storedOf = new Map<string, StoredReport<TalksClaim>[]>();
  for (const sr of await reportsOf<TalksClaim>(tx, schema, [...old.keys()])) {
    push(storedOf, (old.get(sr.entityId) as RoundState).trackId, sr);
  }

  const trackRows: unknown[][] = [];
  const emptied: string[] = [];
  const changed: RoundState[] = [];
  const kept = new Set<string>();
  const moves: [string, string][] = [];
  for (const t of ids) {
    const stored = storedOf.get(t) ?? [];
    const reports = [...stored.map((sr) => sr.report), ...(freshOf.get(t) ?? [])];
    if (reports.length === 0) {
      emptied.push(t);
      continue;
    }
    const f = foldTrack(t, reports);
    trackRows.push(trackRow(f.track));
    for (const r of f.rounds) {
      kept.add(r.roundId);
      const before = old.get(r.roundId);
      if (!before || canonicalJson(before) !== canonicalJson(r)) changed.push(r);
    }
    for (const sr of stored) {
      const now = f.roundOf.get(sr.report.claim.claimId) as string;
      if (now !== sr.entityId) moves.push([sr.report.claim.claimId, now]);
    }
    for (const r of freshOf.get(t) ?? []) roundOf.set(r.claim.claimId, f.roundOf.get(r.claim.claimId) as string);
  }

  const gone = [...old.keys()].filter((id) => !kept.has(id));
  await upsertRows(tx, schema, TRACK_UPSERT, trackRows);
  if (gone.length) await tx.query(`DELETE FROM ${s}.talks_rounds WHERE round_id = ANY($1)`, [gone]);
  await upsertRows(tx, schema, ROUND_UPSERT, changed.map(roundRow));
  await reassignClaims(tx, schema, moves);
  if (emptied.length) await tx.query(`DELETE FROM ${s}.talks_tracks WHERE track_id = ANY($1)`, [emptied]);
  return roundOf;
}
