import type { Gazetteer } from '../gazetteer/compile';
import type { TalksFrame } from './talks';

/**
 * The party set of a talks claim, settled across the article. The scorer and the read model
 * key a round on its sides and its city, so a wrong set is both a false and a missed claim.
 *
 * - The country of the venue ("Istanbul": Turkey) hosts: it is not a side unless the sentence
 *   that opened the meeting named it as one ("Turkey, Russia and Ukraine signed ..."), and only
 *   when two sides remain without it.
 * - An exchange or repatriation carried out under a round told in the same article sits with
 *   that round: same city and sides that the round's include.
 */

/** The party of a venue city, from the gazetteer's places. */
export function venueParty(gaz: Gazetteer, location: string | null): string | null {
  if (!location) return null;
  const key = location.toLowerCase();
  for (const p of gaz.config.places) {
    if (p.name.toLowerCase() === key || p.aliases.some((x) => x.toLowerCase() === key)) return p.party;
  }
  for (const party of gaz.config.parties) {
    if (party.capitals?.some((c) => c.toLowerCase() === key)) return party.id;
  }
  return null;
}

/** `parties` without the venue's host country, unless it was named a side where the meeting opened. */
export function withoutVenueHost(parties: string[], location: string | null, gaz: Gazetteer, firmSides?: ReadonlySet<string>): string[] {
  const host = venueParty(gaz, location);
  if (!host || !parties.includes(host) || firmSides?.has(host)) return parties;
  const rest = parties.filter((p) => p !== host);
  return rest.length >= 2 ? rest : parties;
}

const OUTCOME_ONLY = new Set(['prisoner_exchange', 'bodies_repatriated']);

/** A claim that only reports a handover carried out (an exchange agreed at a round marks the round). */
function isHandover(f: TalksFrame): boolean {
  return f.claim.outcomes.length > 0 && f.claim.outcomes.every((o) => OUTCOME_ONLY.has(o.type) && !o.agreed);
}

/**
 * Exchanges and repatriations take the sides of the one held round of the article they belong to:
 * the held rounds at their city, when those agree on their sides. Frames are changed in place.
 */
export function alignHandoversWithRounds(frames: TalksFrame[]): void {
  const rounds = frames.filter((f) => f.claim.status === 'held' && !isHandover(f) && f.claim.parties.length >= 2);
  for (const f of frames) {
    if (!isHandover(f)) continue;
    const c = f.claim;
    const loc = c.location?.toLowerCase() ?? null;
    // with no city of its own, the exchange is not tied to a round: its sides stay as read
    if (loc === null) continue;
    const candidates = rounds.filter((r) => r !== f && r.claim.location?.toLowerCase() === loc);
    const sets = new Set(candidates.map((r) => r.claim.parties.join()));
    if (sets.size !== 1) continue;
    const round = candidates[0]!;
    if (!c.parties.every((p) => round.claim.parties.includes(p))) continue;
    c.parties = [...round.claim.parties];
  }
}
