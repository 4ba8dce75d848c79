import type { Outcome } from '@claimwire/events';
import { placeKey, type TalksRoundRow } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { dateRange } from '../domain/dates';
import { trackTotals, type TrackTotals } from '../domain/talks-totals';
import { badRequest } from '../http/problem';
import type { z } from 'zod';
import type { Round as RoundSchema, TalksQuery } from '../schemas';
import { EMBEDDED_SOURCES, embeddedSources, embeddedSourcesSql, isoTimestamp, sourcesFor, type Source } from './sources';
import { Where } from './sql-builder';

type Round = z.infer<typeof RoundSchema>;

/** A round as ROUND_COLS reads it. */
type RoundRow = Omit<TalksRoundRow, 'location_key' | 'date_sort' | 'status_reported_at'>;

const ROUND_COLS = `round_id, track_id, round, location, date, date_precision, status, parties, participants, outcomes,
  first_seen, last_seen, source_count`;
// chronological; an undated round sits at the day it was first seen
const ROUND_ORDER = 'COALESCE(date_sort, first_seen::date) ASC, round ASC NULLS LAST, first_seen ASC, round_id ASC';
// the same order reversed (the latest round first)
const ROUND_ORDER_DESC = 'COALESCE(date_sort, first_seen::date) DESC, round DESC NULLS FIRST, first_seen DESC, round_id DESC';

/** A track on a list page, as its one query returns it. */
interface ListedTrackRow {
  track_id: string;
  parties: string[];
  round_count: string;
  tally: { status: string; outcomes: Outcome[] }[] | null;
  latest: (Omit<RoundRow, 'first_seen' | 'last_seen'> & { first_seen: string; last_seen: string }) | null;
  latest_sources: Source[] | null;
}

function toRound(r: RoundRow, sources: Map<string, Source[]>): Round {
  return {
    roundId: r.round_id,
    round: r.round,
    location: r.location,
    date: r.date,
    precision: r.date_precision,
    status: r.status,
    parties: r.parties,
    participants: r.participants,
    outcomes: r.outcomes,
    firstSeen: r.first_seen.toISOString(),
    lastSeen: r.last_seen.toISOString(),
    sourceCount: r.source_count,
    sources: sources.get(r.round_id) ?? [],
  };
}

export interface TrackSummary {
  trackId: string;
  parties: string[];
  roundCount: number;
  latestRound: Round | null;
  totals: TrackTotals;
}

/** The round filters of a list (on `r`, a talks_rounds row), each with its value bound in `w`. */
export function roundConditions(w: Where, q: Pick<TalksQuery, 'status' | 'location' | 'from' | 'to'>): string[] {
  const conds: string[] = [];
  if (q.status) conds.push(`r.status = ${w.param(q.status)}`);
  if (q.location) conds.push(`r.location_key = ${w.param(placeKey(q.location))}`);
  if (q.from) conds.push(`r.date_sort >= ${w.param(dateRange(q.from).first)}::date`);
  if (q.to) conds.push(`r.date_sort <= ${w.param(dateRange(q.to).last)}::date`);
  return conds;
}

export async function listTracks(db: SqlExecutor, schema: string, q: TalksQuery) {
  const s = quoteIdent(schema);
  const w = new Where();
  // a mediator is a party of its rounds, not of the track (which holds the conflict's two sides)
  if (q.party) w.add(`(? = ANY(t.parties) OR EXISTS (SELECT 1 FROM ${s}.talks_rounds p WHERE p.track_id = t.track_id AND ? = ANY(p.parties)))`, q.party, q.party);
  const conds = roundConditions(w, q);
  if (conds.length) w.add(`EXISTS (SELECT 1 FROM ${s}.talks_rounds r WHERE r.track_id = t.track_id AND ${conds.join(' AND ')})`);
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 1);
    if (!key || typeof key[0] !== 'string') throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
    w.add('t.track_id > ?', key[0]);
  }
  // per track in the same statement: every round's status and outcomes (for the totals),
  // the latest round (the last in ROUND_ORDER) and its first sources
  const tracks = (
    await db.query<ListedTrackRow>(
      `SELECT t.track_id, t.parties, agg.n AS round_count, agg.tally,
              row_to_json(lr) AS latest, ${embeddedSourcesSql(schema, 'lr.round_id', EMBEDDED_SOURCES.list)} AS latest_sources
         FROM ${s}.talks_tracks t
         CROSS JOIN LATERAL (SELECT count(*) AS n, json_agg(json_build_object('status', x.status, 'outcomes', x.outcomes)) AS tally
                               FROM ${s}.talks_rounds x WHERE x.track_id = t.track_id) agg
         LEFT JOIN LATERAL (SELECT round_id, track_id, round, location, date, date_precision, status, parties, participants, outcomes,
                                   ${isoTimestamp('first_seen')} AS first_seen, ${isoTimestamp('last_seen')} AS last_seen, source_count
                              FROM ${s}.talks_rounds x WHERE x.track_id = t.track_id
                             ORDER BY ${ROUND_ORDER_DESC} LIMIT 1) lr ON true
         ${w.sql()} ORDER BY t.track_id LIMIT ${w.param(q.limit + 1)}`,
      w.params,
    )
  ).rows;
  const page = tracks.slice(0, q.limit);
  const items: TrackSummary[] = page.map((t) => ({
    trackId: t.track_id,
    parties: t.parties,
    roundCount: Number(t.round_count),
    latestRound: t.latest ? toRound({ ...t.latest, first_seen: new Date(t.latest.first_seen), last_seen: new Date(t.latest.last_seen) }, new Map([[t.latest.round_id, embeddedSources(t.latest_sources)]])) : null,
    totals: trackTotals(t.tally ?? []),
  }));
  const last = page[page.length - 1];
  return { items, nextCursor: tracks.length > q.limit && last ? encodeCursor([last.track_id]) : null };
}

export async function getTrack(db: SqlExecutor, schema: string, trackId: string) {
  const s = quoteIdent(schema);
  const t = (await db.query<{ track_id: string; parties: string[] }>(`SELECT track_id, parties FROM ${s}.talks_tracks WHERE track_id = $1`, [trackId])).rows[0];
  if (!t) return null;
  const rounds = (await db.query<RoundRow>(`SELECT ${ROUND_COLS} FROM ${s}.talks_rounds WHERE track_id = $1 ORDER BY ${ROUND_ORDER}`, [trackId])).rows;
  const sources = await sourcesFor(db, schema, rounds.map((r) => r.round_id), EMBEDDED_SOURCES.detail);
  return {
    trackId: t.track_id,
    parties: t.parties,
    rounds: rounds.map((r) => toRound(r, sources)),
    totals: trackTotals(rounds.map((r) => ({ status: r.status, outcomes: r.outcomes }))),
  };
}
