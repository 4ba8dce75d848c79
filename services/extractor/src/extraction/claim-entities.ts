import type { Gazetteer } from '../gazetteer/compile';
import { canonicalPlace } from '../gazetteer/places';
import { resolveReporter } from '../gazetteer/reporters';
import { sidesOf } from '../gazetteer/sides';
import type { StrikeClaim, TalksClaim, TollClaim } from './types';

/**
 * A toll with its reporter resolved to a gazetteer entity, when the name names one for sure:
 * the entity's id and display name, and its country when the text gave none.
 */
export function withReporterEntity(claim: TollClaim, gazetteer: Gazetteer): TollClaim {
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
