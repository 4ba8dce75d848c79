import type { Article, SentInfo } from './analyze';
import { attributionFor, inAttribution } from './analyze';
import { addDays, compareParts, formatDate, type DateParts } from './dates';
import { partyRef, placeOf, type Mention } from './entities';
import { cueGroup, hasCue, type CueGroup, type Cues } from './cues';
import {
  INTERCEPT_TRIGGER,
  isSport,
  LABOUR,
  LABOUR_CUES,
  NEW_TOPIC,
  NOT_A_STRIKE,
  NOT_A_STRIKE_CUES,
  STRIKE_COUNT,
  STRIKE_COUNT_CUES,
  STRIKE_TRIGGER,
  STRIKE_TRIGGER_CUES,
  TARGET_WORDS,
  WEAPON_WORDS, blankTradedBlows } from './lexicon';
import { placesFelt, typeFelt } from './strike-aftermath';
import { headingOf, type Heading } from './strike-headings';
import { aboutAnAttack, groundFighting, historical, interceptOnly, notOneAttack, placelessDoubt, wideTally, EACH_ATTACK } from './strike-abstain';
import { daysApart, foldRetellings } from './strike-merge';
import { splitByPlaceCounts } from './strike-place-counts';
import { blankNotTargets, hedgeAfterCount, labourStrike, launchCount, otherViolence, truceBroken, placeNotHit, unrealTrigger, weaponNotUsed } from './strike-guards';
import type { StrikeClaim, TargetTypeT, WeaponT } from './types';


/** A line told as an update of the report: "Updated (18:59):", "UPDATE:". */
const UPDATE_LINE = /^\s*(?:\[?updated?\b|\(updated?\b)/i;
/** More dead or hurt than any one attack of this war has left: a tally, not an attack's casualties. */
const MAX_ATTACK_DEAD = 1000;
/** A tally over the war so far: "since the start of the invasion", "in the country's nine-month struggle". */
const WAR_TALLY = /\b(?:since the (?:start|beginning|outbreak) of (?:the|Russia['’]s) (?:full-scale |large-scale )?(?:war|invasion)|since (?:the )?(?:full-scale|large-scale) invasion|since February 2022|(?:[\w-]+-month|[\w-]+-year) (?:war|struggle|conflict|invasion)|in the war so far)\b/i;
/** "in December 2023", "during January": a month as the window of a count */
const MONTH_WINDOW_IN = /\b(?:in|during|throughout|over)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\b(?!\s+\d)/;

/** Words that put an attack on another day than the article's: "last week", "in the summer", "weeks before". */
/** A ranking against time: "the deadliest ... since the full-scale war began", "since the start of the invasion". */
const RANKED_SINCE = /\b(?:deadliest|largest|biggest|worst|heaviest|most \w+)\b[^.;]{0,80}?\bsince\b[^.;,]*|\bsince the (?:start of the )?(?:full-scale )?(?:war|invasion)\b[^.;,]*/gi;
const RANKED_SINCE_BEFORE = /(?:\b(?:deadliest|largest|biggest|worst|heaviest|most \w+)\b[^.;]{0,80}?\bsince\b|\bsince the (?:start of the )?(?:full-scale )?(?:war|invasion)\b)[^.;,]*$/i;
const NOT_NEWS_DAY = /\b(?:last (?:week|month|year|summer|winter|spring|autumn|fall)|(?:days|weeks|months|years) (?:ago|before|earlier|later)|(?:a|one|two|three) (?:day|week|month)s? (?:ago|before|earlier)|in (?:the )?(?:summer|winter|spring|autumn|fall)|previous(?:ly)?|earlier (?:this|in the) (?:week|month|year)|since|history|remember\w*|recall\w*)\b/i;

/** An attack told as one recalled, not as the news: "the deadliest since", "a year after", "anniversary". */
const RECALLED_LEAD = /\b(?:anniversary|a year (?:after|since)|years? ago|months? ago|recalled|remember\w*|since the|earlier this (?:year|month)|last (?:year|month|week))\b/i;

export interface StrikeEvent {
  claim: StrikeClaim;
  /** sentence index of the first sentence */
  first: number;
  last: number;
  paragraph: number;
  dateParts: DateParts | null;
  signals: number;
  /** the killed count came from a "death toll rose to" update */
  killedUpdated?: boolean;
  /** what was inferred rather than read in the attack's own words (confidence drops for each) */
  guessed: StrikeGuesses;
  /** opened by an air-defence report */
  intercept?: boolean;
  /** the text names several kinds of civilian target together: the type stays unspecified */
  targetsMixed?: boolean;
  /** a wave summary whose places were reported one by one afterwards */
  split?: boolean;
  /** a sentence of it tells of a hit, not only of what was launched or shot down */
  landed?: boolean;
  /** told as apart from the attacks before it ("new overnight drone attacks"): never a retelling */
  apart?: boolean;
}

export interface StrikeGuesses {
  /** the attacker came from the sentence before or as the adversary of the side hit */
  attacker: boolean;
  /** killed or injured came from a later sentence than the one that opened the attack */
  casualties: boolean;
  /** the date is the day the source spoke or the article's day, not a date of the attack */
  date: boolean;
  /** the date is only the article's day, given to an attack told as news without any day (no signal of confidence) */
  dateDefault?: boolean;
}

export interface StrikeResult {
  events: StrikeEvent[];
  /** "sentenceIndex:numberStart" of numbers used as incident casualties */
  consumed: Set<string>;
}

const GOVERNMENT_SPEAKS = /^(?:[’']s)?\s+(?:(?:did|does|has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+|immediately\s+)?(?:comment|respond|confirm|acknowledge|react)\w*\b|(?:has\s+|have\s+)?(?:declined|refused)\s+to\b|(?:has\s+|have\s+)?yet\s+to\b|(?:(?:has|have|had)\s+)?(?:calls?|called|says?|said|claims?|claimed|denies|denied|accuses?|accused|insists?|insisted|rejects?|rejected|warns?|warned|responds?|responded|blames?|blamed|describes?|described|condemns?|condemned|demands?|demanded|vowed|vows))\b/i;
/** "as Kyiv launched drones at the region": a capital that attacks is its government, not a place hit */
const GOVERNMENT_ACTS = /^\s+(?:has\s+|have\s+|had\s+)?(?:unleash(?:ed|es)?|launch(?:ed|es)|fired|carried out|retaliated|stepped up|escalated|pummel(?:l)?ed|bombarded)\b/i;
/** Parties that are never an attack's attacker. */
const NEVER_ATTACKERS = new Set(['un', 'vatican', 'european-union']);

/** A weapon as the subject of a casualty verb: "a Russian drone injured seven", "the shelling killed two". */
const WEAPON_HURT = /\b(?:drones?|UAVs?|missiles?|(?:glide |aerial |guided )?bombs?|shells?|shelling|rockets?|artillery fire)\s+(?:(?:also|reportedly|later|then)\s+)?(?:killed|injured|wounded|hurt)\s+(?:at least\s+|about\s+|some\s+|more than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a |an |[\w-]+ (?:people|civilians|residents|men|women|children))/i;
/** "leaving"/"left" before a figure: dead only when the words after say so ("leaving three dead", not "leaving 30,000 without power"). */
const LEFT_BEFORE = /\b(?:leaving|left)\s+(?:at least\s+|some\s+|about\s+|around\s+)?$/i;
const KILL_BEFORE = /\b(?:killing|killed|kills|leaving|left)\s+(?:at least\s+|some\s+|about\s+|around\s+)?$/i;
const INJURE_BEFORE = /\b(?:injuring|wounding|injured|wounded|injures|wounds)\s+(?:at least\s+|some\s+|about\s+|another\s+)?$/i;
const TOLL_BEFORE = /\b(?:(?:death )?toll|number of (?:the )?(?:dead|deaths|fatalities|people killed|victims))\b[^.;]{0,120}?\b(?:rose|risen|climbed|increased|reached|stood|stands|is|was|at|to|raised to|revised to|updated to)\s+(?:at\s+|to\s+)?$/i;
/** "The number of injured has increased to 31": a later count of the injured replaces an earlier one. */
const INJURED_UPDATE_BEFORE = /\bnumber of (?:the )?(?:injured|wounded|people injured|people wounded)\b(?:[^.;]{0,80}?\b(?:rose|risen|climbed|increased|reached|grew|grown|stands|stood|is|was)\s+(?:to\s+|at\s+)?|\s+to\s+)$/i;
const TOLL_BEFORE_ANY = /\b(?:(?:death )?toll|number of (?:the )?(?:dead|deaths|fatalities|people killed|victims))\b[^.;]{0,80}?\b(?:rose|risen|climbed|increased|reached|raised|revised|updated|to)\b/i;
/** People words between a number and its casualty verb: "two dock workers killed", "Two residents of Huliaipole were injured". */
const AFTER_CAS_WIDE = /^((?:\s+(?!(?:were|was|are|and|or|but|killed|injured|wounded|dead|died|hurt|missiles?|drones?|bombs?|shells?|rockets?|strikes?|attacks?|times|days?|hours?)\b)[\p{L}'’-]+){1,4}?)(?:\s+(?:were|was|have been|had been|are|got|being))?(?:\s+(?:also|reportedly|seriously|critically|lightly|badly))?\s+(killed|dead|died|lost their lives|injured|wounded|hurt|(?:sustained|suffered|received) (?:[\w-]+ )?injuries)\b/iu;
const PERSON = '(?:man|woman|boy|girl|child|teenager|person|civilian|resident|driver|conductor|passenger|worker|employee|soldier|officer|firefighter|rescuer|nurse|doctor|medic|pensioner|volunteer|journalist|farmer|guard)';
/** One victim named as a person: "killing a 58-year-old woman", "A train conductor was injured". */
// (not "killed a woman and her three daughters": more than one, counted nowhere)
const ONE_AFTER_VERB = new RegExp(`\\b(killing|killed|injuring|injured|wounding|wounded)\\s+(?:a|an|one|the)\\s+(?:\\d+-year-old\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${PERSON}\\b(?!\\s+and\\s+(?:her|his|their|two|three|four|five|six|\\d+|several|other|others|a|an)\\b)`, 'iu');
const ONE_BEFORE_VERB = new RegExp(`(?:^|[.;,]\\s*|\\band\\s+)(?:a|an|one)\\s+(?:\\d+-year-old\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${PERSON}\\s+(?:(?:was|has been|had been|is)\\s+(?:also\\s+)?(killed|injured|wounded|hurt|dead)|(died))\\b`, 'iu');
const KIN = '(?:mother|father|son|daughter|husband|wife|child|brother|sister|grandmother|grandfather|grandson|granddaughter|friend|neighbou?r|colleague)';
const PAIR_BEFORE_VERB = new RegExp(`(?:^|[.;,:]\\s*|\\band\\s+)(?:a|an|one)\\s+(?:\\d+-year-old\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${PERSON}\\s+and\\s+(?:her|his|their)\\s+(?:\\d+-year-old\\s+)?${KIN}\\s+(?:(?:were|have been|had been)\\s+(?:also\\s+)?(killed|injured|wounded|hurt)|(died))\\b`, 'iu');
const ONE_VERB_QUICK = /\b(?:(?:was|has been|had been|is)\s+(?:also\s+)?(?:killed|injured|wounded|hurt|dead)|died)\b/i;
/** An attacking side's own units are not the target: "Russian troops shelled ...". */
const ATTACKER_UNITS = /\b(?:Russian|Ukrainian|Russia's|Ukraine's|enemy|its|their)\s+(?:[a-z-]+\s+)?(?:troops|forces|army|military|soldiers|units|navy|air force)\b/gi;
const AFTER_CAS = /^(?:\s+(?:more|other|others|people|persons|civilians|residents|passengers?|soldiers|servicemen|crew members|workers|employees|children|adults|men|women|firefighters|rescuers|police officers|company employees|of them))*(?:\s+(?:were|was|have been|had been|are|got|being))?(?:\s+(?:also\s+)?(?:known|reported|said|believed|confirmed)\s+to\s+have\s+been)?(?:\s+(?:also|reportedly|seriously|critically|lightly|badly))?\s+(killed|dead|died|lost their lives|injured|wounded|hurt|(?:sustained|suffered|received) (?:[\w-]+ )?injuries)\b/i;
const ZERO_HURT = /\b(?:no one|nobody|no-one|none)\s+(?:was|were|had been)\s+(?:hurt|injured|killed|wounded)|\bno (?:casualties|injuries|deaths)\b(?: (?:were|was))?(?: (?:reported|recorded))?|without (?:casualties|injuries)/i;
/** Cues (see cues.ts) of the patterns above and of some in analyseSentence. */
const CASUALTY_CUES = cueGroup(['kill', 'dead', 'died', 'injur', 'wound', 'hurt', 'toll', 'lives', 'life', 'fatalit', 'deaths']);
const ZERO_HURT_CUES = cueGroup(['hurt', 'injured', 'killed', 'wounded', 'casualties', 'injuries', 'deaths']);
const DAMAGE_CUES = cueGroup(['damaged', 'destroyed']);
const TOLL_CUES = cueGroup(['toll', 'number']);
const KILL_BEFORE_CUES = cueGroup(['kill', 'leaving', 'left']);
const INJURE_BEFORE_CUES = cueGroup(['injur', 'wound']);
const CAS_AFTER_CUES = cueGroup(['killed', 'dead', 'died', 'lives', 'injured', 'wounded', 'hurt', 'injuries']);
const ATTACKER_UNITS_CUES = cueGroup(['troops', 'force', 'army', 'military', 'soldiers', 'units', 'navy']);
const HOSPITAL_CUES = cueGroup(['hospital']);
const ONE_AFTER_VERB_CUES = cueGroup(['kill', 'injur', 'wound']);
const ONE_VERB_QUICK_CUES = cueGroup(['killed', 'injured', 'wounded', 'hurt', 'dead', 'died']);
const PERIOD_CUE = /\b(?:since|so far|in total(?!,)|this year|last year|last month|in the past|over the past|during the past|each (?:day|week|month)|a day|per day|alone)\b/i;

/** An attack told as a repeat of one before: "once more", "again", "another attack". */
/** A warning, not an impact: "Air raid alert was heard in many regions", "sirens sounded across the country". */
const ALERT_ONLY = /\b(?:air[- ]raid (?:alerts?|alarms?|sirens?|warnings?)|sirens?|alerts?)\b[^.;]{0,40}\b(?:heard|sounded|declared|issued|went off|announced|wailed|were on|was on|in effect)\b/i;
const IMPACT = /\b(?:hit|hits|struck|killed|killing|injured|injuring|wounded|damaged|destroyed|explosions?|blasts?|fires?)\b/i;
/** Attacks told as apart from those before: "new overnight drone attacks", "separate Ukrainian drone attacks". */
const SEPARATE_ATTACK = /\b(?:new|fresh|separate|further|subsequent|later)\s+(?:[\p{L}-]+\s+){0,3}?(?:attacks|strikes|waves|barrages|raids)\b/iu;
const ANOTHER_ATTACK = /\b(?:once more|once again|again|another (?:attack|strike|wave|barrage)|a (?:second|new|fresh) (?:attack|strike|wave|barrage))\b/i;

const PERIOD_CUE_CUES = cueGroup(['since', 'so far', 'in total', 'this year', 'last year', 'last month', 'the past', 'each', 'a day', 'per day', 'alone']);

/** "the deadliest single attack of 2025", "the largest since May": a year or month that ranks the attack, not a window */
const RANKED_BY = /\b(?:deadliest|largest|biggest|worst|heaviest|most (?:massive|powerful|lethal|intense))\b[^.;]{0,60}$/i;

/** A day in the possessive before the attack it dates: "Tuesday's Russian missile strike", "Sunday's attack on Sumy". */
const ATTACK_OF_DAY = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:strikes?|attacks?|shelling|bombing|bombardment|barrage|raid|assault)\b/iu;

/** The sentence's dates that give a window (a month, a year) rather than a day, leaving out those that rank the attack. */
function windowDates(si: SentInfo): SentInfo['dates'] {
  return si.dates.filter((d) => d.role !== 'statement' && d.precision !== 'day' && !RANKED_BY.test(si.text.slice(Math.max(0, d.start - 90), d.start)));
}

/** "marking the war's deadliest single attack this year": a window that ranks the attack */
const RANKED_WINDOW = /\b(?:deadliest|largest|biggest|worst|heaviest|most (?:massive|powerful|lethal|intense))\b[^.;]{0,60}?\b(?:this|last) (?:year|month|week)\b|\b(?:deadliest|largest|biggest|worst|heaviest)\b[^.;]{0,60}?\bso far\b/gi;

function hasPeriodDate(si: SentInfo): boolean {
  return windowDates(si).length > 0 || (hasCue(si.cues, PERIOD_CUE_CUES) && PERIOD_CUE.test(si.text.replace(RANKED_WINDOW, ' ')));
}

const WEAPON_WORDS_G: [RegExp, WeaponT, CueGroup][] = WEAPON_WORDS.map(([re, w, cue]) => [new RegExp(re.source, 'gi'), w, cue]);

/** `cues`: those of the sentence `text` is (a blanked copy of); weapons named as made, stored or hit are left out */
function weaponsIn(text: string, cues: Cues): WeaponT[] {
  const out: WeaponT[] = [];
  for (const [g, w, cue] of WEAPON_WORDS_G) {
    if (!hasCue(cues, cue) || out.includes(w)) continue;
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)) !== null) {
      if (weaponNotUsed(text, m.index, m.index + m[0].length)) continue;
      out.push(w);
      break;
    }
  }
  return out;
}

const NOT_A_STRIKE_G = new RegExp(NOT_A_STRIKE.source, 'gi');
const TARGET_WORDS_G: [RegExp, TargetTypeT, CueGroup][] = TARGET_WORDS.map(([re, t, cue]) => [new RegExp(re.source, 'gi'), t, cue]);

const CIVIL_KIND = '(?:energy|power|industrial|residential|transport|port|civilian|civil|social|medical|administrative|critical)';
/** Two kinds of civilian target named together as what was hit ("industrial, energy and civilian infrastructure facilities"). */
const MIXED_TARGETS = new RegExp(`\\b${CIVIL_KIND}(?:,\\s+${CIVIL_KIND})*,?\\s+and\\s+${CIVIL_KIND}(?:\\s+infrastructure)?\\s+(?:facilities|infrastructure|sites|targets|objects)\\b`, 'i');

/** Civilian targets with no target type of their own, which still make a list of kinds mixed. */
const OTHER_CIVIL_TARGETS = /\b(?:schools?|kindergartens?|universit(?:y|ies)|churche?s?|markets?|supermarkets?|vehicles|cars|businesses|cultural (?:sites|centres?|centers?)|playgrounds?|restaurants?|cafes?)\b/gi;

/**
 * "damaging residential buildings, a clinic and a TV station", "Residential buildings, infrastructure and a children's
 * hospital were damaged": one list that names kinds of civilian target of two types, none leading.
 */
function listsKinds(text: string, cues: Cues): boolean {
  const hits: { at: number; end: number; type: TargetTypeT }[] = [];
  for (const [g, type, cue] of TARGET_WORDS_G) {
    if (type === 'military' || !hasCue(cues, cue)) continue;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) hits.push({ at: m.index, end: m.index + m[0].length, type });
  }
  // civilian targets of no type of their own ("residential buildings, schools, and vehicles") are a kind of their own in a list
  OTHER_CIVIL_TARGETS.lastIndex = 0;
  for (let m = OTHER_CIVIL_TARGETS.exec(text); m; m = OTHER_CIVIL_TARGETS.exec(text)) hits.push({ at: m.index, end: m.index + m[0].length, type: 'unspecified' });
  // ("power plants": energy, not also the industrial "plants" inside it)
  const items = hits.filter((h) => !hits.some((o) => o !== h && o.at <= h.at && o.end >= h.end && o.end - o.at > h.end - h.at)).sort((x, y) => x.at - y.at);
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1]!;
    const b = items[k]!;
    if (a.type === b.type) continue;
    // the two kinds are items of one list: a comma or "and" between them, nothing clause-like
    const between = text.slice(a.end, b.at);
    if (between.length <= 45 && /^(?:\s+[\p{L}-]+)?(?:\s*,\s*|\s+and\s+)/u.test(between) && !/[.;:()]|\b(?:was|were|is|are|has|have|had|while|which|that|who|after|before|when|where|killing|injuring|wounding|in|on|near|of)\b/i.test(between)) return true;
  }
  return false;
}

function targetTypeNear(text: string, trigger: number, cues: Cues): { type: TargetTypeT; dist: number } | null {
  let best: { type: TargetTypeT; dist: number } | null = null;
  for (const [g, type, cue] of TARGET_WORDS_G) {
    if (!hasCue(cues, cue)) continue;
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)) !== null) {
      // distance, favouring words after the trigger
      const d = m.index >= trigger ? m.index - trigger : (trigger - m.index) * 1.5 + 10;
      if (!best || d < best.dist) best = { type, dist: d };
    }
  }
  return best;
}

function isSubjectPartyMention(m: Mention): boolean {
  const p = partyRef(m);
  return !!p && (p.form === 'name' || p.form === 'adjective' || p.form === 'capital' || p.form === 'institution');
}

interface SentStrike {
  attacker: string | null;
  targetParty: string | null;
  targetType: TargetTypeT | null;
  /** several kinds of civilian target named together ("industrial and energy facilities") */
  targetsMixed: boolean;
  locations: string[];
  locParties: string[];
  weapons: WeaponT[];
  killed: number | null;
  injured: number | null;
  killedUpdate: boolean;
  /** the injured count is an update ("the number of injured has risen to 31") */
  injuredUpdate: boolean;
  date: DateParts | null;
  /** `date` is when the source spoke or the publication day */
  dateGuessed: boolean;
  trigger: boolean;
  /** an air-defence report ("shot down 52 of 70 drones") rather than a hit */
  intercept: boolean;
  /** a count of what was launched at the country ("launched 120 drones") */
  launch: boolean;
  consumed: number[];
}

/**
 * A sentence can only describe an attack with a trigger (STRIKE_TRIGGER), a weapon (WEAPON_WORDS),
 * a casualty word, ZERO_HURT or "damaged/destroyed": each of those contains one of these literals.
 */
const STRIKE_CUES = cueGroup([
  // STRIKE_TRIGGER
  'strik', 'struck', 'hit', 'attack', 'shell', 'bomb', 'pound', 'target', 'launched', 'fir', 'raid', 'barrage', 'assault', 'slammed', 'ablaze', 'dropped', 'damaged', 'destroyed',
  // WEAPON_WORDS
  'kab', 'missile', 'iskander', 'kinzhal', 'kalibr', 'atacms', 'storm', 'tomahawk', 'oreshnik', 'neptune', 'drone', 'uav', 'shahed', 'geran', 'unmanned', 'kamikaze',
  'artillery', 'mortar', 'howitzer', 'mlrs', 'rocket', 'aviation', 'warplane', 'jet',
  // casualties, ZERO_HURT
  'kill', 'dead', 'died', 'injur', 'wound', 'hurt', 'toll', 'casualties', 'deaths', 'fatalities',
]);

/** The first STRIKE_TRIGGER from `from` that tells of an attack that happened (not "agreed to stop striking", not a labour strike). */
function realTrigger(t: string, from: number): RegExpExecArray | null {
  for (let at = from; at < t.length; ) {
    const m = STRIKE_TRIGGER.exec(t.slice(at));
    if (!m) return null;
    const index = m.index + at;
    if (!unrealTrigger(t, index) && !labourStrike(t, index, m[0])) return Object.assign(m, { index });
    at = index + m[0].length;
  }
  return null;
}

function analyseSentence(a: Article, si: SentInfo, prev: SentInfo | null): SentStrike | null {
  if (!hasCue(si.cues, STRIKE_CUES)) return null;
  const t = si.dealsBlanked;
  const cues = si.cues;
  if (hasCue(cues, LABOUR_CUES) && LABOUR.test(t) && !/\b(?:drones?|missiles?|shelling|bombs?)\b/i.test(t)) return null;
  // "Russia and Ukraine exchanged heavy strikes overnight, killing at least nine": both sides' attacks in one count
  if (blankTradedBlows(t) !== t) return null;
  // "After each attack by the Russian Federation on peaceful cities, we see ...": every attack, none in particular
  if (EACH_ATTACK.test(t)) return null;
  const weapons = weaponsIn(t, cues);
  if (weapons.length === 0 && isSport(t, cues)) return null;
  // "a sabotage group attacked a village", "a car bomb killed an officer": not a strike
  if (weapons.length === 0 && otherViolence(t, cues)) return null;
  let trig = hasCue(cues, STRIKE_TRIGGER_CUES) ? realTrigger(t, 0) : null;
  // "since Russia launched its full-scale invasion": a war, not an attack
  if (trig && /^(?:launched|launch)$/i.test(trig[0]) && /^\s+(?:its|the|a|an|their)\s+(?:[\w-]+\s+){0,2}(?:invasion|war|offensive|operation|campaign|counteroffensive)\b/i.test(t.slice(trig.index + trig[0].length, trig.index + trig[0].length + 50))) {
    trig = realTrigger(t, trig.index + trig[0].length);
  }
  // "which marked the start of the large-scale armed attack by the Russian Federation": the war's opening, not an attack
  while (trig && /^attack$/i.test(trig[0]) && /\b(?:start|beginning|outbreak|onset|launch|first day|anniversary) of (?:the |its |Russia[’']s )?(?:[\w-]+\s+){0,3}$/i.test(t.slice(Math.max(0, trig.index - 60), trig.index))) {
    trig = realTrigger(t, trig.index + trig[0].length);
  }
  // "air defences downed 41 Ukrainian drones over the Kursk region": a wave of attacks where it was met
  // without a place it only opens an attack that a following "debris damaged houses in X" locates
  let intercept = false;
  if (!trig && weapons.some((w) => w === 'drone' || w === 'missile') && INTERCEPT_TRIGGER.test(t)) {
    trig = INTERCEPT_TRIGGER.exec(t);
    intercept = true;
  }
  // "a Russian drone injured seven people in Sumy", "shelling killed two": a weapon that hurt people is an attack
  if (!trig && weapons.length > 0) {
    const hurtBy = WEAPON_HURT.exec(t);
    if (hurtBy && !unrealTrigger(t, hurtBy.index)) trig = hurtBy;
  }
  // "Russia launched 120 drones overnight": a count for the whole country, opened like an air-defence report
  const launch = !!trig && !intercept && launchCount(t, cues);
  if (launch) intercept = true;
  // a sentence without a trigger that tells of a period is not kept (see extractStrikes): no need to read on
  if (!trig && hasPeriodDate(si)) return null;
  // a tally of attacks ("more than 160 strikes since January") is not one attack
  if (trig && hasCue(cues, STRIKE_COUNT_CUES) && STRIKE_COUNT.test(t) && !/\b(?:(?:past|last) (?:day|24 hours|night)|overnight)\b/i.test(t) && !/\b(?:killing|killed|injuring|injured|wounding|wounded)\b/i.test(t)) return null;
  const casualtyish = hasCue(cues, CASUALTY_CUES) && /\b(?:killed|killing|dead|died|injured|injuring|wounded|wounding|hurt|toll|(?:sustained|suffered|received) (?:[\w-]+ )?injuries|\d[\d,]*\s+(?:fatalities|injuries|deaths))\b/i.test(t);
  const zeroHurt = hasCue(cues, ZERO_HURT_CUES) && ZERO_HURT.test(t);
  // "A five-story building and a gas pipeline were damaged" adds to the attack described before
  if (!trig && weapons.length === 0 && !casualtyish && !zeroHurt && !(hasCue(cues, DAMAGE_CUES) && /\b(?:damaged|destroyed)\b/i.test(t))) return null;
  const trigger = !!trig && (weapons.length > 0 || TARGET_WORDS.some(([re, , cue]) => hasCue(cues, cue) && re.test(t)) || /\b(?:attacks?|strikes?) on\b/i.test(t) || si.mentions.some((m) => placeOf(m)));
  if (trigger && hasCue(cues, NOT_A_STRIKE_CUES) && NOT_A_STRIKE.test(t) && !truceBroken(t.match(NOT_A_STRIKE_G) ?? [], trig![0]) && !hedgeAfterCount(t, NOT_A_STRIKE_G)) return null;
  const trigAt = trig?.index ?? 0;
  // attacker: party adjective right before a weapon or attack noun, or the subject before the trigger
  let attacker: string | null = null;
  const wordsRe = /\b(?:drones?|UAVs?|unmanned|missiles?|glide[- ]bombs?|bombs?|artillery|shelling|attacks?|strikes?|forces|troops|army|navy|military|air force|warplanes?|jets|cruise|ballistic|sea|aerial|guided|barrage|bombardment|offensive|rockets?)\b/gi;
  for (const m of si.mentions) {
    const p = partyRef(m);
    if (!p || inAttribution(si, m.start, m.end)) continue;
    const after = t.slice(m.end, m.end + 40);
    // "Russian air defense forces destroyed 118 Ukrainian drones": the defenders, not the attacker
    if (intercept && /^\s+air[- ]defen[cs]es?\b/i.test(after)) continue;
    wordsRe.lastIndex = 0;
    const w = wordsRe.exec(after);
    // "struck Ukrainian military airfields": an adjective right after the trigger names the target
    if (trig && !intercept && /^(?:struck|hit|hits|hitting|striking|targeted|targeting|attacked|attacking|shelled|bombed|pounded)$/i.test(trig[0]) && m.start > trig.index && /^\s+(?:(?:the|a|an|several|two|three|four|five|[\p{L}-]+)\s+){0,2}$/u.test(t.slice(trig.index + trig[0].length, m.start)) && !/\b(?:with|by|from)\b/i.test(t.slice(trig.index + trig[0].length, m.start))) continue;
    // "an ammunition depot used by Russian troops": whose target it is, not who struck
    if (/\b(?:used|operated|occupied|held|controlled|manned|run)\s+by\s+(?:the\s+)?$|\bbelonging to\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 22), m.start))) continue;
    // "a strike on Ukrainian military-industrial facilities": the side hit, not the attacker
    const objectOf = /\b(?:on|against|at|into|targeting|targeted)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 14), m.start)) || /^military-/i.test(after.slice(w?.index ?? 0));
    if (p.form === 'adjective' && w && w.index <= 22 && !objectOf && !/^[^,;]*\b(?:on|against|at|into|in)\b/i.test(after.slice(0, w.index))) {
      attacker = p.party;
      break;
    }
  }
  // "a missile fired by Russia exploded", "an attack by Russian forces": the agent after the weapon or attack
  if (!attacker) {
    for (const m of si.mentions) {
      const p = partyRef(m);
      if (!p || inAttribution(si, m.start, m.end)) continue;
      if (/\b(?:fired|launched|dropped|sent|carried out|conducted|delivered|attacks?|strikes?|shelling|bombardment|struck|hit|attacked|targeted|shelled|bombed)\s+by\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 30), m.start))) {
        attacker = p.party;
        break;
      }
    }
  }
  // "shelled from the direction of Ukraine", "fired from Russian territory": where the fire came from
  if (!attacker && trig) {
    for (const m of si.mentions) {
      const p = partyRef(m);
      if (!p || m.start < trigAt || inAttribution(si, m.start, m.end)) continue;
      if (/\bfrom\s+(?:the\s+)?(?:(?:direction|territory|side)\s+of\s+(?:the\s+)?)?$/i.test(t.slice(Math.max(0, m.start - 34), m.start)) && /^(?:\s+territory)?\s*(?:[,.;”"]|$)/.test(t.slice(m.end, m.end + 12)) && m.start - (trigAt + trig[0].length) < 40) {
        attacker = p.party;
        break;
      }
    }
  }
  if (!attacker && trig) {
    const before = t.slice(0, trigAt);
    // "the ministry said its forces had struck ...": the source's own side
    if (/\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|army|military|units|drones|missiles|navy|air force)\b[^,;]{0,40}$/i.test(before)) {
      const src = attributionFor(si, trigAt);
      if (src?.party && a.gaz.adversaries.has(src.party)) attacker = src.party;
    }
  }
  if (!attacker && trig) {
    const before = t.slice(0, trigAt);
    // clause subject: first party mention before the trigger, not a reporter, not after a preposition
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(' that '), before.lastIndexOf(' after '), before.lastIndexOf(' when '), 0);
    for (const m of si.mentions) {
      if (m.start < clauseStart || m.end > trigAt) continue;
      if (!isSubjectPartyMention(m) || inAttribution(si, m.start, m.end)) continue;
      // "killed up to 300 Ukrainian soldiers": the victims, not the attacker
      // ("47 were killed and 206 wounded when Russia struck": a clause of its own names the attacker)
      if (/\b(?:killed|killing|kill|wounded|wounding|injured|injuring|captured|capturing|destroyed|lost)\b(?:(?!\b(?:when|after|as|while|because|before|since)\b)[^,;]){0,24}$/i.test(t.slice(Math.max(0, m.start - 40), m.start))) continue;
      const pre = t.slice(Math.max(0, m.start - 12), m.start);
      if (/\b(?:on|against|at|into|in|of|to|from|with)\s+(?:the\s+)?$/i.test(pre)) continue;
      attacker = partyRef(m)!.party;
      break;
    }
    // possessive pronoun or pronoun subject: "its drones", "it had struck" -> the source's party
    if (!attacker) {
      const src = attributionFor(si, trigAt);
      if (/\b(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?(?:drones?|missiles?|forces|troops|strikes?|attacks?)\b/i.test(t) || /\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$/i.test(before.slice(-20))) {
        attacker = src?.party ?? null;
      }
    }
  }
  // locations: places not inside the reporter phrase
  const locations: string[] = [];
  const locParties: string[] = [];
  for (const m of si.mentions) {
    const pl = placeOf(m);
    if (!pl || inAttribution(si, m.start, m.end)) continue;
    if (pl.kind === 'venue' || placeNotHit(t, m.start, m.end, partyRef(m)?.form === 'capital')) continue;
    const pre = t.slice(Math.max(0, m.start - 20), m.start);
    if (/\b(?:visit to|trip to|talks in|meeting in|from)\s+$/i.test(pre)) continue;
    // "The Pentagon has sent Kyiv 230 howitzers", "aid to Kyiv": a capital receiving something is its government
    if (partyRef(m)?.form === 'capital' && /\b(?:sent|sends|send|supplied|supplies|supply|provided|provides|provide|delivered|delivers|deliver|gave|gives|given|give|handed|transferred|pledged|promised|offered|(?:aid|weapons|arms|support|ammunition|funding|loans?) (?:to|for))\s+(?:to\s+)?(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 30), m.start))) continue;
    // "Russian officials accused Kyiv of carrying out the attack", "blamed Moscow for": a capital accused is its government
    if (partyRef(m)?.form === 'capital' && /\b(?:accus\w*|blam\w*|condemn\w*|warn\w*|urg\w*|call(?:ed|s|ing)? on|demand\w*(?: that)?|threaten\w*)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 30), m.start))) continue;
    // "an export deal between Moscow and Kyiv": the parties to something, not where anything hit
    if (/\b(?:deal|agreement|accords?|talks|negotiations|relations|war|conflict|trade|exchanges?|swaps?|treaty|contacts?|dialogue|ties|tensions)\s+between\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+and\s+(?:the\s+)?)?$/u.test(t.slice(Math.max(0, m.start - 60), m.start))) continue;
    // "Moscow calls them terrorist attacks": a capital that speaks is its government
    // ("the Kiev regime", "the Moscow authorities": the government, not the city)
    // ("a strike on Odesa claimed three lives": a cost, not what Odesa says)
    if ((GOVERNMENT_SPEAKS.test(t.slice(m.end, m.end + 30)) && !/^\s+(?:has\s+|have\s+|had\s+)?claim(?:ed|s)\s+(?:the\s+lives\b|(?:[\w,.-]+\s+){1,2}(?:more\s+|civilian\s+)?li(?:fe|ves)\b)/i.test(t.slice(m.end, m.end + 40))) || /^\s+(?:regime|government|authorities|leadership|junta)\b/i.test(t.slice(m.end, m.end + 16)) || (partyRef(m)?.form === 'capital' && GOVERNMENT_ACTS.test(t.slice(m.end, m.end + 30)))) continue;
    if (!locations.includes(pl.name)) locations.push(pl.name);
    if (pl.party) locParties.push(pl.party);
  }
  // "Oryol region Governor Andrei Klychkov said three people were injured after two drones fell": with no place
  // of its own, the attack is where the official who reports it governs
  if (locations.length === 0 && (trig || casualtyish) && !si.stamped) {
    for (const m of si.mentions) {
      const pl = placeOf(m);
      if (!pl || pl.kind === 'venue' || !inAttribution(si, m.start, m.end)) continue;
      const official = /^(?:[’']s)?\s+(?:regional\s+|region(?:al)?\s+|oblast\s+)?(?:governor|mayor|military administration|regional administration|city administration|authorities|officials)\b/i.test(t.slice(m.end, m.end + 32)) || /\b(?:governor|mayor|head) of (?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 16), m.start));
      if (!official) continue;
      locations.push(pl.name);
      if (pl.party) locParties.push(pl.party);
      break;
    }
  }
  // "an attack on Ukraine's capital overnight killed six", "the Russian capital": the capital of the country named
  if ((trig || casualtyish) && locations.length === 0) {
    const cap = /\b(?:([\p{Lu}][\p{L}]+)[’']s capital|the ([\p{Lu}][\p{L}]+) capital)\b/u.exec(t);
    const named = cap ? si.mentions.find((m) => m.start >= cap.index && m.end <= cap.index + cap[0].length && partyRef(m)) : undefined;
    const party = named ? a.gaz.config.parties.find((p) => p.id === partyRef(named)!.party) : undefined;
    const city = party?.capitals?.[0];
    if (city && !placeNotHit(t, cap!.index, cap!.index + cap![0].length, false)) {
      locations.push(city);
      locParties.push(party!.id);
    }
  }
  // "KYIV — ... In the capital, a missile fragment and a drone hit a residential building in the Solomianskyi district":
  // "the capital" under a capital's dateline is that city
  if ((trig || casualtyish) && a.datelineCity && /\b(?:in|on|at|over) the capital\b/i.test(t) && !locations.some((l) => l.toLowerCase() === a.datelineCity!.toLowerCase())) {
    const capital = a.gaz.config.parties.find((p) => (p.capitals ?? []).some((c) => c.toLowerCase() === a.datelineCity!.toLowerCase()));
    if (capital) {
      locations.unshift(a.datelineCity);
      locParties.push(capital.id);
    }
  }
  // "in December 2023, at least 592 civilians were killed or injured as a result of Russian strikes": a month's
  // tally of many attacks, no attack of its own (a toll)
  if (locations.length === 0 && (hasPeriodDate(si) || MONTH_WINDOW_IN.test(t)) && !si.dates.some((d) => d.precision === 'day' && d.role !== 'statement')) return null;
  // target party: a possessive/adjective party after the trigger that is not the attacker
  let targetParty: string | null = null;
  for (const m of si.mentions) {
    const p = partyRef(m);
    if (!p || m.start < trigAt || p.party === attacker || inAttribution(si, m.start, m.end)) continue;
    if (m.possessive || /^\s+(?:energy|infrastructure|forces|troops|territory|cities|ports?|gas|oil|power)\b/i.test(t.slice(m.end, m.end + 20)) || /\b(?:on|at|against|into)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 12), m.start))) {
      targetParty = p.party;
      break;
    }
  }
  let masked = blankNotTargets(hasCue(cues, ATTACKER_UNITS_CUES) ? t.replace(ATTACKER_UNITS, (x) => ' '.repeat(x.length)) : t, cues);
  for (const at of si.attributions) masked = masked.slice(0, at.start) + ' '.repeat(at.end - at.start) + masked.slice(at.end);
  // "31 remain in hospital", "taken to hospital": the wounded's care, not what was hit
  if (hasCue(cues, HOSPITAL_CUES)) masked = masked.replace(/\b(?:in|to|from|into|out of) hospital\b|\bhospitali[sz]\w*/gi, (x) => ' '.repeat(x.length));
  if (trig && INTERCEPT_TRIGGER.test(trig[0])) masked = masked.replace(/\bair[- ]defen[cs]es?(?: systems?| forces| units)?/gi, (x) => ' '.repeat(x.length));
  let tt = trig ? targetTypeNear(masked, trigAt, cues) : targetTypeNear(masked, 0, cues);
  // "targeting industrial and energy facilities": several kinds of civilian target, none leading
  const targetsMixed = tt !== null && tt.type !== 'military' && (MIXED_TARGETS.test(masked) || listsKinds(masked, cues));
  if (targetsMixed && tt) tt = { type: 'unspecified', dist: tt.dist };
  // "a warehouse in the port of Izmail": the port is what was hit
  if ((!tt || tt.type === 'industrial') && /\b(?:in|at) the (?:sea |river )?port of\b|\bport (?:facilities|infrastructure)\b|\b(?:at|in) (?:a|the|one of the) (?:[\w-]+ ){0,2}(?:sea |river )?ports?\b(?! (?:city|town) of)/i.test(t)) tt = { type: 'port', dist: 0 };
  // casualties
  let killed: number | null = null;
  let injured: number | null = null;
  let killedUpdate = false;
  let injuredUpdate = false;
  const consumed: number[] = [];
  const mayToll = hasCue(cues, TOLL_CUES);
  // ("10,000 to 13,000 soldiers had been killed in the country's nine-month struggle": a war's tally, no attack's dead)
  // (not "one of the deadliest attacks since the start of the full-scale invasion, in which 58 were killed")
  const warTally = WAR_TALLY.test(t) && !/\b(?:deadliest|largest|biggest|worst|heaviest|most \w+|first)\b[^.;]{0,80}\bsince\b/i.test(t);
  for (const n of si.numbers) {
    if (n.unit) continue;
    if (n.value > MAX_ATTACK_DEAD || warTally) continue;
    const before = t.slice(Math.max(0, n.qualStart - 40), n.qualStart);
    // "Two people, including a five-year-old boy, were injured": read past the aside
    const near = t.slice(n.end, n.end + 110);
    const past = near.replace(/^(\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*(?:,|\s[—–])\s*(?:including|among them)\s[^,;—–]{1,50}(?:,|\s[—–])/u, '$1');
    const after = past.slice(0, 60);
    if (/^\s+of\s+(?:the|them|whom)\b/i.test(after) || /\bincluding\s+$/i.test(before)) continue;
    // "found three more bodies, bringing the number of dead to seven": the increment of an update, not a count
    if (/^\s+(?:more|further|additional|other)\s+(?:bodies|dead|victims)\b/i.test(after) && mayToll && TOLL_BEFORE_ANY.test(t)) {
      consumed.push(n.start);
      continue;
    }
    let kind: 'k' | 'i' | null = null;
    if (mayToll && TOLL_BEFORE.test(t.slice(Math.max(0, n.qualStart - 160), n.qualStart)) && !/\b(?:injured|wounded)\b/i.test(t.slice(Math.max(0, n.qualStart - 40), n.qualStart))) {
      if (wideTally(t)) continue;
      // "the death toll has risen to seven": a later count replaces an earlier one
      kind = 'k';
      killedUpdate = true;
    } else if (mayToll && INJURED_UPDATE_BEFORE.test(t.slice(Math.max(0, n.qualStart - 120), n.qualStart))) {
      if (wideTally(t)) continue;
      kind = 'i';
      injuredUpdate = true;
    } else if (hasCue(cues, KILL_BEFORE_CUES) && KILL_BEFORE.test(before) && (!LEFT_BEFORE.test(before) || /^\s+(?:[\p{L}-]+\s+){0,3}(?:dead|killed)\b/iu.test(after))) kind = 'k';
    // "leaving about 30,000 residents without power": people left in the dark, not dead
    else if (LEFT_BEFORE.test(before) && /^\s+(?:[\p{L}-]+\s+){0,3}(?:without|homeless|in the dark|cut off)\b/iu.test(after)) {
      consumed.push(n.start);
      continue;
    }
    // "an attack ... claimed one life", "took three lives"
    else if (/\b(?:claim(?:ed|ing|s)?|took|taking|takes|cost|costing)\s+(?:the\s+)?$/i.test(before) && /^\s+(?:more\s+|civilian\s+)?li(?:fe|ves)\b/i.test(after)) kind = 'k';
    // "resulted in the deaths of 19 people", "claimed the lives of at least 19 individuals"
    else if (/\b(?:(?:resulted|resulting|result) in|caused|causing|led to|leading to)\s+(?:the\s+)?deaths?\s+of\s+(?:at least\s+|some\s+|about\s+|around\s+|more than\s+)?$|\b(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of\s+(?:at least\s+|some\s+|about\s+|around\s+|more than\s+|over\s+)?$/i.test(before) || (/\b(?:the\s+)?loss\s+of\s+(?:at least\s+|some\s+|about\s+|around\s+|more than\s+|over\s+)?$/i.test(before) && /^\s+(?:civilian\s+|human\s+)?li(?:fe|ves)\b/i.test(after))) kind = 'k';
    else if (hasCue(cues, INJURE_BEFORE_CUES) && INJURE_BEFORE.test(before)) kind = 'i';
    // "has resulted in 34 injuries and 3 fatalities": the counts told as nouns
    else if (/^\s+(?:fatalities|deaths)\b/i.test(after)) kind = 'k';
    else if (/^\s+injuries\b/i.test(after)) kind = 'i';
    // (reading past an aside joins two pieces of the sentence: its cues no longer tell)
    else if (past === near && !hasCue(cues, CAS_AFTER_CUES)) kind = null;
    else {
      const m = AFTER_CAS.exec(after) ?? AFTER_CAS_WIDE.exec(after);
      const verb = m ? m[m.length - 1]! : '';
      if (m) kind = /killed|dead|died|lives/i.test(verb) ? 'k' : 'i';
      else if (/^\s*(?:and|,)\s+$/.test(t.slice(n.end, n.end + 6)) === false && /^\s+injured\b/i.test(after)) kind = 'i';
    }
    // "Updated (18:59): ... 30 dead and 75 injured are already known": an update's counts replace the earlier ones
    if (kind !== null && UPDATE_LINE.test(t)) {
      if (kind === 'k') killedUpdate = true;
      else injuredUpdate = true;
    }
    if (kind === 'k' && killed === null) killed = n.value;
    else if (kind === 'i' && injured === null) injured = n.value;
    else continue;
    consumed.push(n.start);
  }
  // "a 19-year-old girl and her mother were killed": two people named one by one
  const pair = killed === null || injured === null ? PAIR_BEFORE_VERB.exec(t) : null;
  if (pair) {
    const k = /kill|dead|died/i.test(pair[1] ?? pair[2] ?? '');
    if (k && killed === null) killed = 2;
    else if (!k && injured === null) injured = 2;
  }
  for (const re of killed === null || injured === null ? [ONE_AFTER_VERB, ONE_BEFORE_VERB] : []) {
    if (re === ONE_AFTER_VERB && !hasCue(cues, ONE_AFTER_VERB_CUES)) continue;
    if (re === ONE_BEFORE_VERB && !(hasCue(cues, ONE_VERB_QUICK_CUES) && ONE_VERB_QUICK.test(t))) continue;
    const one = re.exec(t);
    if (!one) continue;
    const k = /kill|dead|died/i.test(one[1] ?? one[2] ?? '');
    if (k && killed === null) killed = 1;
    else if (!k && injured === null) injured = 1;
  }
  if (zeroHurt) {
    const z = ZERO_HURT.exec(t)![0].toLowerCase();
    if (killed === null && !/injur|wound/.test(z)) killed = 0;
    if (injured === null && !/killed|deaths/.test(z)) injured = 0;
  }
  // date of the event: a plain date, else the date the source gave
  let date: DateParts | null = null;
  const plain = si.dates.filter((d) => d.role === 'plain' && d.precision === 'day');
  // ("ended their search on Thursday ..., bringing the death toll from Tuesday's Russian missile strike": the day that owns the attack)
  const owning = plain.find((d) => ATTACK_OF_DAY.test(t.slice(d.end, d.end + 60)));
  const pick = owning ?? (plain.length ? plain.reduce((b, d) => (Math.abs(d.start - trigAt) < Math.abs(b.start - trigAt) ? d : b)) : si.dates.find((d) => d.role === 'statement' && d.precision === 'day'));
  if (pick) {
    date = pick.resolve(a.published, 'past');
    // "on the night of 30-31 July": the attack is dated by the morning it ended in
    if (date.d !== undefined && new RegExp(`\\bnight of\\s+${date.d}\\s*[-–]\\s*${date.d + 1}\\b`, 'i').test(t)) date = addDays(date, 1);
  } else if (/\b(?:over|in|during) the (?:past|last) (?:day|24 hours|night)\b/i.test(t) || si.stamped) date = a.published;
  // "hours earlier", "at dawn": the hours before the article, told as its day (a guess: see dateGuessed)
  else if (trig && /\b(?:overnight|last night|this morning|early (?:hours|this morning)|at dawn|hours earlier|at night|(?:a|the) night attack|during the night)\b/i.test(t)) date = a.published;
  // "the attack occurred around 4 a.m.": an hour told without a day is the article's day
  else if (trig && /\b(?:at|around|about|shortly (?:before|after)|just (?:before|after)|after)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}\b)/i.test(t)) date = a.published;
  void prev;
  return {
    attacker,
    targetParty,
    targetType: tt ? tt.type : null,
    targetsMixed,
    locations,
    locParties,
    weapons,
    killed,
    injured,
    killedUpdate,
    injuredUpdate,
    date,
    dateGuessed: date !== null && !plain.length,
    trigger: !!trig,
    intercept,
    launch,
    consumed,
  };
}

/** Whether `x` is `y` or a whole-word part of it: "Kharkiv" in "Kharkiv region", not "Dnipro" in "Dnipropetrovsk region" */
function within(x: string, y: string): boolean {
  const X = x.toLowerCase();
  const Y = y.toLowerCase();
  for (let i = Y.indexOf(X); i >= 0; i = Y.indexOf(X, i + 1)) {
    const e = i + X.length;
    if ((i === 0 || Y[i - 1] === ' ' || Y[i - 1] === '-') && (e === Y.length || Y[e] === ' ' || Y[e] === ',' || Y[e] === '-')) return true;
  }
  return false;
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => within(x, y) || within(y, x)));
}

/** Find attacks in an article, merging the sentences that describe one attack. */
export function extractStrikes(a: Article, blocked: Set<number>): StrikeResult {
  const events: StrikeEvent[] = [];
  const consumed = new Set<string>();
  let open: StrikeEvent | null = null;
  let heading: (Heading & { paragraph: number }) | null = null;
  const ss = a.sentences;
  for (let i = 0; i < ss.length; i++) {
    const si = ss[i]!;
    if (blocked.has(i)) continue;
    if (open && (i - open.last > 3 || (si.sent.paragraph - open.paragraph > 1) || NEW_TOPIC.test(si.text))) open = null;
    // "• Kherson." heads the paragraph it opens: its place is where the item's attack was
    const h = headingOf(si, i > 0 ? ss[i - 1]! : null);
    if (h) {
      // a heading on a line of its own heads the next paragraph
      const next = ss[i + 1];
      heading = { ...h, paragraph: next && next.sent.paragraph !== si.sent.paragraph ? next.sent.paragraph : si.sent.paragraph };
      open = null;
      continue;
    }
    const r = analyseSentence(a, si, i > 0 ? ss[i - 1]! : null);
    if (!r) continue;
    // "Air raid alerts sounded in the regions of Kyiv, Sumy and Odesa": where a warning was given, not where anything hit
    if (ALERT_ONLY.test(si.text) && !IMPACT.test(si.text)) continue;
    if (!r.locations.length && heading?.paragraph === si.sent.paragraph) {
      r.locations = heading.places;
      r.locParties = heading.parties;
    }
    const period = hasPeriodDate(si);
    const hasCas = r.killed !== null || r.injured !== null;
    // a tally over a period is a toll, not one attack
    if (period && !r.trigger) continue;
    if (period && hasCas && !r.weapons.length) continue;
    if (period && hasCas && windowDates(si).length > 0) continue;
    // "attack drones and artillery struck energy facilities ... of Ukraine's defence industry": the side hit names the attack
    const namedVictim = r.trigger && !r.intercept && r.targetParty !== null && r.weapons.length > 0 && r.targetType !== null && r.targetType !== 'unspecified';
    const isNew = r.trigger && (r.weapons.length > 0 || r.locations.length > 0 || r.attacker !== null) && (r.attacker !== null || r.locations.length > 0 || namedVictim);
    // a sentence about an attack already described (same place) merges into it
    // (not one dated days apart: "Feb. 24: ... explosions in Kyiv" and "March 1: a missile struck a Kyiv television tower")
    // (a sentence without a date of its own is of its paragraph's attack's day)
    const toldOn: DateParts | null = r.date && !r.dateGuessed ? r.date : open && open.paragraph === si.sent.paragraph ? open.dateParts : null;
    const byPlace: StrikeEvent | undefined = r.locations.length
      ? events.find((e) => overlaps(e.claim.locations, r.locations) && !(toldOn && e.dateParts && daysApart(toldOn, e.dateParts) >= 2))
      : undefined;
    let target: StrikeEvent | null = null;
    if (byPlace && (!r.attacker || r.attacker === byPlace.claim.attacker || i - byPlace.last > 0)) {
      if (!open || open === byPlace || !r.attacker || r.attacker === byPlace.claim.attacker) target = byPlace;
    }
    if (!target && open) {
      // the side hit in the open attack does not attack in it
      const sameSide = (!r.attacker || !open.claim.attacker || r.attacker === open.claim.attacker) && !(r.attacker && !open.claim.attacker && open.claim.target === r.attacker);
      // "the Kholodnohirskyi district" after "struck Kharkiv": a part of the place, told without a side
      const partOf = !r.attacker && r.locations.every((l) => /\bdistricts?$/i.test(l));
      const newPlace = r.locations.length > 0 && open.claim.locations.length > 0 && !overlaps(open.claim.locations, r.locations) && !partOf;
      const newDay = r.date && open.dateParts && compareParts(r.date, open.dateParts) !== 0 && !hasCas;
      const newPara = si.sent.paragraph !== open.paragraph;
      // ("Feb. 24: Russian troops launched ... Feb. 25: At least 137 people have been killed": a timeline's next day is not more of that attack)
      const laterDayCount = !isNew && newPara && r.date !== null && !r.dateGuessed && open.dateParts !== null && daysApart(r.date, open.dateParts) >= 1;
      if (laterDayCount) target = null;
      else if (sameSide && !(isNew && newPara && (newPlace || newDay)) && !(isNew && newPlace && newDay)) target = open;
      else if (!isNew && sameSide) target = open;
    }
    // "On March 2, drones hit ...": an attack recalled with its own date is another attack
    // "drones hit the hospital in Sumy" after a strike on a station in the Sumy region: a place with its own kind of target
    if (target && r.trigger && isNew && !r.intercept && r.targetType && r.targetType !== 'unspecified' && target.claim.targetType !== 'unspecified' && r.targetType !== target.claim.targetType && r.locations.length > 0 && !r.locations.some((l) => target!.claim.locations.some((x) => x.toLowerCase() === l.toLowerCase()))) target = null;
    // "In Zaporizhzhia, a strike on residential areas injured 15" after Kyiv's dead and injured: a place with its own casualty figures is its own claim
    // (and "In Poltava, missiles knocked out energy facilities" after it: a place with its own kind of target)
    if (target && r.trigger && isNew && !r.intercept && (hasCas || (r.targetType !== null && r.targetType !== 'unspecified')) && r.locations.length > 0 && target.claim.locations.length > 0 && !r.locations.every((l) => /\bdistricts?$/i.test(l)) && !overlaps(target.claim.locations, r.locations) && (target.claim.killed !== null || target.claim.injured !== null)) target = null;
    // "Overnight into Wednesday, drones attacked the city once more": another attack on the same place, not more of the first
    // ("Hours later the city was hit again. Russian forces dropped guided bombs on ...": the cue may lead the paragraph)
    const prevSi = i > 0 && ss[i - 1]!.sent.paragraph === si.sent.paragraph ? ss[i - 1]! : null;
    if (target && r.trigger && isNew && r.date && target.dateParts && compareParts(r.date, target.dateParts) !== 0 && (ANOTHER_ATTACK.test(si.text) || (prevSi !== null && ANOTHER_ATTACK.test(prevSi.text)))) target = null;
    // "Ukrainian authorities reported new overnight Russian drone attacks targeting the Kherson region": told as apart from the attack before
    // ("Subsequent strikes have hit refineries": other attacks, even without a side or place of their own)
    const apartCue = r.trigger && SEPARATE_ATTACK.test(si.text);
    const apart = apartCue && isNew;
    if (target && apartCue) target = null;
    let recalledFrom: StrikeEvent | null = null;
    if (target && r.trigger && isNew && r.date && !r.dateGuessed && (!target.dateParts || daysApart(r.date, target.dateParts) > 1) && daysApart(r.date, a.published) > 1) {
      recalledFrom = target;
      target = null;
    }
    // an air-defence report opens its own attack: it does not add drones to the attack before
    if (r.intercept && target && !target.intercept && (r.launch || !r.weapons.some((w) => target!.claim.weapons.includes(w)))) target = null;
    // a hit on a named target after an air-defence report is another attack ("A drone hit an oil depot in ...")
    if (target?.intercept && !r.intercept && r.trigger && r.targetType && r.targetType !== 'unspecified' && target.claim.locations.length > 0) target = null;
    // a wave summary ("killing at least 11 across Ukraine") followed by its places one by one
    let parent: StrikeEvent | null = null;
    if (target && r.locations.length === 1 && r.killed !== null && target.claim.killed !== null && r.killed < target.claim.killed && (target.claim.locations.length >= 2 || target.split) && overlaps(target.claim.locations, r.locations)) {
      parent = target;
      target = null;
      parent.claim.locations = parent.claim.locations.filter((l) => !overlaps([l], r.locations));
      parent.split = true;
    }
    if (!target && !isNew) {
      // casualty follow-up ("the death toll rose to 33") only attaches to an open attack
      continue;
    }
    if (!target) {
      let attacker: string | null = r.attacker ?? parent?.claim.attacker ?? null;
      const guessed: StrikeGuesses = { attacker: false, casualties: false, date: false };
      // an earlier attack recalled in a story about another: by the same side, unless it says otherwise
      if (!attacker && recalledFrom?.claim.attacker) {
        attacker = recalledFrom.claim.attacker;
        guessed.attacker = true;
      }
      if (!attacker && i > 0 && ss[i - 1]!.sent.paragraph === si.sent.paragraph) {
        // "Ukraine's security service carried out an operation. Drones were launched at..."
        const p = ss[i - 1]!;
        for (const m of p.mentions) {
          const pr = partyRef(m);
          if (pr && !inAttribution(p, m.start, m.end) && !r.locParties.includes(pr.party)) {
            attacker = pr.party;
            guessed.attacker = true;
            break;
          }
        }
      }
      // "Energy facilities in the Lviv region were also targeted": more of the same side's wave
      const waveBy = [...events].reverse().find((e) => e.claim.attacker)?.claim.attacker ?? null;
      if (!attacker && waveBy && /\balso\b/i.test(si.text) && !r.locParties.includes(waveBy)) {
        attacker = waveBy;
        guessed.attacker = true;
      }
      target = {
        claim: { kind: 'strike', attacker, target: null, targetType: 'unspecified', locations: [], date: null, weapons: [], killed: null, injured: null },
        first: i,
        last: i,
        paragraph: si.sent.paragraph,
        dateParts: parent?.dateParts ?? null,
        signals: 0,
        intercept: r.intercept,
        guessed,
        apart,
      };
      events.push(target);
    }
    const c = target.claim;
    if (!c.attacker && r.attacker) c.attacker = r.attacker;
    if (r.targetsMixed) target.targetsMixed = true;
    if (c.targetType === 'unspecified' && r.targetType && !target.targetsMixed) c.targetType = r.targetType;
    // ("targeting power plants in western Ukraine and killing four people in Kyiv" then "In the capital, a drone hit a
    // residential building, killing four people": the lede's deaths told again with what they were hit in)
    else if (r.targetType && r.targetType !== 'unspecified' && r.targetType !== c.targetType && target.first <= 1 && i > target.first && r.killed !== null && r.killed === c.killed) c.targetType = r.targetType;
    for (const l of r.locations) if (!c.locations.some((x) => x.toLowerCase() === l.toLowerCase())) c.locations.push(l);
    for (const w of r.weapons) if (!c.weapons.includes(w)) c.weapons.push(w);
    const carried = i !== target.first;
    if ((c.killed === null || (r.killedUpdate && !target.killedUpdated)) && r.killed !== null) {
      c.killed = r.killed;
      target.guessed.casualties ||= carried;
    }
    if (r.killedUpdate) target.killedUpdated = true;
    if ((c.injured === null || r.injuredUpdate) && r.injured !== null) {
      c.injured = r.injured;
      target.guessed.casualties ||= carried;
    }
    if (!target.dateParts && r.date) {
      target.dateParts = r.date;
      target.guessed.date = r.dateGuessed;
    }
    if (!c.target) {
      const lp = r.locParties.find((p) => p !== c.attacker);
      c.target = r.targetParty ?? lp ?? null;
    }
    for (const n of r.consumed) consumed.add(`${i}:${n}`);
    if (r.trigger && !r.intercept) target.landed = true;
    target.last = i;
    target.paragraph = si.sent.paragraph;
    target.signals += 1;
    open = target;
  }
  // a place-less wave summary ("Russian troops attacked several regions overnight on October 19") followed by
  // the attacks place by place: the places are the claims and take its date; the summary is not one
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.claim.locations.length || !e.claim.attacker || e.intercept) continue;
    const parts = events.slice(k + 1).filter((x) => x.claim.locations.length > 0 && (x.claim.attacker === e.claim.attacker || !x.claim.attacker));
    if (parts.length < 2) continue;
    e.split = true;
    for (const x of parts) if (!x.dateParts && e.dateParts) x.dateParts = e.dateParts;
  }
  const kept: StrikeEvent[] = [];
  // the deadly attack an article leads with, told in its first lines without a day of its own, is the news of
  // its publication day ("A Russian missile struck Kryvyi Rih, killing 16"): dated so, as a guess
  const lead = events.find((e) => !e.intercept && e.claim.attacker !== null);
  if (lead && !lead.dateParts && lead.first <= 2 && (lead.claim.killed ?? 0) + (lead.claim.injured ?? 0) > 0 && events.every((e) => e === lead || e.dateParts === null) && !ss.slice(0, lead.last + 1).some((x) => x.dates.some((d) => d.role !== 'statement' && !(d.precision === 'day' && compareParts(d.resolve(a.published, 'past'), a.published) === 0))) && !RECALLED_LEAD.test(ss[lead.first]?.text ?? '')) {
    lead.dateParts = a.published;
    lead.guessed.date = true;
  }
  for (const e of events) {
    const c = e.claim;
    if (!c.locations.length && !e.intercept && c.attacker) c.locations.push(...placesFelt(c, e.last, ss));
    if (c.targetType === 'unspecified' && !e.targetsMixed && !e.intercept && (c.killed !== null || c.injured !== null)) c.targetType = typeFelt(e.first, e.last, ss) ?? 'unspecified';
    if (!c.attacker && c.target && c.weapons.length > 0 && a.gaz.adversaries.has(c.target)) {
      c.attacker = a.gaz.adversaries.get(c.target)?.[0] ?? null;
      e.guessed.attacker = true;
    }
    // ("a UN convoy was hit": the UN, the Vatican or the EU are what is hit or who speaks, never the attacker)
    if (c.attacker && NEVER_ATTACKERS.has(c.attacker)) {
      if (!c.target) c.target = c.attacker;
      c.attacker = null;
    }
    if (!c.target && c.attacker) c.target = a.gaz.adversaries.get(c.attacker)?.[0] ?? null;
    if (c.target === c.attacker) c.target = c.attacker ? a.gaz.adversaries.get(c.attacker)?.[0] ?? null : null;
    // places on both sides of the war are no one attack's: a misread place, left out rather than shown
    if (!sideOfPlaces(c, e.guessed, a.gaz)) continue;
    c.date = e.dateParts ? formatDate(e.dateParts) : null;
    const substance = c.targetType !== 'unspecified' || c.weapons.length > 0 || c.locations.length > 0 || c.killed !== null || c.injured !== null;
    if (!c.attacker && !c.locations.length) continue;
    if (!substance) continue;
    if (!c.attacker && !c.weapons.length) continue;
    // a summary fully told place by place, or an air-defence report that never said where
    if (e.split && !c.locations.length) continue;
    if (e.intercept && !c.locations.length && c.targetType === 'unspecified') continue;
    kept.push(e);
  }
  inheritWaveDate(kept, ss);
  const folded = foldRetellings(kept, (i) => ss[i]?.text ?? "").filter((e) => {
    const open = ss[e.first]!;
    const mentioned = open.dates.filter((d) => d.role !== 'since' && d.role !== 'statement' && !d.anchored && !RANKED_BY.test(open.text.slice(Math.max(0, d.start - 90), d.start))).map((d) => d.resolve(a.published, 'past'));
    return (
      !placelessDoubt(e.claim, e.dateParts, open.text) &&
      !interceptOnly(e.claim, e.intercept === true && e.landed !== true) &&
      !historical(e.dateParts, a.published, open.text, mentioned) &&
      !notOneAttack(e.claim, e.dateParts, open.text) &&
      !groundFighting(e.claim, open.text) &&
      !aboutAnAttack(e.dateParts, open.text)
    );
  });
  // an attack told as news without any day of its own happened by the article's day: dated so, as a default that
  // neither raises nor lowers its confidence (not one recalled: "last month", "a year ago", "in March")
  for (const e of folded) {
    if (e.dateParts) continue;
    // ("the deadliest assaults on the region since the full-scale war began in February 2022": a ranking, not a day of the attack)
    const told = ss.slice(e.first, e.last + 1).map((x) => x.text.replace(RANKED_SINCE, (m) => ' '.repeat(m.length))).join(' ');
    const ownDay = (x: SentInfo) => x.dates.some((d) => d.role !== 'statement' && !RANKED_SINCE_BEFORE.test(x.text.slice(Math.max(0, d.start - 120), d.start)));
    if (RECALLED_LEAD.test(told) || NOT_NEWS_DAY.test(told) || ss.slice(e.first, e.last + 1).some(ownDay)) continue;
    e.dateParts = a.published;
    e.guessed.date = true;
    e.guessed.dateDefault = true;
  }
  for (const e of folded) e.claim.date = e.dateParts ? formatDate(e.dateParts) : null;
  // "killed five people, including two in Kherson, one in Zaporizhzhia and two in Donetsk": a claim per place
  const told = folded.flatMap((e) => splitByPlaceCounts(e.claim, ss[e.first]!.text).map((c) => (c === e.claim ? e : { ...e, claim: c })));
  return { events: told, consumed };
}

/**
 * Where it hit says whose it was: an attack whose places all lie in one party's land hit that party,
 * and that party is not its attacker ("The Russian city of Belgorod was attacked by drones" is no
 * Russian attack; "Zelensky condemned the strikes on Sumy" no Ukrainian one). A side read off the
 * sentence that contradicts the map gives way to it; the attacker so named is a guess. False when the
 * places lie on two sides at war with each other: no one attack hit both.
 */
function sideOfPlaces(c: StrikeEvent['claim'], guessed: StrikeGuesses, gaz: Article['gaz']): boolean {
  const placeNamed = (name: string) => {
    const n = name.toLowerCase();
    return gaz.config.places.find((p) => p.name.toLowerCase() === n || (p.aliases ?? []).some((x) => x.toLowerCase() === n));
  };
  const partyOf = (name: string) => placeNamed(name)?.party;
  const atWar = (names: string[]) => {
    const ps = [...new Set(names.map(partyOf).filter((p): p is string => !!p))];
    return ps.some((p) => ps.some((q) => gaz.adversaries.get(p)?.includes(q)));
  };
  if (atWar(c.locations)) {
    // ("Kiev accused Moscow ..." told after the attack on Odesa's ports: capitals named as governments)
    const capitals = new Set(gaz.config.parties.flatMap((p) => p.capitals ?? []).map((x) => x.toLowerCase()));
    const kept = c.locations.filter((name) => !capitals.has(name.toLowerCase()));
    if (kept.length === 0 || atWar(kept)) return false;
    c.locations = kept;
  }
  const parties = [...new Set(c.locations.map(partyOf).filter((p): p is string => !!p))];
  // (a district or village the gazetteer does not know, named with a city it does, is the city's: "Kyiv, Solomianskyi district")
  if (parties.length !== 1 || c.locations.every((name) => !partyOf(name))) return true;
  // (occupied Crimea or Donetsk is hit by the side whose land the map says it is: the map does not tell the side)
  if (c.locations.some((name) => placeNamed(name)?.contested)) return true;
  const hit = parties[0]!;
  if (!gaz.adversaries.has(hit)) return true;
  if (c.attacker === hit) {
    c.attacker = gaz.adversaries.get(hit)?.[0] ?? null;
    guessed.attacker = true;
  }
  c.target = hit;
  return true;
}

/** Another occasion named where an attack is told: its day is its own, not the wave's. */
const OTHER_OCCASION = /\b(?:earlier|previous(?:ly)?|last (?:week|month|year)|a (?:day|week|month) (?:earlier|before)|days? (?:earlier|before)|in (?:a|an) (?:separate|earlier)|since|ago)\b/i;

/**
 * "In Dnipro, a missile struck an apartment building ..." after "Russia launched a massive
 * attack overnight": an attack told without its own day, later in a report of a dated attack
 * by the same side, is part of that night's wave and takes its day (marked as guessed).
 */
function inheritWaveDate(events: StrikeEvent[], ss: readonly SentInfo[]): void {
  for (const e of events) {
    if (e.dateParts || !e.claim.attacker) continue;
    if (OTHER_OCCASION.test(ss[e.first]!.text)) continue;
    // (the nearest before it: in a timeline, the entry it is told under)
    const wave = [...events].reverse().find((x) => x !== e && x.first < e.first && x.dateParts && x.claim.attacker === e.claim.attacker);
    if (!wave) continue;
    e.dateParts = wave.dateParts;
    e.guessed.date = true;
  }
}
