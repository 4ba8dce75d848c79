import type { StrikeClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { foldStrike, strikeIdOf, type StrikeState } from '../fold';

interface StrikeRow {
  strike_id: string;
  attacker: string | null;
  target: string | null;
  target_type: string;
  locations: string[];
  date: string | null;
  date_precision: string | null;
  date_sort: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  first_seen: Date;
  last_seen: Date;
  source_count: number;
}

function toState(r: StrikeRow): StrikeState {
  return {
    strikeId: r.strike_id,
    attacker: r.attacker,
    target: r.target,
    targetType: r.target_type,
    locations: r.locations,
    date: r.date,
    datePrecision: r.date_precision,
    dateSort: r.date_sort,
    weapons: r.weapons,
    killed: r.killed,
    injured: r.injured,
    firstSeen: r.first_seen.toISOString(),
    lastSeen: r.last_seen.toISOString(),
    sourceCount: r.source_count,
  };
}

/** Fold a strike claim into the attack it reports; returns the strike id the claim sources. */
export async function applyStrike(tx: SqlExecutor, schema: string, claim: StrikeClaim, seenAt: string): Promise<string> {
  const s = quoteIdent(schema);
  const id = strikeIdOf(claim);
  const { rows } = await tx.query<StrikeRow>(
    `SELECT strike_id, attacker, target, target_type, locations, date, date_precision,
            to_char(date_sort, 'YYYY-MM-DD') AS date_sort, weapons, killed, injured, first_seen, last_seen, source_count
       FROM ${s}.strikes WHERE strike_id = $1 FOR UPDATE`,
    [id],
  );
  const next = foldStrike(rows[0] ? toState(rows[0]) : null, claim, seenAt);
  await tx.query(
    `INSERT INTO ${s}.strikes (strike_id, attacker, target, target_type, locations, date, date_precision, date_sort,
       weapons, killed, injured, first_seen, last_seen, source_count)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
     ON CONFLICT (strike_id) DO UPDATE SET weapons = EXCLUDED.weapons, killed = EXCLUDED.killed,
       injured = EXCLUDED.injured, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
       source_count = EXCLUDED.source_count`,
    [
      next.strikeId,
      next.attacker,
      next.target,
      next.targetType,
      next.locations,
      next.date,
      next.datePrecision,
      next.dateSort,
      next.weapons,
      next.killed,
      next.injured,
      next.firstSeen,
      next.lastSeen,
      next.sourceCount,
    ],
  );
  return next.strikeId;
}
