import type { Gazetteer } from '../gazetteer/compile';
import { canonicalPlace } from '../gazetteer/places';
import { resolveReporter } from '../gazetteer/reporters';
import { sidesOf } from '../gazetteer/sides';
import type { StrikeClaim, TalksClaim, TollClaim } from './types';

/**
 * A toll with its reporter resolved to a gazetteer entity, when the name names one for sure:
 * the entity's id and display name, and its country when the text gave none.
 */
const MILITARY_COMMAND = /^(?:the\s+)?(?:defen[cs]e ministry|ministry of defen[cs]e|general staff|military|armed forces)$/i;

export function withReporterEntity(claim: TollClaim, gazetteer: Gazetteer): TollClaim {
  // "the Defense Ministry said Ukrainian forces lost 1,240": a military command counting a side's
  // soldiers is the other side's (no army publishes its own losses this way)
  // ("according to the military's latest casualty toll of Russian troops": the country near the bare name is the one counted)
  if ((!claim.reporterCountry || claim.reporterCountry === claim.party) && claim.population === 'military' && claim.measure !== 'captured' && MILITARY_COMMAND.test(claim.reportedBy ?? '')) {
    const other = gazetteer.adversaries.get(claim.party);
    if (other?.length === 1) claim.reporterCountry = other[0]!;
  }
  const e = resolveReporter(gazetteer.reporters, claim.reportedBy, claim.reporterCountry ?? null);
  if (!e) return claim;
  claim.reporterId = e.id;
  claim.reporterName = e.name;
  if (e.country) claim.reporterCountry = e.country;
  // "the monitors recorded 171 deaths": a civilian-casualty monitor's count is of civilians
  if (claim.population === 'unspecified' && e.counts && claim.measure !== 'captured' && claim.measure !== 'displaced') claim.population = e.counts;
  return claim;
}

/** A talks claim with the conflict's two sides it is about, when both take part. */
export function withSides(claim: TalksClaim, gazetteer: Gazetteer): TalksClaim {
  const sides = sidesOf(claim.parties, gazetteer);
  if (sides) claim.sides = sides;
  return claim;
}

/** A strike with its locations under their gazetteer names, for the read model to match reports by. */
export function withPlaces(claim: StrikeClaim, gazetteer: Gazetteer): StrikeClaim {
  if (claim.locations.length) claim.places = claim.locations.map((l) => canonicalPlace(gazetteer.placeNames, l));
  return claim;
}
