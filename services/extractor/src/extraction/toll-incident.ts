/**
 * Deaths, injuries and the missing from one attack belong to that strike, not to a toll: "Two people were
 * killed and nine injured", "the number of people killed in Kharkiv has risen to three". A count
 * of that shape has no running-total or window word, is small, and sits in an attack report or
 * names a town. National and regional tolls state their scope ("since 2022", "in October", "so far").
 */
import { ATTACK_NOUN, STRIKE_TRIGGER, WEAPON_WORDS } from './lexicon';
import type { MeasureT, PopulationT } from './types';

/** Words that make a count a running total or a window, not one attack's toll. */
const SCOPED = /\b(?:since|so far|to date|in total|a total of|total|overall|altogether|throughout|cumulative|running|tally|register(?:ed)?|verified|documented|confirmed the (?:deaths|names)|during the (?:war|invasion)|of the war|full-scale|invasion|this year|last year|monthly|weekly|in the (?:past|last|previous)|over the (?:past|last|previous)|(?:in|during) (?:January|February|March|April|May|June|July|August|September|October|November|December)|first (?:[a-z]+ )?months|first (?:half|quarter)|(?:from|between) \d{1,2}(?:st|nd|rd|th)? (?:to|and|through|until) \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

/** Fighting on the ground rather than an attack from the air or by fire. */
const GROUND_ATTACK = /\bground (?:attacks?|assaults?|offensives?|operations?)\b/gi;

/** The dead and wounded of fighting, not of one attack: "as a result of the fighting", "in the incursion". */
const FIGHTING = /\b(?:as a result of|in|during|because of|from) (?:the )?(?:fighting|hostilities|clashes|incursion|ground offensive|occupation)\b/i;

/** The figure's own attack named: "in the latest attack", "in Monday's strike", "by the overnight shelling". */
const ONE_ATTACK = /\b(?:in|during|by|from)\s+(?:the|this|that|today's|yesterday's|last night's|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's)\s+(?:latest\s+|overnight\s+|morning\s+|night\s+|massive\s+|combined\s+|missile\s+|drone\s+)*(?:attack|strike|shelling|bombing|raid)\b/i;

/** An attack report: a strike verb, an attack noun or a weapon. */
export function mentionsAttack(raw: string): boolean {
  // ("the Ukrainian ground attacks on his region": fighting on the ground, no strike)
  const text = raw.replace(GROUND_ATTACK, ' ');
  return STRIKE_TRIGGER.test(text) || ATTACK_NOUN.test(text) || WEAPON_WORDS.some(([re]) => re.test(text)) || /\b(?:explosions?|blasts?|debris|rubble)\b/i.test(text);
}

export interface IncidentContext {
  measure: MeasureT;
  population: PopulationT;
  value: number;
  /** the figure's sentence */
  text: string;
  /** the sentence before it, if any */
  previous: string;
  /** a town or city is named in the figure's sentence */
  namesTown: boolean;
}

/** Is this figure one attack's dead or injured (a strike's), not a toll? */
export function isIncidentCount(c: IncidentContext): boolean {
  // (and those still missing under its rubble: "two children still unaccounted for")
  if (c.measure !== 'killed' && c.measure !== 'wounded' && c.measure !== 'casualties' && c.measure !== 'missing') return false;
  if (c.population === 'military' || c.value >= 1000) return false;
  // ("In total, three people were killed in the latest attack": a total of that one attack)
  if ((SCOPED.test(c.text) || FIGHTING.test(c.text)) && !ONE_ATTACK.test(c.text)) return false;
  return mentionsAttack(c.text) || mentionsAttack(c.previous) || c.namesTown;
}
