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

/**
 * "Rescuers pulled ten bodies from the rubble of a residential building", "rescuers are working at a
 * partly collapsed nine-storey building", "72 apartments were completely destroyed" after an attack told without what it hit: the building is
 * what was hit. Within four sentences of the attack.
 */
const RUBBLE_OF_HOMES = /\b(?:rubble|ruins|debris|wreckage|remains)\s+of\s+(?:a|an|the|their|his|her)\s+(?:(?:[\w-]+)\s+){0,2}?(?:residential|apartment|high-rise|multi-stor(?:e)?y|[\w-]+-stor(?:e)?y)\s+(?:building|block|house|tower)s?\b|\b(?:rubble|ruins)\s+of\s+(?:a|the|their)\s+(?:private\s+)?homes?\b|\b(?:collapsed|destroyed|damaged|ruined)\s+(?:[\w-]+\s+){0,2}?(?:residential|apartment|high-rise|[\w-]+-stor(?:e)?y)\s+(?:building|block)s?\b|\b\d+\s+(?:apartments|flats)\s+(?:were|had been|have been)\s+(?:completely\s+|partially\s+|fully\s+)?(?:destroyed|damaged)\b/i;

export function typeFelt(first: number, last: number, ss: readonly SentInfo[]): 'residential' | null {
  for (let j = first; j <= Math.min(ss.length - 1, last + 4); j++) if (RUBBLE_OF_HOMES.test(ss[j]!.text)) return 'residential';
  return null;
}
