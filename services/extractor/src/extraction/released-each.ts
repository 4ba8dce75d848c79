/** The people an exchange frees, after the number. */
const PEOPLE = /^\s+(?:more\s+)?(?:prisoners|pows|captives|servicem[ae]n|soldiers|people|civilians|detainees|prisoners of war|troops)\b/i;
/** "each side released", "both countries freed", "Russia and Ukraine each handed over", right before the number. */
const EACH_RELEASED =
  /\b(?:each(?:\s+(?:side|country|party))?|both(?:\s+(?:sides|countries))?)\s+(?:released|freed|handed over|returned|sent home|releasing|freeing|handing over|returning)\s+(?:another\s+)?$/i;

/**
 * The number of people each of the two sides released ("Each side released 157 people"), or
 * null. The caller gives it to the conflict's two sides of the exchange it belongs to.
 */
export function releasedByEachSide(t: string, numbers: readonly { value: number; end: number; qualStart: number; unit?: unknown }[]): number | null {
  for (const n of numbers) {
    if (n.unit) continue;
    if (EACH_RELEASED.test(t.slice(Math.max(0, n.qualStart - 50), n.qualStart)) && PEOPLE.test(t.slice(n.end, n.end + 40))) return n.value;
  }
  return null;
}
