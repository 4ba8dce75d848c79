import { compareParts, type DateParts } from './dates';
import type { StrikeClaim } from './types';

/**
 * Whether a strike the rules found is too thin or too doubtful to show: a wrong attack shown with its
 * source is worse than a missing one. Pure predicates over the claim and the text of the sentence
 * that opened it.
 */

/** A count for the whole country or a period, not one attack: "across Ukraine over the past day". */
const AGGREGATE =
  /\b(?:across (?:the (?:country|front(?:[- ]line)?|region)|Ukraine|Russia|(?:\w+ )?regions)|nationwide|along the (?:entire )?front(?:[- ]line)?|on the front(?:[- ]line)?|(?:over|in|during) the (?:past|last) (?:day|24 hours|week|month)|in (?:total|all)|so far|since the (?:start|beginning)|\d+ times)\b/i;

/** A toll over a whole day or country ("the day's toll across the country stood at 312"): no one attack's dead. */
const WIDE_TALLY = /\b(?:the day's|today's|daily|across (?:the country|Ukraine|Russia|(?:\w+ )?regions)|nationwide|countrywide|throughout the country|in all regions)\b/i;

export function wideTally(sentence: string): boolean {
  return WIDE_TALLY.test(sentence);
}

/** An attack recalled on an anniversary or from years before, not news of this one. */
const REMEMBERED = /\b(?:anniversary|years? ago|commemorat\w*|memorial (?:service|ceremony)|in memory of|to mark(?! (?:[\w’'-]+\s+){0,2}(?:deadliest|largest|biggest|worst|heaviest|most)\b)|marking the(?! (?:[\w’'-]+\s+){0,2}(?:deadliest|largest|biggest|worst|heaviest|most)\b))\b/i;

/** Days before publication past which an attack is history rather than news. */
const HISTORY_DAYS = 300;

const dayNumber = (p: DateParts) => Date.UTC(p.y, (p.m ?? 12) - 1, p.d ?? 28) / 86_400_000;

function hurt(c: StrikeClaim): boolean {
  return (c.killed ?? 0) > 0 || (c.injured ?? 0) > 0;
}

/**
 * An attack with no place: kept only with its own date and casualties ("a missile hit a training ground
 * on Sunday, killing 12"), and not when it is a tally over a period or the country. A ministry's
 * "struck military-industrial sites" names no attack a reader could place.
 */
export function placelessDoubt(c: StrikeClaim, date: DateParts | null, opener: string): boolean {
  if (c.locations.length > 0) return false;
  return date === null || !hurt(c) || (AGGREGATE.test(opener) && !(ONE_WAVE.test(opener) && !WINDOW_TALLY.test(opener)));
}

/** One wave told as such ("one of its largest aerial attacks of the war", "country-wide aerial strikes"), though across the country. */
const ONE_WAVE =
  /\b(?:one of (?:the|its|Russia['’]s) (?:deadliest|largest|biggest|heaviest|most massive|most intense|most lethal)\b|(?:a|the|its) (?:massive|large-scale|combined|major|huge) (?:(?:missile|drone|air|aerial|missile and drone|drone and missile)\s+)?(?:attack|strike|barrage|assault|bombardment)\b|country-?wide (?:aerial|air|missile|drone) (?:strikes|attacks))/i;
/** A count over a window or so far: no one wave's. */
const WINDOW_TALLY = /\b(?:(?:over|in|during) the (?:past|last) (?:day|24 hours|week|month)|so far|in total|in all)\b/i;

/** An air-defence report ("shot down 40 drones over the Kursk region") that tells of nothing hit. */
export function interceptOnly(c: StrikeClaim, intercept: boolean): boolean {
  return intercept && c.targetType === 'unspecified' && !hurt(c);
}

const longBefore = (d: DateParts, published: DateParts) => compareParts(d, published) <= 0 && dayNumber(published) - dayNumber(d) > HISTORY_DAYS;

/**
 * An attack told on its anniversary or dated long before the article: by its own date, or, when it
 * has none of a day, by the dates its sentence gives (`mentioned`: "in November 2024").
 */
export function historical(date: DateParts | null, published: DateParts, opener: string, mentioned: DateParts[] = []): boolean {
  if (REMEMBERED.test(opener)) return true;
  if (date) return longBefore(date, published);
  return mentioned.length > 0 && mentioned.every((d) => longBefore(d, published));
}

/** Many attacks counted, or attacks as a habit: "shelled the district 96 times", "412 attacks on 15 settlements", "hit repeatedly", "after weeks of attacks", "have been subjected to heavy bombardments recently", "missiles which the Russians use for massive bombardment of the Kharkiv region". */
const MANY_OR_HABIT =
  /\b(?:(?:\d{2,}|dozens of|hundreds of|scores of)\s+(?:times|(?:[\w-]+\s+)?(?:attacks|strikes|shellings|assaults|raids))|repeatedly|regularly|routinely|again and again|time and again|(?:days|weeks|months|years) of|for (?:days|weeks|months|years)|every (?:day|night|week)|(?:have|has) been subjected to [^.;]{0,40}\b(?:recently|lately|in recent (?:days|weeks|months))|heavy (?:bombardments|shelling|attacks) (?:recently|lately|in recent (?:days|weeks|months))|(?:which|that) (?:the )?[\w-]+ (?:use|uses|used) (?:them |it )?(?:for|to|in) (?:the )?(?:massive |mass |regular )?(?:bombard\w*|strik\w*|attack\w*|shell\w*))\b/i;

/** A weapon test or an exercise, not an attack: "test-fired a missile at a range". */
const TEST_OR_DRILL = /\b(?:test[- ]fir\w*|test[- ]launch\w*|(?:missile|weapons?) tests?|(?:military |naval )?(?:exercises|drills|manoeuvres|maneuvers))\b/i;

/**
 * A sentence that counts many attacks, tells of a habit, or of a test or drill: no one attack. An
 * attack with its own day and casualties stays one ("killed nine on Monday, days after the city
 * was hit repeatedly").
 */
/** Every attack at once: "After each attack by the Russian Federation on peaceful cities, we see ...". */
export const EACH_ATTACK = /\b(?:after|with|in|from) (?:each|every) (?:new |such )?(?:attack|strike|shelling|bombardment)\b/i;

export function notOneAttack(c: StrikeClaim, date: DateParts | null, opener: string): boolean {
  if (hurt(c) && date?.d !== undefined) return false;
  return MANY_OR_HABIT.test(opener) || TEST_OR_DRILL.test(opener) || ACCUSED_OF_ATTACKS.test(opener);
}

/** A side accused of attacks in the plural ("Russia accused Kiev of drone attacks on its railways"): a charge, not one attack. */
const ACCUSED_OF_ATTACKS = /\b(?:accus\w*|blam\w*|charg\w*)\s+[^.;]{0,40}?\b(?:of|for)\s+(?:[\w“”"'-]+\s+){0,3}?(?:attacks|strikes|shellings|raids)\b/i;

/** Ground fighting told with an attack word: "attacked positions near X", "repelled an assault". */
const GROUND_FIGHTING = /\b(?:positions|assaults?|repelled|repulsed|pushed back|beat back|advance[ds]?|offensive|storm(?:ed|ing)|infantry|armou?red vehicles|tank column)\b/i;

/** An attack on the ground with no weapon of a strike, no kind of civilian target and no one hurt: fighting, not a strike. */
export function groundFighting(c: StrikeClaim, opener: string): boolean {
  return c.weapons.length === 0 && !hurt(c) && (c.targetType === 'military' || c.targetType === 'unspecified') && GROUND_FIGHTING.test(opener);
}

/** A court, an investigation or a report about an attack: "charged a commander over the strike on ...". */
const ABOUT_THE_ATTACK = /\b(?:court|charged|sentenced|convicted|indicted|trial|investigat\w+|prosecutors? (?:opened|identified|named)|identified the (?:unit|crew|pilot)|war crimes? (?:case|probe|investigation)|documentary|exhibition)\b/i;

/** An attack told as the subject of a trial or an inquiry, with no day of its own: not news of an attack. */
export function aboutAnAttack(date: DateParts | null, opener: string): boolean {
  return date === null && ABOUT_THE_ATTACK.test(opener);
}
