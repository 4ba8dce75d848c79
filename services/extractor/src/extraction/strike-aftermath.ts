import type { SentInfo } from './analyze';
import { inAttribution } from './analyze';
import { placeOf } from './entities';
import { STRIKE_TRIGGER } from './lexicon';
import type { StrikeClaim } from './types';

/**
 * "Explosions and power outages were reported in Kiev, Kharkov and the Lvov Region" after a
 * wave told without a place ("delivered a massive strike against energy facilities"): where
 * the wave was felt is where it hit. Only a sentence that tells effects without an attack of
 * its own, within three sentences of the wave, and only places on the target's side. Pure.
 */
const AFTERMATH = /\b(?:explosions?|blasts?|power (?:outages?|cuts?)|blackouts?|outages)\b[^.;]{0,60}\b(?:in|across|over|hit)\b/i;

export function placesFelt(claim: StrikeClaim, last: number, ss: readonly SentInfo[]): string[] {
  for (let j = last + 1; j <= Math.min(ss.length - 1, last + 3); j++) {
    const s = ss[j]!;
    if (!AFTERMATH.test(s.text)) continue;
    if (STRIKE_TRIGGER.test(s.text)) return [];
    const out: string[] = [];
    for (const m of s.mentions) {
      const pl = placeOf(m);
      if (!pl || pl.kind === 'venue' || inAttribution(s, m.start, m.end)) continue;
      if (claim.target && pl.party && pl.party !== claim.target) continue;
      if (!out.includes(m.text)) out.push(m.text.replace(/^the\s+/i, ''));
    }
    return out;
  }
  return [];
}
