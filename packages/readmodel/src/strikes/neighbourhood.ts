import type { StrikeClaim } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import { dateRange } from '../dates';
import { push } from '../stored-reports';
import { STRIKE_SLACK_DAYS, type StrikeState } from './fold';
import { placeKeysOf } from './ids';
import { COLS, strikeOfRow, type StoredStrikeRow } from './rows';

interface Combo {
  attacker: string | null;
  target: string | null;
}
/** A report or a strike, as the neighbourhood is walked: its combination, places, and days (null when vague). */
export interface Node extends Combo {
  id: string | null;
  date: string | null;
  keys: readonly string[];
  first: number | null;
  last: number | null;
}

const DAY = 86_400_000;
const dayOf = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const isoDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const comboKey = (x: Combo) => `${x.attacker}\u0000${x.target}`;
const WEEK = 7;
/** How far past the reports' days the first read reaches (a neighbourhood rarely runs further). */
const PAD_DAYS = 14;

export function nodeOfRow(st: StrikeState): Node {
  return {
    id: st.strikeId,
    attacker: st.attacker,
    target: st.target,
    date: st.date,
    keys: st.placeKeys,
    first: st.spanFirst ? dayOf(st.spanFirst) : null,
    last: st.spanLast ? dayOf(st.spanLast) : null,
  };
}

export function nodeOfReport(claim: StrikeClaim): Node {
  const keys = placeKeysOf(claim);
  const days = claim.date && keys.length ? dateRange(claim.date) : null;
  return {
    id: null,
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
 * every stored strike linked to them (fold.ts `linked`), and every strike linked to
 * those, until no more come. A strike's reports are linked to each other through it, so
 * strikes stand for their reports: a vague report (undated or placeless) meets its exact twin;
 * a dated, placed one the strikes of its attacker and target (any target type) sharing a place whose days
 * (span_first..span_last) come within the slack. The dated strikes around the reports' days
 * are read in one query (the span index) and walked in memory; should the walk reach the edge
 * of what was read, the read widens.
 */
export async function neighbourhood(tx: SqlExecutor, s: string, seeds: readonly Node[]): Promise<Map<string, StrikeState>> {
  const hood = new Map<string, StrikeState>();
  const vague = seeds.filter((n) => n.first === null && n.id === null);
  if (vague.length) {
    const r = await tx.query<StoredStrikeRow>(
      `SELECT ${COLS} FROM ${s}.strikes WHERE strike_id IN (
         SELECT st.strike_id FROM ${s}.strikes st
           JOIN jsonb_to_recordset($1::jsonb) AS x(attacker text, target text, date text, location_keys text[])
             ON st.attacker IS NOT DISTINCT FROM x.attacker AND st.target IS NOT DISTINCT FROM x.target
            AND st.span_first IS NULL AND st.date IS NOT DISTINCT FROM x.date AND st.location_keys = x.location_keys)`,
      [JSON.stringify(vague.map((n) => ({ attacker: n.attacker, target: n.target, date: n.date, location_keys: n.keys })))],
    );
    for (const row of r.rows) hood.set(row.strike_id, strikeOfRow(row));
  }
  const dated = seeds.filter((n) => n.first !== null) as (Node & { first: number; last: number })[];
  if (dated.length === 0) return hood;
  const combos = [...new Map(dated.map((n) => [comboKey(n), n])).values()];
  let lo = Math.min(...dated.map((n) => n.first)) - PAD_DAYS;
  let hi = Math.max(...dated.map((n) => n.last)) + PAD_DAYS;
  for (;;) {
    const r = await tx.query<StoredStrikeRow>(
      `SELECT ${COLS} FROM ${s}.strikes st
        WHERE st.span_first IS NOT NULL AND daterange(st.span_first, st.span_last, '[]') && daterange($1::date, $2::date, '[]')
          AND EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS k(att, tgt)
                       WHERE st.attacker IS NOT DISTINCT FROM k.att AND st.target IS NOT DISTINCT FROM k.tgt)`,
      [isoDay(lo), isoDay(hi), combos.map((c) => c.attacker), combos.map((c) => c.target)],
    );
    // the strikes read, filed by combination, place and week
    const filed = new Map<string, StrikeState[]>();
    for (const row of r.rows) {
      const st = strikeOfRow(row);
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

