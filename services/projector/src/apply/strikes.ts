import { canonicalJson, type StrikeClaim } from '@claimwire/events';
import { dateRange } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { STRIKE_SLACK_DAYS, foldStrikes, placeKeysOf, type Report, type StrikeState } from '@claimwire/readmodel';
import { lockKeys, push, reassignClaims, reportsOf } from './claim-row';
import { upsertRows, type UpsertSpec } from './upsert';

export interface StrikeRow {
  strike_id: string;
  attacker: string | null;
  target: string | null;
  target_type: string;
  locations: string[];
  location_keys: string[];
  date: string | null;
  date_precision: string | null;
  date_sort: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  span_first: string | null;
  span_last: string | null;
  first_seen: Date;
  last_seen: Date;
  source_count: number;
}

export const COLS = `strike_id, attacker, target, target_type, locations, location_keys, date, date_precision,
  to_char(date_sort, 'YYYY-MM-DD') AS date_sort, weapons, killed, injured, to_char(span_first, 'YYYY-MM-DD') AS span_first,
  to_char(span_last, 'YYYY-MM-DD') AS span_last, first_seen, last_seen, source_count`;

export function toState(r: StrikeRow): StrikeState {
  return {
    strikeId: r.strike_id,
    attacker: r.attacker,
    target: r.target,
    targetType: r.target_type,
    locations: r.locations,
    placeKeys: r.location_keys,
    date: r.date,
    datePrecision: r.date_precision,
    dateSort: r.date_sort,
    weapons: r.weapons,
    killed: r.killed,
    injured: r.injured,
    spanFirst: r.span_first,
    spanLast: r.span_last,
    firstSeen: r.first_seen.toISOString(),
    lastSeen: r.last_seen.toISOString(),
    sourceCount: r.source_count,
  };
}

export const STRIKE_UPSERT: UpsertSpec = {
  table: 'strikes',
  columns: ['strike_id', 'attacker', 'target', 'target_type', 'locations', 'location_keys', 'date', 'date_precision',
    'date_sort', 'date_last', 'weapons', 'killed', 'injured', 'span_first', 'span_last', 'first_seen', 'last_seen', 'source_count'],
  onConflict: `ON CONFLICT (strike_id) DO UPDATE SET locations = EXCLUDED.locations, location_keys = EXCLUDED.location_keys,
       date = EXCLUDED.date, date_precision = EXCLUDED.date_precision, date_sort = EXCLUDED.date_sort,
       date_last = EXCLUDED.date_last, weapons = EXCLUDED.weapons, killed = EXCLUDED.killed,
       injured = EXCLUDED.injured, span_first = EXCLUDED.span_first, span_last = EXCLUDED.span_last,
       first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen, source_count = EXCLUDED.source_count`,
};

export function strikeRow(next: StrikeState): unknown[] {
  return [next.strikeId, next.attacker, next.target, next.targetType, next.locations, next.placeKeys, next.date,
    next.datePrecision, next.dateSort, next.date ? dateRange(next.date).last : null, next.weapons, next.killed, next.injured,
    next.spanFirst, next.spanLast, next.firstSeen, next.lastSeen, next.sourceCount];
}

const lockOf = (schema: string, x: { targetType: string; attacker: string | null; target: string | null }) =>
  `${schema}/strikes/${x.targetType}/${x.attacker ?? ''}/${x.target ?? ''}`;

interface Combo {
  targetType: string;
  attacker: string | null;
  target: string | null;
}
/** A report or a strike, as the neighbourhood is walked: its combination, places, and days (null when vague). */
interface Node extends Combo {
  id: string | null;
  date: string | null;
  keys: readonly string[];
  first: number | null;
  last: number | null;
}

const DAY = 86_400_000;
const dayOf = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const isoDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const comboKey = (x: Combo) => `${x.targetType}\u0000${x.attacker}\u0000${x.target}`;
const WEEK = 7;
/** How far past the reports' days the first read reaches (a neighbourhood rarely runs further). */
const PAD_DAYS = 14;

function nodeOfRow(st: StrikeState): Node {
  return {
    id: st.strikeId,
    targetType: st.targetType,
    attacker: st.attacker,
    target: st.target,
    date: st.date,
    keys: st.placeKeys,
    first: st.spanFirst ? dayOf(st.spanFirst) : null,
    last: st.spanLast ? dayOf(st.spanLast) : null,
  };
}

function nodeOfReport(claim: StrikeClaim): Node {
  const keys = placeKeysOf(claim);
  const days = claim.date && keys.length ? dateRange(claim.date) : null;
  return {
    id: null,
    targetType: claim.targetType,
    attacker: claim.attacker,
    target: claim.target,
    date: claim.date,
    keys,
    first: days ? dayOf(days.first) : null,
    last: days ? dayOf(days.last) : null,
  };
}

/**
 * The neighbourhood of some reports (fresh ones, and stored strikes whose claims changed):
 * every stored strike linked to them (fold/strikes.ts `linked`), and every strike linked to
 * those, until no more come. A strike's reports are linked to each other through it, so
 * strikes stand for their reports: a vague report (undated or placeless) meets its exact twin;
 * a dated, placed one the strikes of its attacker, target and type sharing a place whose days
 * (span_first..span_last) come within the slack. The dated strikes around the reports' days
 * are read in one query (the span index) and walked in memory; should the walk reach the edge
 * of what was read, the read widens.
 */
async function neighbourhood(tx: SqlExecutor, s: string, seeds: readonly Node[]): Promise<Map<string, StrikeState>> {
  const hood = new Map<string, StrikeState>();
  const vague = seeds.filter((n) => n.first === null && n.id === null);
  if (vague.length) {
    const r = await tx.query<StrikeRow>(
      `SELECT ${COLS} FROM ${s}.strikes WHERE strike_id IN (
         SELECT st.strike_id FROM ${s}.strikes st
           JOIN jsonb_to_recordset($1::jsonb) AS x(target_type text, attacker text, target text, date text, location_keys text[])
             ON st.target_type = x.target_type AND st.attacker IS NOT DISTINCT FROM x.attacker AND st.target IS NOT DISTINCT FROM x.target
            AND st.span_first IS NULL AND st.date IS NOT DISTINCT FROM x.date AND st.location_keys = x.location_keys)`,
      [JSON.stringify(vague.map((n) => ({ target_type: n.targetType, attacker: n.attacker, target: n.target, date: n.date, location_keys: n.keys })))],
    );
    for (const row of r.rows) hood.set(row.strike_id, toState(row));
  }
  const dated = seeds.filter((n) => n.first !== null) as (Node & { first: number; last: number })[];
  if (dated.length === 0) return hood;
  const combos = [...new Map(dated.map((n) => [comboKey(n), n])).values()];
  let lo = Math.min(...dated.map((n) => n.first)) - PAD_DAYS;
  let hi = Math.max(...dated.map((n) => n.last)) + PAD_DAYS;
  for (;;) {
    const r = await tx.query<StrikeRow>(
      `SELECT ${COLS} FROM ${s}.strikes st
        WHERE st.span_first IS NOT NULL AND daterange(st.span_first, st.span_last, '[]') && daterange($1::date, $2::date, '[]')
          AND EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[], $5::text[]) AS k(tt, att, tgt)
                       WHERE st.target_type = k.tt AND st.attacker IS NOT DISTINCT FROM k.att AND st.target IS NOT DISTINCT FROM k.tgt)`,
      [isoDay(lo), isoDay(hi), combos.map((c) => c.targetType), combos.map((c) => c.attacker), combos.map((c) => c.target)],
    );
    // the strikes read, filed by combination, place and week
    const filed = new Map<string, StrikeState[]>();
    for (const row of r.rows) {
      const st = toState(row);
      const n = nodeOfRow(st) as Node & { first: number; last: number };
      for (const k of n.keys) {
        for (let w = Math.floor(n.first / WEEK); w <= Math.floor(n.last / WEEK); w++) push(filed, `${comboKey(n)}\u0000${k}\u0000${w}`, st);
      }
    }
    const walked = new Map<string, StrikeState>();
    const todo = [...dated];
    while (todo.length) {
      const n = todo.pop() as Node & { first: number; last: number };
      const from = Math.floor((n.first - STRIKE_SLACK_DAYS) / WEEK);
      const to = Math.floor((n.last + STRIKE_SLACK_DAYS) / WEEK);
      for (const k of n.keys) {
        for (let w = from; w <= to; w++) {
          for (const st of filed.get(`${comboKey(n)}\u0000${k}\u0000${w}`) ?? []) {
            if (walked.has(st.strikeId)) continue;
            const m = nodeOfRow(st) as Node & { first: number; last: number };
            if (m.first > n.last + STRIKE_SLACK_DAYS || m.last < n.first - STRIKE_SLACK_DAYS) continue;
            walked.set(st.strikeId, st);
            todo.push(m);
          }
        }
      }
    }
    // a strike near the edge of what was read may have linked strikes beyond it: read further
    let wider = false;
    for (const st of walked.values()) {
      const m = nodeOfRow(st) as Node & { first: number; last: number };
      if (m.first - STRIKE_SLACK_DAYS < lo) {
        lo = m.first - PAD_DAYS;
        wider = true;
      }
      if (m.last + STRIKE_SLACK_DAYS > hi) {
        hi = m.last + PAD_DAYS;
        wider = true;
      }
    }
    if (wider) continue;
    for (const [id, st] of walked) hood.set(id, st);
    return hood;
  }
}

/**
 * Regroup the strikes around fresh reports, and around stored strikes whose claims changed
 * (`strikes`, as after a retraction). The attacker/target/type combinations are locked, the
 * neighbourhood read (the strikes linked to the reports, transitively) with every claim
 * sourcing it, all of it folded again with the fresh reports (foldStrikes: the strikes depend
 * on the set of reports, not on the order they came in), and the difference written: strikes
 * new or changed, strikes gone, claims now sourcing another strike. Returns the strike of
 * every fresh report.
 */
export async function regroupStrikes(
  tx: SqlExecutor,
  schema: string,
  fresh: readonly Report<StrikeClaim>[],
  strikes: readonly string[] = [],
): Promise<Map<string, string>> {
  const s = quoteIdent(schema);
  const strikeOf = new Map<string, string>();
  if (fresh.length === 0 && strikes.length === 0) return strikeOf;
  const combos = fresh.map((r) => lockOf(schema, r.claim));
  if (strikes.length) {
    const r = await tx.query<{ target_type: string; attacker: string | null; target: string | null }>(
      `SELECT DISTINCT target_type, attacker, target FROM ${s}.strikes WHERE strike_id = ANY($1)`,
      [strikes],
    );
    for (const row of r.rows) combos.push(lockOf(schema, { targetType: row.target_type, attacker: row.attacker, target: row.target }));
  }
  await lockKeys(tx, combos);

  const seeds = fresh.map((r) => nodeOfReport(r.claim));
  const old = new Map<string, StrikeState>();
  if (strikes.length) {
    for (const row of (await tx.query<StrikeRow>(`SELECT ${COLS} FROM ${s}.strikes WHERE strike_id = ANY($1)`, [strikes])).rows) {
      const st = toState(row);
      old.set(st.strikeId, st);
      seeds.push(nodeOfRow(st));
    }
  }
  for (const [id, st] of await neighbourhood(tx, s, seeds)) old.set(id, st);
  const stored = await reportsOf<StrikeClaim>(tx, schema, [...old.keys()]);
  const f = foldStrikes([...stored.map((sr) => sr.report), ...fresh]);
  const changed = f.strikes.filter((st) => {
    const before = old.get(st.strikeId);
    return !before || canonicalJson(before) !== canonicalJson(st);
  });
  const kept = new Set(f.strikes.map((st) => st.strikeId));
  const gone = [...old.keys()].filter((id) => !kept.has(id));
  const moves: [string, string][] = [];
  for (const sr of stored) {
    const now = f.strikeOf.get(sr.report.claim.claimId) as string;
    if (now !== sr.entityId) moves.push([sr.report.claim.claimId, now]);
  }
  if (gone.length) await tx.query(`DELETE FROM ${s}.strikes WHERE strike_id = ANY($1)`, [gone]);
  await upsertRows(tx, schema, STRIKE_UPSERT, changed.map(strikeRow));
  await reassignClaims(tx, schema, moves);
  for (const r of fresh) strikeOf.set(r.claim.claimId, f.strikeOf.get(r.claim.claimId) as string);
  return strikeOf;
}
