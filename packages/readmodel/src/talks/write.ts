import type { TalksClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { Report } from '../fold/reports';
import { sameJson } from '../fold/same-json';
import { keepReport, lockKeys, push, reassignClaims, reportsOf, type StoredReport } from '../stored-reports';
import { upsertRows } from '../upsert';
import { foldTrack, type RoundState } from './fold';
import { lockKeyOf } from '../read-model';
import { trackOf } from './ids';
import { ROUND_COLS, ROUND_UPSERT, TRACK_UPSERT, roundOfRow, roundRow, trackRow, type StoredRoundRow } from './rows';

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
  for (const r of fresh) {
    // a fresh report is folded again with every batch touching its track: keep it
    keepReport(schema, r);
    push(freshOf, trackOf(r.claim), r);
  }
  const ids = [...new Set([...freshOf.keys(), ...tracks])].sort();
  const roundOf = new Map<string, string>();
  if (ids.length === 0) return roundOf;
  // the fresh reports' tracks are locked by the projector (talks.keyOf); these, as after a retraction, here
  await lockKeys(tx, tracks.map((t) => lockKeyOf(schema, { name: 'talks' }, t)));

  const old = new Map<string, RoundState>();
  for (const row of (await tx.query<StoredRoundRow>(`SELECT ${ROUND_COLS} FROM ${s}.talks_rounds WHERE track_id = ANY($1)`, [ids])).rows) {
    old.set(row.round_id, roundOfRow(row));
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
      if (!before || !sameJson(before, r)) changed.push(r);
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

/** Fold again the tracks of the rounds retracted claims sourced, whole, from the claims that still stand. */
export async function retractTalks(tx: SqlExecutor, schema: string, rounds: readonly string[]): Promise<void> {
  const s = quoteIdent(schema);
  const tracks = (await tx.query<{ track_id: string }>(`SELECT DISTINCT track_id FROM ${s}.talks_rounds WHERE round_id = ANY($1)`, [rounds])).rows.map((r) => r.track_id);
  await regroupTalks(tx, schema, [], tracks);
}
