import type { Outcome } from '@claimwire/events';

export interface TrackTotals {
  rounds: { held: number; scheduled: number; cancelled: number };
  prisonersExchanged: number;
  /** Prisoners agreed to be exchanged, in exchanges not (yet) reported carried out. */
  prisonersAgreed: number;
  /** Prisoners released to each party, summed over rounds. */
  releasedByParty: Record<string, number>;
  bodiesRepatriated: number;
  agreements: string[];
}

/**
 * Running totals of a track over its rounds (each round's outcomes already merged across
 * sources). Only rounds that were held count towards exchanges and repatriations: what a
 * scheduled round is to bring has not happened yet. An exchange only agreed is counted apart
 * from those carried out.
 */
export function trackTotals(rounds: readonly { status: string; outcomes: readonly Outcome[] }[]): TrackTotals {
  const t: TrackTotals = {
    rounds: { held: 0, scheduled: 0, cancelled: 0 },
    prisonersExchanged: 0,
    prisonersAgreed: 0,
    releasedByParty: {},
    bodiesRepatriated: 0,
    agreements: [],
  };
  for (const r of rounds) {
    if (r.status === 'held' || r.status === 'scheduled' || r.status === 'cancelled') t.rounds[r.status]++;
    if (r.status !== 'held') continue;
    for (const o of r.outcomes) {
      if (o.type === 'prisoner_exchange' && o.agreed) {
        t.prisonersAgreed += o.total ?? 0;
      } else if (o.type === 'prisoner_exchange') {
        const released = Object.values(o.released ?? {}).reduce((a, b) => a + b, 0);
        t.prisonersExchanged += o.total ?? released;
        for (const [party, n] of Object.entries(o.released ?? {})) t.releasedByParty[party] = (t.releasedByParty[party] ?? 0) + n;
      } else if (o.type === 'bodies_repatriated') {
        t.bodiesRepatriated += o.total ?? 0;
      } else if (!t.agreements.includes(o.type)) {
        t.agreements.push(o.type);
      }
    }
  }
  t.agreements.sort();
  t.releasedByParty = Object.fromEntries(Object.entries(t.releasedByParty).sort());
  return t;
}
