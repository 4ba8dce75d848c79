import { cueGroup, hasCue, type CueGroup, type Cues } from './cues';
import type { TargetTypeT, WeaponT } from './types';

/**
 * Every pattern below that runs on most sentences has its cue words (see cues.ts): literals
 * without spaces (some run on blanked copies of the sentence), one of which each match holds.
 */

/** Target words, most specific first, with their cues. */
export const TARGET_WORDS: [RegExp, TargetTypeT, CueGroup][] = [
  [/\b(?:hospitals?|clinics?|maternity|medical|ambulances?|health(?:care)? facilit\w+)\b/i, 'healthcare', cueGroup(['hospital', 'clinic', 'maternity', 'medical', 'ambulance', 'health'])],
  [/\b(?:ports?|harbou?rs?|berths?|docks?|grain terminals?|terminals?|cargo ships?|ships?|vessels?|tankers?|shipyards?)\b/i, 'port', cueGroup(['port', 'harbo', 'berth', 'dock', 'terminal', 'ship', 'vessel', 'tanker'])],
  [/\b(?:power (?:plants?|stations?|lines?|grid|infrastructure|facilit\w+)|substations?|energy|electricity|gas|oil|refiner(?:y|ies)|fuel|oil depots?|thermal|hydroelectric|dams?|pipelines?|heating plants?|grid|power)\b/i, 'energy',
    cueGroup(['power', 'substation', 'energy', 'electricity', 'gas', 'oil', 'refiner', 'fuel', 'thermal', 'hydroelectric', 'dam', 'pipeline', 'heating', 'grid'])],
  [/\b(?:trains?|railways?|rail(?:way)? stations?|stations?|buses|bus|bridges?|trams?|trolleybus\w*|railroad|rail|locomotives?|airports?|roads?|highways?|minibus\w*)\b/i, 'transport',
    cueGroup(['train', 'rail', 'station', 'bus', 'bridge', 'tram', 'locomotive', 'airport', 'road', 'highway'])],
  [/\b(?:apartments?|apartment blocks?|(?<!non-)residential|[\w-]+-stor(?:e)?y (?:building|block)s?|multi-stor(?:e)?y|private (?:house|home)s?|homes?|houses?|households?|housing|blocks? of flats|high-rises?|dormitor(?:y|ies)|neighbou?rhoods?|flats)\b/i, 'residential',
    cueGroup(['apartment', 'residential', '-stor', 'house', 'home', 'housing', 'flats', 'high-rise', 'dormitor', 'neighbo'])],
  // (bare "military" only before what was hit: "military facilities", not "Ukraine's military was responsible" or "our military")
  [/\b(?:airfields?|air ?bases?|military(?=\s+(?:[\w-]+\s+)?(?:facilit\w+|targets?|sites?|infrastructure|objects?|bases?|units?|installations?|positions?|command\w*|gatherings?|personnel|vehicles?|equipment|hardware|airfields?|depots?|warehouses?|echelons?|convoys?|columns?|concentrations?|headquarters|plants?|enterprises?|(?:educational\s+)?(?:institutes?|institutions?|academ(?:y|ies)|schools?|colleges?)\b(?!\s+(?:of|for)\s+(?:[\w-]+\s+)?(?:cardiology|medicine|oncology|surgery|health))))|barracks|training (?:unit|ground|centre|center)s?|command posts?|ammunition|(?<!oil |fuel )depots?|troops|soldiers|bombers|positions|bases?|arsenals?|radar|air defen[cs]e)\b/i, 'military',
    cueGroup(['airfield', 'base', 'military', 'barracks', 'training', 'command', 'ammunition', 'depot', 'troops', 'soldiers', 'bombers', 'positions', 'arsenal', 'radar', 'defen'])],
  [/\b(?:industrial|factor(?:y|ies)|plants?|enterprises?|warehouses?|workshops?|defen[cs]e[- ]industr\w*|manufactur\w+|chemical)\b/i, 'industrial',
    cueGroup(['industr', 'factor', 'plant', 'enterprise', 'warehouse', 'workshop', 'manufactur', 'chemical'])],
  [/\b(?:government buildings?|administration buildings?|parliament|city hall|ministry buildings?|cabinet)\b/i, 'government', cueGroup(['government', 'administration', 'parliament', 'hall', 'ministry', 'cabinet'])],
  // places of trade and food, which no target type covers: what was hit is named, and it is none of the types
  [/\b(?:market(?:place)?s?|restaurants?|caf[eé]s?|eatery|eateries|pizzeria|hotels?|shopping (?:centre|center|mall)s?|supermarkets?)\b/i, 'unspecified',
    cueGroup(['market', 'restaurant', 'caf', 'eater', 'pizzeria', 'hotel', 'shopping', 'supermarket'])],
];

export const WEAPON_WORDS: [RegExp, WeaponT, CueGroup][] = [
  [/\b(?:glide[- ]bombs?|guided (?:aerial )?bombs?|KABs?|aerial bombs?)\b/i, 'glide-bomb', cueGroup(['bomb', 'kab'])],
  [/\b(?:missiles?|Iskanders?|Kinzhals?|Kalibrs?|ATACMS|Storm Shadows?|Tomahawks?|Oreshnik|Neptunes?)\b/i, 'missile',
    cueGroup(['missile', 'iskander', 'kinzhal', 'kalibr', 'atacms', 'storm', 'tomahawk', 'oreshnik', 'neptune'])],
  [/\b(?:drones?|UAVs?|Shah[ei]ds?|Gerans?|unmanned aerial vehicles?|kamikaze)\b/i, 'drone', cueGroup(['drone', 'uav', 'shahed', 'shahid', 'geran', 'unmanned', 'kamikaze'])],
  [/\b(?:artillery|shelling|shelled|shells|mortars?|howitzers?|MLRS|Grad rockets?|rocket launchers?|multiple rocket)\b/i, 'artillery',
    cueGroup(['artillery', 'shell', 'mortar', 'howitzer', 'mlrs', 'rocket'])],
  [/\b(?:air ?strikes?|airstrikes?|(?:tactical|army|combat|military) aviation|warplanes?|fighter jets?|bombing raids?|aircraft dropped|jets? dropped)\b/i, 'aircraft',
    cueGroup(['strike', 'aviation', 'warplane', 'jet', 'bomb', 'aircraft'])],
];

export const STRIKE_TRIGGER = /\b(?:came under (?:fire|shelling|attack)|comes under (?:fire|shelling|attack)|strikes?(?!\s+(?:and\s+decoy\s+)?(?:drones?|UAVs?|aircraft|helicopters?|group|groups)\b)|struck|striking|hit|hits|hitting|(?<!\bground\s|\bcounter-?)attack(?:s|ed|ing)?(?<!\battack(?=\s+(?:drones?|UAVs?|helicopters?|aircraft|jets?|aviation)\b))|shell(?:ing|ed)|bombard\w*|pound(?:ed|s|ing)|targeted|targeting|launched|fired|firing|raids?|barrage|bombing|bombed|(?<=\b(?:aerial|air|missile|drone|rocket|combined|massive)\s)assaults?|slammed|knocked out|set (?:on )?fire|set ablaze|dropped(?=[^.;]{0,40}\b(?:bombs?|munitions?|explosives?|grenades?)\b)|(?<=\b(?:drones?|Shaheds?|missiles?|bombs?|shells?|rockets?)\s(?:also\s)?)(?:damaged|destroyed))\b/i;
export const STRIKE_TRIGGER_CUES = cueGroup(['came under', 'comes under', 'strik', 'struck', 'hit', 'attack', 'shell', 'bomb', 'pound', 'target', 'launched', 'fir', 'raid', 'barrage', 'assault', 'slammed', 'knocked out', 'ablaze', 'dropped', 'damaged', 'destroyed']);
/** Air-defence reports: "downed 41 Ukrainian drones over the Kursk region" describe an attack wave. */
export const INTERCEPT_TRIGGER = /\b(?:shot down|downed|intercepted|destroyed|repelled|repulsed)\b/i;
/** Sport, where teams strike and hit too: two cues, or a score line with one. */
const SPORT_WORDS = /\b(?:football|soccer|match(?:es)?|league|cup final|stadium|spectators|fans|scored|striker|penalty|half-time|second half|first half|tournament|championship|goalkeeper|midfielder|coach|kick-off)\b/gi;
const SCORE_LINE = /\b(?:beat|won|lost|drew|defeated)\b[^.]{0,40}\b\d{1,2}-\d{1,2}\b/i;
const SPORT_QUICK = /football|soccer|match|league|cup final|stadium|spectators|fans|scored|striker|penalty|half|tournament|championship|goalkeeper|midfielder|coach|kick-off|\d-\d/i;
const SPORT_CUES = cueGroup(['football', 'soccer', 'match', 'league', 'cup', 'stadium', 'spectators', 'fans', 'scored', 'striker', 'penalty', 'half', 'tournament', 'championship', 'goalkeeper', 'midfielder', 'coach', 'kick-off', '-']);
/** `cues`: the cue words of the sentence `t` is (a blanked copy of), when known */
export function isSport(t: string, cues?: Cues): boolean {
  if (cues && !hasCue(cues, SPORT_CUES)) return false;
  if (!SPORT_QUICK.test(t)) return false;
  const n = t.match(SPORT_WORDS)?.length ?? 0;
  return n >= 2 || (n >= 1 && SCORE_LINE.test(t)) || SCORE_LINE.test(t) && /\b(?:struck|strike)\b/i.test(t);
}
/** A count of attacks over a period ("carried out more than 160 strikes") is a tally, not one attack. */
export const STRIKE_COUNT = /\b(?:\d[\d,]*|dozens of|hundreds of|scores of)\s+(?:[a-z-]+\s+)?(?:strikes|attacks|raids)\b/i;
export const STRIKE_COUNT_CUES = cueGroup(['strikes', 'attacks', 'raids']);
/** Sentence openers that leave the attack described before. */
export const NEW_TOPIC = /^\s*(?:Separately|In a separate (?:development|incident|move|statement)|Elsewhere|Meanwhile|In other news|On the diplomatic front)\b/i;
export const ATTACK_NOUN = /\b(?:attacks?|strikes?|barrage|bombardment|shelling|raid|assault|offensive)\b/i;
export const LABOUR = /\b(?:unions?|walk(?:ed|s)?[- ]?out|pay rises?|wages?|strikers|industrial action|picket\w*|stoppage|went on strike|staged? a strike|strike (?:over|by|ends|action)|labour strike|general strike|(?:workers|drivers|staff|doctors|teachers|miners)\s+(?:went|are|were|have been)\s+on strike)\b/i;
export const LABOUR_CUES = cueGroup(['union', 'walk', 'pay', 'wage', 'strike', 'industrial', 'picket', 'stoppage']);
export const NOT_A_STRIKE = /\b(?:refrain\w*|hold(?:ing)? back|halt(?:ed|ing)? (?:in|of)? ?(?:strikes|attacks)|pause|moratorium|truce|den(?:y|ies|ied)|would|could|might|threaten\w*|vow\w*|pledg\w*|if|unless|(?<!\bthe\s)only(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d)))\b/i;
export const NOT_A_STRIKE_CUES = cueGroup(['refrain', 'hold', 'halt', 'pause', 'moratorium', 'truce', 'den', 'would', 'could', 'might', 'threaten', 'vow', 'pledg', 'if', 'unless', 'only']);
export const DEAL = /\bstrik(?:e|es|ing|ed|uck) (?:a |an |the )?(?:deal|agreement|bargain|balance|chord|tone|note|compromise)\b/gi;
const DEAL_CUES = cueGroup(['strik']);
/** The text with DEAL idioms blanked by spaces (offsets hold); `cues`: the text's (see cues.ts). */
export function blankDeals(text: string, cues: Cues): string {
  return hasCue(cues, DEAL_CUES) ? text.replace(DEAL, (x) => ' '.repeat(x.length)) : text;
}
export const HYPOTHETICAL = /\b(?:could|would|might|may|if|unless|threaten\w*|risk\w*|projected|forecast|expected to|likely to)\b/i;

/** A sentence opener that moves to another occasion: "Earlier this week, Russia handed over ...". */
export const SEPARATE_TIME = /^\s*(?:Earlier|Previously|Separately|In a separate|Days earlier|A (?:day|week) earlier|Last (?:week|month)|The previous (?:day|week))\b/i;

/** "Russia and Ukraine exchanged heavy strikes overnight, killing nine": blows, fire or words traded, not people handed over */
const TRADED_BLOWS = /\b(?:exchang(?:ed|ing|es?)|trad(?:ed|ing|es?)|swapp?(?:ed|ing|s)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:strikes|fire|attacks|blows|shelling|barbs|accusations|threats|warnings|messages|letters|views|words|insults|salvos|missiles|drones|artillery fire|gunfire)\b/giu;
/** The text with TRADED_BLOWS blanked by spaces (offsets hold): no exchange of people or meeting is read in them. */
export function blankTradedBlows(text: string): string {
  return /\b(?:exchang|trad|swap)/i.test(text) ? text.replace(TRADED_BLOWS, (x) => ' '.repeat(x.length)) : text;
}
