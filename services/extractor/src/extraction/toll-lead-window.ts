import type { Article } from './analyze';
import type { TollClaim } from './types';

/**
 * A bulletin often opens its window in a sentence of its own and gives the figure in the next:
 * "Over the past day, units of the groupings continued to advance. The losses of the Ukrainian
 * armed forces amounted to up to 1,285 servicemen." The window phrase that opens the sentence
 * just before, in the same paragraph, when that sentence gave no figure of its own; else null.
 */
const OPENING_WINDOW = /^\s*(?:over|in|during|within) the (?:past|last|previous|preceding) (?:day|24 hours|twenty-four hours|week|seven days|7 days)\b/i;

export function windowOpening(a: Article, i: number, prior: { claim: TollClaim; sentence: number } | null): string | null {
  const si = a.sentences[i];
  const prev = a.sentences[i - 1];
  if (!si || !prev || prev.sent.paragraph !== si.sent.paragraph) return null;
  if (prior && prior.sentence === i - 1) return null;
  const m = OPENING_WINDOW.exec(prev.text);
  return m ? m[0].trim() : null;
}
