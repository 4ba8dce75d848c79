/**
 * Whose people a figure counts, read from the counted noun's modifiers before the figure:
 * "Russian personnel losses at 1,040", "the losses of the Russian army ... amount to 1,388,460",
 * "North Korean casualties in Russia's war ... have reached 5,500". The party is the one that
 * modifies a people or loss noun: never the speaker ("Ukraine's General Staff"), a place the
 * people are in ("in Ukraine"), or the side of a war or weapon ("Russia's war", "Russian drones").
 */
import { partyRef, type Mention } from './entities';

/** Nouns that name people counted or their losses. */
const PEOPLE_NOUN =
  '(?:army|armed forces|troops|forces|soldiers?|servicem[ae]n|service ?members|personnel|military|losses|casualties|dead|deaths|civilians?|fighters|defenders|prisoners(?: of war)?|POWs|marines|conscripts|mercenaries|citizens|nationals|children|side|combat losses)';
/** Words that may stand between the party and that noun ("Russian military personnel", "Russia's own losses"). */
const MODIFIER_WORD = '(?:own|total|overall|combat|military|personnel|irrecoverable|human|confirmed|estimated|reported|regular|ground|army|troop|civilian|battlefield|frontline|front-line|war|wartime|killed|dead)';
const MODIFIES = new RegExp(`^(?:'s|’s)?\\s+(?:${MODIFIER_WORD}\\s+){0,2}${PEOPLE_NOUN}\\b`, 'i');
/** A people or loss noun that never names an organisation speaking. */
const PEOPLE_ONLY = new RegExp(`^(?:'s|’s)?\\s+(?:${MODIFIER_WORD}\\s+){0,2}(?!army|armed forces|forces|military|side)${PEOPLE_NOUN}\\b`, 'i');
/** "(the) losses of the Russian army", "the deaths of Ukrainian soldiers" */
const OF_PEOPLE = /\b(?:losses|casualties|deaths|dead|toll|number|total|count|tally)\s+(?:(?:among|of|for)\s+)(?:the\s+)?$/i;
/** A party after these is a place, a target or an agent, not the people counted. */
const NOT_OWNER_BEFORE = /\b(?:in|into|inside|across|against|on|at|from|by|with|to|toward|towards|near|within|over)\s+(?:the\s+)?$/i;

/**
 * The party whose people the figure at `at` counts, when a party modifies a people or loss noun
 * in the same clause before it; the nearest such party wins. `mentions` exclude reporter phrases.
 */
export function modifierParty(text: string, mentions: Mention[], clauseStart: number, at: number, inReporter: (m: Mention) => boolean): string | null {
  for (let j = mentions.length - 1; j >= 0; j--) {
    const m = mentions[j]!;
    if (m.end > at || m.start < clauseStart) continue;
    const p = partyRef(m);
    if (!p) continue;
    // "Ukraine's military said", "the Russian army reported": a side named as the reporter
    if (inReporter(m) && !PEOPLE_ONLY.test(text.slice(m.end, at))) continue;
    const pre = text.slice(Math.max(0, m.start - 24), m.start);
    if (NOT_OWNER_BEFORE.test(pre) && !OF_PEOPLE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const tail = text.slice(m.end, at);
    if (MODIFIES.test(tail) || OF_PEOPLE.test(text.slice(Math.max(0, m.start - 40), m.start))) return p.party;
  }
  return null;
}
