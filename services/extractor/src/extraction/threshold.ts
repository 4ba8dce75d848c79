/**
 * The extractor abstains below this confidence: such claims are neither published nor printed
 * by `npm run -s extract` (its `--all` prints them, with their confidence). Calibrated on the
 * dev corpus so that claims at or above it are right at least 90% of the time (see README,
 * "Confidence"); the extractor service takes another value from MIN_CONFIDENCE.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.8;

/** The claims the product shows: those at or above `min`. */
export function atOrAbove<T extends { confidence: number }>(claims: readonly T[], min: number = DEFAULT_MIN_CONFIDENCE): T[] {
  return claims.filter((c) => c.confidence >= min);
}
