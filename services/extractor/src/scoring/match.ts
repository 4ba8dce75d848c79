import type { ClaimBody } from '../extraction/types';

/**
 * Which predicted claims a human annotation confirms: the corpus scorer's matching rules
 * (../shared/corpus/README.md, "How a prediction is scored") in TypeScript, so that eval can
 * tell each printed claim right or wrong and report how confidence relates to being right.
 */

type AnyClaim = { kind: string } & Record<string, unknown>;

const low = (s: unknown): string => (typeof s === 'string' ? s.trim().toLowerCase() : '');

function namesAgree(a: unknown, b: unknown): boolean {
  const x = low(a);
  const y = low(b);
  if (!x && !y) return true;
  if (!x || !y) return false;
  return x.includes(y) || y.includes(x);
}

function sortedStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').sort() : [];
}

/** The key a predicted claim must share with an annotated one to count as the same claim. */
export function sameClaim(gold: AnyClaim, pred: AnyClaim): boolean {
  if (gold.kind !== pred.kind) return false;
  switch (gold.kind) {
    case 'toll':
      return gold.party === pred.party && gold.measure === pred.measure && gold.value === pred.value;
    case 'talks':
      return sortedStrings(gold.parties).join('|') === sortedStrings(pred.parties).join('|') && low(gold.location) === low(pred.location);
    case 'strike': {
      if (gold.attacker !== pred.attacker || gold.targetType !== pred.targetType) return false;
      const gl = sortedStrings(gold.locations).map(low);
      if (!gl.length) return true;
      const pl = sortedStrings(pred.locations);
      return gl.some((g) => pl.some((p) => namesAgree(g, p)));
    }
    default:
      return false;
  }
}

/**
 * For each predicted claim, whether an annotation of the same article confirms it, matching
 * one to one in the scorer's order (annotations first, each taking the first free prediction
 * it matches).
 */
export function confirmed(gold: readonly AnyClaim[], predicted: readonly (ClaimBody | AnyClaim)[]): boolean[] {
  const ok = predicted.map(() => false);
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !ok[j] && sameClaim(g, p as AnyClaim));
    if (i >= 0) ok[i] = true;
  }
  return ok;
}
