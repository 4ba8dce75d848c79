import { cueGroup, hasCue, type Cues } from './cues';

/**
 * Guards for strike sentences: words that look like an attack, a weapon or a place but are not
 * one in this sentence. Pure functions over one sentence's text and offsets.
 */

/**
 * A trigger governed by a word that makes it no attack that happened: "agreed to stop striking",
 * "a halt to energy strikes", "threatened to hit", "refrained from attacks", "preparing a massive strike",
 * "a high risk of a missile attack", "braced for an expected attack", "no missiles hit", "has not struck",
 * "the ability to hit", "help it strike".
 */
const UNREAL_BEFORE =
  /\b(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|cease(?:s|d)?|ceasing|end(?:s|ed|ing)?|refrain(?:s|ed|ing)? from|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|a ban on|moratorium on|(?:a )?halt (?:to|on|in)|no more|(?:not|never|no longer) to|agree(?:s|d)? (?:not )?to|plan(?:s|ned)? to|threat(?:en(?:s|ed)?)? to|vow(?:s|ed)? to|pledge(?:s|d)? to|promise(?:s|d)? to|ready to|intend(?:s|ed)? to|prepar(?:es|ed|ing) to|able to|capable of|would(?: not)?|could|might|will(?: not)?|won't|prepar(?:es|ed|ing)(?: for)?|plan(?:s|ned|ning) (?:for )?|plotting|readying|(?:risk|threat|danger|possibility|likelihood|fears?|warnings?) of|warn(?:s|ed|ing)? of|possible|potential|imminent|expected|anticipated|feared|looming|brac(?:e|es|ed|ing) for|(?:has|have|had|did|does|do|was|were|is|are)\s+not|never|no(?:\s+[\w-]+)?|(?:ability|capacity|capability|means|permission|right) to|help(?:s|ed)? (?:it|them|him|her|us|Ukraine|Kyiv|Russia|Moscow)(?: to)?)\s+(?:(?:all|any|further|new|more|mutual|each other'?s?|its|their|the|a|an|another|energy|long-range|large-scale|major|fresh|combined|retaliatory|massive|such|Russian|Ukrainian|missile|drone|air)\s+){0,4}$/i;

export function unrealTrigger(t: string, at: number): boolean {
  return UNREAL_BEFORE.test(t.slice(Math.max(0, at - 60), at));
}

/** "a two-day strike over pay", "workers went on strike", "strike action": a labour strike. */
const LABOUR_BEFORE = /\b(?:\w+-day|general|labou?r|warning|national|nationwide|hunger|pay|rail|transport|wildcat|planned|on)\s+$/i;
const LABOUR_AFTER = /^\s+(?:over|by (?:workers|staff|unions?|employees|drivers|doctors|teachers|miners)|action|ballot|vote|at (?:a|the) (?:plant|factory|supplier|port|mine))\b/i;

export function labourStrike(t: string, at: number, word: string): boolean {
  if (!/^strikes?$/i.test(word)) return false;
  return LABOUR_BEFORE.test(t.slice(Math.max(0, at - 20), at)) || LABOUR_AFTER.test(t.slice(at + word.length, at + word.length + 40));
}

/**
 * A weapon word that names no weapon used in this attack: what was hit or made ("a depot of guided
 * bombs", "a drone factory", "producing missiles") or a description of what the weapon does elsewhere
 * ("bombers that drop glide bombs on cities").
 */
const NOT_USED_BEFORE =
  /\b(?:(?:depots?|stocks?|stockpiles?|arsenals?|caches?|shipments?|deliveries|supplies|warehouses?|stores?|storage|production|producers?|makers?|manufacturers?|supplier|suppliers|parts|components|engines|motors) (?:of|for)|(?:mak|produc|build|assembl|manufactur|stor|suppl|deliver)(?:e|es|ed|ing|y|ies|ied)|(?:that|which|who) (?:\w+ ){0,2}(?:drop|drops|launch|launches|fire|fires|carry|carries|use|uses))\s+(?:[\w-]+\s+){0,3}$/i;
const NOT_USED_AFTER = /^[\s-]*(?:factor(?:y|ies)|plants?|production|producers?|makers?|manufactur\w*|assembly|workshops?|depots?|stores?|storage|warehouses?|launch(?:ers?|ing) (?:sites?|pads?)|operators?|units? (?:base|headquarters)|program(?:me)?s?|industry|motors?|engines?|parts)\b/i;

export function weaponNotUsed(t: string, start: number, end: number): boolean {
  return NOT_USED_BEFORE.test(t.slice(Math.max(0, start - 60), start)) || NOT_USED_AFTER.test(t.slice(end, end + 30));
}

/**
 * A capital used as its government ("Moscow denies targeting civilians", "Zelensky said Moscow was
 * answering diplomacy with missiles") or in a time zone ("11 p.m. Moscow time"): not a place hit.
 */
const GOVERNMENT_AFTER =
  /^\s*(?:(?:has|have|had|is|was|were|will|would|does|did)(?:n['’]t)?\s+(?:not\s+|also\s+|long\s+|yet\s+|directly\s+|publicly\s+){0,2})?["“]?(?:says?|address(?:es|ed|ing)?|comment(?:s|ed|ing)?|protest(?:s|ed|ing)?|said|saying|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|accus(?:e|es|ed|ing)|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?|wants?|wanted|demand(?:s|ed|ing)?|respond(?:s|ed|ing)?|confirm(?:s|ed|ing)?|blam(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|agree[sd]?|agreeing|launch(?:es|ed|ing)|answer(?:s|ed|ing)?|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)|warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|retaliat(?:e|es|ed|ing)|responded|ordered)\b/i;

/** `capital`: the mention also names a party (its capital) */
const INTERCEPTED = /\b(?:downed|shot down|intercepted|destroyed|neutrali[sz]ed|repelled)\b/i;
const OVER_PLACE = /\bover\s+(?:the\s+)?\p{Lu}/gu;
const HIT_AFTER_OVER = /\b(?:hit|struck|damaged|fell|crashed|exploded)\b/i;

export function placeNotHit(t: string, start: number, end: number, capital: boolean): boolean {
  if (/^\s+time\b/i.test(t.slice(end, end + 8))) return true;
  // "sirens sounded in Kyiv", "an air-raid alert over Lviv": where people took cover, not where anything hit
  if (/\b(?:sirens?(?: (?:sounded|wailed|went off|blared))?|(?:air[- ]raid )?alerts?(?: (?:sounded|was declared|were declared))?)\s+(?:in|over|across)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, start - 50), start))) return true;
  // "24 drones were downed over the Krasnodar Region, 23 over Crimea": a tally of where drones were shot down, not where
  // anything hit (one region named alone may be where debris fell next: "... damaged a warehouse there")
  if (INTERCEPTED.test(t) && (t.match(OVER_PLACE) ?? []).length >= 2 && /\bover\s+(?:the\s+)?(?:[\p{L}-]+(?:,\s+|\s+and\s+|\s+)){0,3}$/iu.test(t.slice(Math.max(0, start - 40), start)) && !HIT_AFTER_OVER.test(t.slice(Math.max(0, start - 40), start))) return true;
  // "will be transported to Moscow for treatment", "evacuated to Kyiv": where the wounded were taken, not where anything hit
  if (/\b(?:transported|taken|evacuated|flown|moved|transferred|sent|brought|airlifted|rushed|relocated)\s+to\s+(?:hospitals?\s+in\s+)?(?:the\s+)?$/i.test(t.slice(Math.max(0, start - 40), start))) return true;
  // a river: "from the left bank of the Dnipro"
  if (/\b(?:banks? of|across|along) the\s+$/i.test(t.slice(Math.max(0, start - 20), start)) || /^\s+river\b/i.test(t.slice(end, end + 8))) return true;
  return capital && GOVERNMENT_AFTER.test(t.slice(end, end + 30));
}

/**
 * Institutions and defenders that name no target: "the head of the Kharkiv Regional Military
 * Administration", "military intelligence", "air defence was working".
 */
const NOT_TARGETS =
  /\bmilitary(?:[- ]civil(?:ian)?)? administrations?\b|\bmilitary (?:intelligence|prosecutors?|spokes(?:man|woman|person)|analysts?|experts?|bloggers?|observers?|command(?:ers?)?|officials?|sources?|governor)\b|\bair[- ]defen[cs]es?(?:\s+(?:systems?|forces|units|crews|assets))?(?=\s+(?:was|were|is|are|has|have|had|shot|downed|destroyed|intercepted|intercepting|repelled|repelling|repulsed|worked|working|engaged|engaging|responded|active|operated|operating|fired|firing|fires|launched|launching)\b)|\bammunition (?:used|fired|that hit|that struck)\b|\bdefen[cs]e ministry\b|\bministry of defen[cs]e\b|\b(?:(?:still|remain\w*|are|is|were|was|being treated|treated)\s+)?in (?:a |the )?hospitals?\b|\b(?:taken|rushed|admitted|brought|sent|evacuated) to (?:a |the )?(?:nearby |local |city |regional )?hospitals?\b|\b(?:clos(?:ure|ed|ing)|shut(?:ting)?(?: down)?|restrictions?|suspend(?:ed|ing)|halt(?:ed|ing)|delays?)\b[^.;]{0,60}?\bairports?\b|\bairports?\b[^.;]{0,40}?\b(?:clos(?:ed|ure)|shut|suspended|halted|restrictions?|delays?)\b/gi;
export const NOT_TARGETS_CUES = cueGroup(['military', 'defen', 'ammunition', 'hospital', 'airport']);

/** `t` with NOT_TARGETS blanked by spaces (offsets hold); `cues`: the sentence's */
export function blankNotTargets(t: string, cues: Cues): string {
  const blank = (x: string) => ' '.repeat(x.length);
  const own = hasCue(cues, NOT_TARGETS_CUES) ? t.replace(NOT_TARGETS, blank) : t;
  // "Russia claimed it targeted a military gathering", "Russia said it targeted military and energy facilities": the
  // attacker's account of its aim, not what was hit
  // (an attacker's own "said it struck an ammunition depot" stays the report of the hit)
  return hasCue(cues, AIM_CLAIMED_CUES) ? own.replace(AIM_CLAIMED, blank) : own;
}

const AIM_CLAIMED = /\b(?:claim(?:ed|s)?|assert(?:ed|s)?|insist(?:ed|s)?|maintain(?:ed|s)?|said|says|stated)\s+(?:that\s+)?(?:it|its (?:forces|troops|army|military)|the (?:strike|attack))\s+(?:had\s+)?(?:targeted|was aimed at|had aimed at)\b[^.;]*|\bclaims?\s+(?:about|of)\s+(?:targeting|hitting|striking)\b[^.;]*/gi;
const AIM_CLAIMED_CUES = cueGroup(['claim', 'assert', 'insist', 'maintain', 'said', 'says', 'stated']);

/** Words of NOT_A_STRIKE (lexicon.ts) that tell of a truce rather than make the sentence unreal. */
const TRUCE_WORD = /^(?:moratorium|truce|pause|hold(?:ing)? back|refrain\w*|halt\w*(?: (?:in|of))? ?(?:strikes|attacks)?)$/i;
const PAST_HIT = /^(?:struck|hit|attacked|shelled|bombed|pounded|targeted|slammed|bombarded)$/i;

/**
 * Whether the NOT_A_STRIKE words `found` in a sentence leave its trigger an attack that happened:
 * "Russia struck the plant, breaching the energy moratorium" tells of a truce broken by a hit.
 */
/**
 * "killing seven people, ... and the toll could rise", "which it said only hit military targets" after the
 * count: a hedge told after an attack's casualties does not make the attack hypothetical. `veto`: the
 * hedge words (global); denials, pauses and truces stay vetoes wherever they stand.
 */
export function hedgeAfterCount(t: string, veto: RegExp): boolean {
  const cas = /\b(?:killed|killing|injured|injuring|wounded|wounding|dead)\b/i.exec(t);
  if (!cas || !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(t.slice(Math.max(0, cas.index - 40), cas.index + 40))) return false;
  const found = [...t.matchAll(new RegExp(veto.source, 'gi'))];
  return found.length > 0 && found.every((m) => (m.index ?? 0) > cas.index && !/^(?:den|refrain|hold|halt|pause|moratorium|truce)/i.test(m[0]));
}

export function truceBroken(found: string[], trigger: string): boolean {
  return found.length > 0 && PAST_HIT.test(trigger) && found.every((w) => TRUCE_WORD.test(w.trim()));
}

/**
 * A count of what was launched at the whole country ("Russia launched 120 drones and eight missiles
 * overnight", "attacked Ukraine with 64 drones"): a wave that is a claim only where the text says
 * where it hit, and never adds its weapons to an attack on one place.
 */
const LAUNCH_COUNT =
  /\b(?:launch(?:ed|ing)|fir(?:ed|ing)|sent|used|deployed|(?:attack(?:ed|ing)|struck|hit|target(?:ed|ing))\s+(?:[\p{L}'’-]+\s+){1,2}with)\s+(?:a total of\s+|at least\s+|more than\s+|over\s+|some\s+|about\s+|around\s+|up to\s+|nearly\s+|almost\s+)?\d[\d,]*\s+(?:[\p{L}-]+\s+){0,3}?(?:drones?|missiles?|UAVs?|Shaheds?|rockets?)\b/iu;
export const LAUNCH_COUNT_CUES = cueGroup(['launch', 'fir', 'sent', 'used', 'deployed', 'with']);

export function launchCount(t: string, cues: Cues): boolean {
  return hasCue(cues, LAUNCH_COUNT_CUES) && LAUNCH_COUNT.test(t);
}

/** Car bombs, sabotage, ground raids by saboteurs, shootings and assassinations: attacks, but no strikes. */
const OTHER_VIOLENCE =
  /\b(?:sabotage|saboteurs?|reconnaissance groups?|partisans?|gunm[ae]n|shot dead|shootings?|car bombs?|(?:planted|placed) (?:a |an )?(?:bomb|explosive)|explosive devices?|IEDs?|assassinat\w+|murder\w*|stabb\w+|arson\w*)\b/i;
export const OTHER_VIOLENCE_CUES = cueGroup(['sabot', 'reconnaissance', 'partisan', 'gunm', 'shot dead', 'shooting', 'car bomb', 'planted', 'placed', 'explosive', 'ied', 'assassinat', 'murder', 'stabb', 'arson']);

export function otherViolence(t: string, cues: Cues): boolean {
  return hasCue(cues, OTHER_VIOLENCE_CUES) && OTHER_VIOLENCE.test(t);
}
