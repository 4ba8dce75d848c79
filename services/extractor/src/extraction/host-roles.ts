import type { SentInfo } from './analyze';
import { partyRef } from './entities';

/**
 * Parties that host or mediate rather than sit at the table, told by their own verb:
 * "The Vatican announced that it will host a meeting", "Ankara has offered to host a sixth round",
 * "Emirati officials say the country has mediated more than 20 exchanges".
 * (Passives, "talks hosted by Turkey", are read where the parties are.)
 */
const HOST_VERB =
  /^[^,.;:"“”]{0,45}?\b(?:(?:will|would|is to|to|has|have|had|is|was|were|are)\s+)?(?:(?:again|also|already|offered to|agreed to|ready to|prepared to)\s+)?(?<!-)(?:host(?:s|ed|ing)?|mediat(?:e|es|ed|ing)|brokered|brokers?|brokering)\b(?!\s+by\b)/i;

/** Parties of `si` whose clause says they host or mediate. `t`: the text the mentions index. */
export function hostsByVerb(t: string, si: SentInfo): string[] {
  const out: string[] = [];
  const parties = si.mentions.filter((m) => partyRef(m) !== null);
  for (let k = 0; k < parties.length; k++) {
    const m = parties[k]!;
    const next = parties[k + 1];
    const window = t.slice(m.end, Math.min(next ? next.start : t.length, m.end + 60));
    if (!HOST_VERB.test(window)) continue;
    const p = partyRef(m)!.party;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
