/**
 * Whose civilians a figure counts when the text names the place by an anaphor: "nine civilians were
 * killed in the region", "wounded in the city", "had been killed there". The place is the latest named place (with a side)
 * before it, in this sentence or the few before: "the Belgorod region ... killed in the region" is
 * Russian. Without such a place there is no answer (the caller abstains from this reading).
 */
import type { Article } from './analyze';
import { placeOf } from './entities';

/** "in the region" in the figure's own clause (the text after the figure). */
const ANAPHOR = /^[^.;:]{0,80}?(?:\b(?:in|across|throughout) (?:the|this|that) (?:region|oblast|province|city|town|village|area|district|community)\b|\bthere\b)/i;
/** How many sentences back the named place may stand. */
const LOOKBACK = 4;

export function anaphorPlaceParty(a: Article, i: number, figureAt: number, after: string): string | null {
  if (!ANAPHOR.test(after)) return null;
  for (let j = i; j >= 0 && i - j <= LOOKBACK; j--) {
    const ms = a.sentences[j]!.mentions;
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k]!;
      if (j === i && m.end > figureAt) continue;
      const pl = placeOf(m);
      if (pl?.party && pl.kind !== 'venue') return pl.party;
    }
  }
  return null;
}
