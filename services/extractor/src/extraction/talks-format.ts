/**
 * Sides told by the format of a meeting rather than by name: "trilateral talks", "the trilateral
 * round", "consultations with American participation". In this war's reporting the trilateral
 * track is Russia, Ukraine and the United States; a sentence that names three sides itself keeps
 * them (see `formatSides`).
 */
const MEETING = '(?:talks|negotiations|consultations|meetings?|rounds?|sessions?|track|format|summit|contacts)';
const TRILATERAL = new RegExp(`\\b(?:trilateral|three-way|three-party|tripartite)\\s+(?:[\\w-]+\\s+){0,2}?${MEETING}\\b|\\b${MEETING}\\s+in\\s+(?:a|the)\\s+(?:trilateral|three-way|three-party)\\s+format\\b`, 'i');
const WITH_PARTICIPATION = /\bwith\s+(?:the\s+)?(American|US|U\.S\.|United States)\s+participation\b/i;

export const TRILATERAL_SIDES: readonly string[] = ['russia', 'ukraine', 'united-states'];

/**
 * Sides a sentence's wording of the format adds. `named`: the sides the sentence names itself;
 * `adversaries`: whether Russia and Ukraine are the sides of the conflict the article is about.
 */
export function formatSides(t: string, named: readonly string[], adversaries: boolean): string[] {
  const out: string[] = [];
  if (WITH_PARTICIPATION.test(t)) out.push('united-states');
  if (adversaries && TRILATERAL.test(t)) {
    // three sides named already (a trilateral with others at the table): they rule
    const others = named.filter((p) => !TRILATERAL_SIDES.includes(p));
    if (others.length === 0) for (const p of TRILATERAL_SIDES) if (!out.includes(p)) out.push(p);
  }
  return out;
}
