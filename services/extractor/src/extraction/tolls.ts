import type { Article, SentInfo } from './analyze';
import { attributionFor, inAttribution } from './analyze';
import { formatDate, type DateMention, type DateParts } from './dates';
import { partyRef, placeOf, type Mention } from './entities';
import { cueGroup, hasCue, scanCues } from './cues';
import type { NumberMention } from './numbers';
import type { MeasureT, PopulationT, TollClaim } from './types';
import { isBreakdownLine, listedUnder } from './toll-breakdown-lines';
import { calendarWindow, countsGroups, isBreakdownShare, isFootnote, isRate, periodWindow, rangeEnd, RUNNING, windowBefore } from './toll-shape';
import { modifierParty } from './toll-party';
import { isIncidentCount } from './toll-incident';
import { anaphorPlaceParty } from './toll-place';
import { reporterName, sidesWithin } from './reporter-name';
import { nameFromPhrase } from './attribution';
import { carriedReporter, type CarriedReporter } from './toll-reporter-carry';
import { windowOpening } from './toll-lead-window';

/** A bulletin's "in the zones of responsibility of the … groups of forces": the area, not whose losses. */
const ZONES_OF_FORCES = /\bin the (?:zones?|areas?) of responsibility of (?:the )?(?:[\p{L}-]+ ){0,3}(?:groups? of (?:forces|troops)|battlegroups?|groupings?)\b/giu;

const RANK_SHARE = /^\s*(?:(?:Russian|Ukrainian|North Korean|senior|high-ranking|more)\s+)?(?:officers|generals|colonels|commanders|pilots)\b/i;
const UNDER_INQUIRY = /\b(?:prob(?:ing|es|ed)|investigat(?:ing|es|ed|ion into)|criminal case (?:into|over)|charged (?:over|with))\s+(?:the\s+)?(?:alleged\s+)?(?:killings?|murders?|deaths?|executions?)\s+of\s+(?:at least\s+|some\s+)?$/i;

/** Between two figures of one pair: "… killed and " before "96 wounded". */
const PAIRED_FIGURE = /^\s+(?:[\p{L}-]+\s+){0,4}(?:killed|dead|deaths|wounded|injured|injuries)\s+and\s+$/iu;
/** What the second figure of a pair counts: "… and 96 wounded", "… and 731 injuries", "… and 650 others had been wounded". */
const PAIRED_SECOND = /^\s+(?:(?:others|more|people|civilians)\s+)?(?:(?:were|was|have been|had been)\s+)?(?:wounded|injured|injuries|killed|deaths|dead|hurt)\b/i;

/** Words that introduce what a figure is compared with ("the same as in", "higher than in"). */
const COMPARED_WITH = /\b(?:as|than)\s+(?:in|during|for)\s+(?:the same (?:period|months?|weeks?|time) (?:in|of|last)\s+)?$|\bcompared (?:with|to)\s+(?:the same (?:period|months?|weeks?|time) (?:in|of|last)\s+|in\s+)?$/i;

export interface TollHit {
  claim: TollClaim;
  sentence: number;
  /** told with a source the text leaves unnamed ("One report suggested ..."): no other source is lent to it */
  unnamedSource?: boolean;
  signals: {
    attributed: boolean;
    dated: boolean;
    qualifier: boolean;
    strong: boolean;
    /** the party came from context (the speaker's side, an earlier figure, the theatre), not the counted noun */
    partyGuessed: boolean;
    /** the reporter was carried over from an earlier figure */
    reporterCarried: boolean;
    /** one end of a range */
    range: boolean;
  };
}

const MEASURES: [RegExp, MeasureT][] = [
  [/^(?:killed (?:or|and) (?:wounded|injured)|dead (?:or|and) (?:wounded|injured)|casualties|casualty|causalities|losses|killed or injured)\b/i, 'casualties'],
  [/^(?:killed|dead|deaths?|died|fatalities|fatality|perished|lives)\b/i, 'killed'],
  [/^(?:wounded|injured|injuries|injury|hurt)\b/i, 'wounded'],
  [/^(?:missing|unaccounted)\b/i, 'missing'],
  [/^(?:in (?:\w+ )?captivity|captured|prisoners of war|pows|held prisoner|taken prisoner|held captive|held (?:in|by) (?:Russia|Ukraine|the enemy|Russian forces|Ukrainian forces)\b)/i, 'captured'],
  [/^(?:displaced|idps|refugees|evacuated|fled|uprooted|forced from their homes)\b/i, 'displaced'],
];
/** Does any of MEASURES match? (one test where most words match none) */
const MEASURE_START = new RegExp(MEASURES.map(([re]) => `(?:${re.source})`).join('|'), 'i');
const MEASURE_ANY = /\b(?:killed (?:or|and) (?:wounded|injured)|dead (?:or|and) (?:wounded|injured)|killed or injured|casualties|causalities|losses|killed|dead|deaths?|died|fatalities|perished|wounded|injured|injuries|hurt|missing|unaccounted|captivity|captured|prisoners of war|POWs|displaced|IDPs|refugees|evacuated|fled|uprooted)\b/i;

const MILITARY = /\b(?:soldiers?|troops|servicem[ae]n|service ?members|servicemembers|military|personnel|fighters|forces|conscripts|combatants|marines|battlefield|army|officers|in action|fighting|prisoners of war|pows|defenders)\b/i;
const CIVILIAN = /\b(?:civilians?|children|residents|refugees|inhabitants|non-combatants|displaced|evacuated|women|elderly)\b/i;
/** A sentence opening on the figure before: "Of this figure, ...", "Of those, ...". */
const OF_PRIOR = /^\s*(?:of|among) (?:this|that|these|those|the) (?:figure|total|number|tally|count|casualties|losses|toll)\b|^\s*of (?:these|those|them),/i;
/** Before the parts of a figure just told: "5,144, with 859 killed and ". */
/** A territory named as the share of a count: "in Ukrainian-controlled territory", "in territory occupied by Russian forces". */
const TERRITORY_SHARE = /^[^.;]{0,40}\bin (?:the\s+)?(?:(?:Ukrainian|Russian|government)[- ](?:controlled|held|occupied)|occupied|temporarily occupied) (?:territory|territories|areas|parts)\b|^[^.;]{0,40}\bin (?:the\s+)?(?:territory|territories|areas) (?:occupied|controlled|held) by\b|^[^.;]{0,40}\bin (?:Ukrainian )?territory occupied\b/i;
const BREAKDOWN_OF_PRIOR = /\d\s*,\s*(?:with|of (?:which|whom|them))\s+(?:[\d,.]+\s+[\p{L}-]+\s+and\s+)?$|\d[^().;]{0,80}\(\s*(?:[\d,.]+\s+[\p{L}-]+\s*(?:,|and)\s*)?$/u;
/** A count of things, not people, right after the figure: "78 field visits", "20 interviews". */
const NOT_PEOPLE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:agencies|agency|organi[sz]ations?|countries|nations|allies|visits?|interviews?|cases?|attacks?|strikes?|drones?|missiles?|shells?|km|kilometres?|kilometers?|miles?|times|villages?|towns?|settlements?|buildings?|homes?|houses?|facilities|schools?|hospitals?|tonnes?|tons?|dollars?|euros?|percent|per cent|points?|sites?|proceedings|reports?|documents?|incidents?|episodes?|objects?|targets?|tanks?|vehicles?|pieces?|units?|items?)\b/iu;
/** A sentence that counts the change since an earlier report, not a toll of its own. */
const DELTA_SINCE_REPORT = /^\s*(?:compared (?:to|with)|since) (?:the )?(?:data|figures|numbers|previous (?:report|update|data)|last (?:report|update))\b/i;
/** Figures the speaker rejects: "he dismissed these figures", "All of that is a lie". */
const DISMISSED = /\b(?:dismissed|rejected|denied|refuted|debunked) (?:these|those|the|such|both) (?:figures|numbers|claims|estimates|reports)\b|\b(?:is|was) a lie\b/i;
/** Evacuation from homes hit in one attack, not displacement by the war. */
const STRIKE_EVACUATION = /\b(?:evacuated|rescued|moved)\b[^.;]{0,60}\b(?:from (?:their |the |a |an )?(?:damaged |destroyed |residential |high-rise |multi-storey |apartment )*(?:flats|homes|houses|building|buildings|apartments|apartment block)|after the (?:overnight |night |morning )?(?:strike|attack|shelling|explosion))\b/i;
const SPECIAL_CIRCUMSTANCES = /\bmissing under special circumstances\b/i;
const MIXED = /\b(?:(?:both )?(?:soldiers|servicemen|military personnel|troops) and civilians|(?:both )?civilians and (?:soldiers|servicemen|military personnel|troops)|(?:both )?military and civilian|(?:both )?civilian and military)\b/i;
const NOT_PEOPLE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:tanks?|vehicles?|systems?|aircraft|planes?|helicopters?|drones?|missiles?|shells?|guns?|jets?|ships?|boats?|wagons?|homes?|houses?|buildings?|apartments?|tonnes?|tons?|names? of (?!people)|kilomet|miles?|km|hectares?|villages?|settlements?|towns?|cases?|exchanges?|swaps?|times|rounds?|pages?|votes?|seats?|laws?|sanctions?|tanks|artillery|units?|brigades?|facilities|sites?|targets?|projectiles?|munitions?|rockets?|bombs?|dollars?|euros?|cars?|trucks?|trains?|days?|hours?|weeks?|months?|years?)\b/iu;
/** A unit word after a people or measure word belongs to a rate ("casualties a day"), not the count. */
const PEOPLE_OR_MEASURE = /\b(?:people|persons|civilians|soldiers|troops|servicem[ae]n|fighters|children|residents|casualties|losses|killed|dead|deaths|wounded|injured|missing|displaced|refugees|prisoners|POWs)\b/i;
/** A party after these is the cause of the losses, not whose people they are. */
const CAUSE_BEFORE = /\b(?:result of|results of|because of|due to|caused by|owing to|amid|following|fleeing|fled|(?:fire|shelling|attacks?|strikes?|weapons|bombardment|munitions) (?:from|by|of))\s+(?:the\s+|a\s+)?(?:full-scale\s+)?$/i;
/** A figure with no counted noun, its verb right after it: "150 were killed", "888 injured". */
const ELLIPTIC_AFTER = /^\s*(?:were|was|have been|had been|killed|injured|wounded|died)\b/i;
/** A span from the war's start to a date: "between February 2022 and ...", "from February 24, 2022 to ...". */
const WAR_START_SPAN = /\b(?:between|from)\s+(?:(?:24\s+)?February(?:\s+24)?,?\s+2022|the (?:start|beginning|outset) of the (?:war|invasion|full-scale invasion))(?:,\s+when [^,]{0,60},)?\s+(?:and|to|until|through)\s+/i;
/** A modal that estimates a figure already reached: "may have lost", "could be as high as", "may amount to". */
const ESTIMATE_MODAL = /\b(?:may|might|could)\s+(?:well\s+)?(?:have\s+(?:already\s+)?(?:lost|been|suffered|died|reached|exceeded|totall?ed|topped)|be as (?:high|many) as|amount to|total|number|exceed|reach|stand at)\b/gi;
/** "since January 2024", "since 2023": the day a count runs from, month optional. */
const SINCE_MONTH_YEAR = /\bsince (?:(?:early|late|mid-?)\s*)?(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b/i;
/** "since 29 December", "since December 29" with no year: a day the text counts from, in the year before the article's day. */
const SINCE_DAY = /\bsince (?:(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:st|nd|rd|th)?)\b(?!,?\s+(?:19|20)\d\d)/i;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A count of civilian victims named without a number, that the next figure gives. */
const CIVILIAN_COUNT_NAMED = /\bcivilian (?:casualties|deaths|victims|toll|losses)\b/i;
/** Deaths that are not war losses. */
const NOT_WAR = /\b(?:(?:car|road|traffic|bus|plane|air|train) (?:crash|accident)|collision|drown\w*|earthquake|flood(?:s|ing)?|heatwave|carbon monoxide|overdose|natural causes)\b/i;
const HISTORICAL = /\b(?:Second World War|First World War|World War|Nazi|Soviet (?:troops|soldiers|Union|army)|Great Patriotic|Holodomor|in Afghanistan|Chechen war|a war in which|historians)\b/;
/**
 * Cues (see cues.ts) of the patterns above, for the sentence text `t`. MILITARY and CIVILIAN also
 * run on pieces of it joined by spaces: their literals hold no space.
 */
const MILITARY_CUES = cueGroup(['soldier', 'troops', 'service', 'military', 'personnel', 'fighters', 'forces', 'conscripts', 'combatants', 'marines', 'battlefield', 'army', 'officers', 'action', 'fighting', 'prisoners', 'pows', 'defenders']);
const CIVILIAN_CUES = cueGroup(['civilian', 'children', 'residents', 'refugees', 'inhabitants', 'combatants', 'displaced', 'evacuated', 'women', 'elderly']);
const MIXED_CUES = cueGroup(['civilian']);
const NOT_WAR_CUES = cueGroup(['crash', 'accident', 'collision', 'drown', 'earthquake', 'flood', 'heatwave', 'carbon monoxide', 'overdose', 'natural causes']);
const HISTORICAL_CUES = cueGroup(['world war', 'nazi', 'soviet', 'great patriotic', 'holodomor', 'in afghanistan', 'chechen war', 'a war in which', 'historians']);
const AMONG_CUES = cueGroup(['among']);
const PERIOD_CUES = cueGroup(['past', 'last', 'previous', 'preceding', 'day', 'week', 'month', 'overnight', 'alone', 'year', 'hours']);
const SINCE_CUES = cueGroup(['since']);
const SINCE_YEAR = /\bsince (?:the (?:start|beginning) of (?:the|this) year|(?:early |late )?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,? (?:19|20)\d\d)(?! \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d))/i;
const SINCE_THIS_YEAR = /\bsince (?:the (?:start|beginning) of|(?:early )?January(?: 1(?:st)?)?,?) ((?:19|20)\d\d)\b/i;
const PEAK_CUES = cueGroup(['peak']);
const CIVILIAN_NP_CUES = cueGroup(['civilian', 'children', 'minors']);
/** Cues of MEASURES, MEASURE_ANY and the patterns of measureBefore: without one, neither finds a measure. */
const MEASURE_CUES = cueGroup([
  'kill', 'dead', 'death', 'died', 'casualt', 'causalit', 'los', 'lives', 'fatalit', 'perish', 'wound', 'injur', 'hurt', 'missing', 'unaccounted', 'captiv', 'captur', 'held in', 'held by',
  'prisoner', 'pows', 'idps', 'refugee', 'evacuat', 'fled', 'uproot', 'forced', 'displace', 'toll', 'disappearance', 'relocat', 'eliminat', 'neutrali',
]);
/** Words before the month the war began: "the invasion, which began in", "launched its full-scale war in". */
const WAR_BEGAN_BEFORE = /\b(?:invasion|war|aggression|offensive)\b[^.;]{0,40}\b(?:began|started|launched|begun|unleashed)\s+(?:in\s+)?$|\b(?:began|started|launched|unleashed)\s+(?:its|the|a)\s+(?:full-scale\s+)?(?:invasion|war)\s+(?:of Ukraine\s+)?in\s+$|\b(?:invasion|war)\s+in\s+$/i;
/** "..., bringing the total to N": a running total of the count just told. */
const BRINGS_TOTAL = /\b(?:bringing|brings|brought|taking|takes|raising|raises|pushing)\s+(?:the|its|their)\s+(?:overall\s+|total\s+|cumulative\s+)?(?:total|tally|count|number|toll)\b[^.;]{0,60}\bto\s+$/i;
const HYPO = /\b(?:could|would|might|may|if|unless|threaten\w*|risk\w*|projected|forecasts?|expected to|likely to|warned that|aim(?:s|ed)? to|plans? to|cap|limit)\b/i;
const PERIOD_WORDS = /\b(?:in the (?:past|last|previous|preceding) (?:\d+|\w+)(?: \w+)?|over the (?:past|last|previous|preceding) (?:\d+|\w+)(?: \w+)?|during the (?:past|last|previous|preceding) \w+(?: \w+)?|(?:on )?the (?:previous|preceding) day|in (?:a|one|a single) (?:day|week|month)|(?:each|every|per|a) (?:day|week|month)(?!\s+(?:earlier|ago|before|later|after|previously))|overnight|alone|this year|last year|last month|this month|last week)\b/i;
const CUMULATIVE_WORDS = /\b(?:since|so far|in total|to date|altogether|overall|cumulative|stood at|remain|remains|still|registered|on the register|as of|total|running)\b/i;
/** "The last time Zelensky gave an update was in February, when he put deaths at 31,000": a running total as of that month, not the month's count. */
const EARLIER_UPDATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:study|report|update|assessment|estimate|analysis|survey|bulletin)\b|\b(?:the last time|the previous time)\b[^.;]{0,60}\b(?:update|figure|estimate|toll|count|tally|number)s?\b|\b(?:last|previous|earlier|prior) (?:update|estimate|official figure|tally|count)\b[^.;]{0,40}\b(?:in|from|of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/i;
/** A figure for both sides together: "combined Russian and Ukrainian losses exceeded", "the two sides' combined casualties". */
const COMBINED_SIDES = /\b(?:(?:combined|total|joint)\s+(?:Russian|Ukrainian|Russia|Ukraine)\s+and\s+(?:Russian|Ukrainian|Russia|Ukraine)|combined)\s+(?:military\s+)?(?:losses|casualties|deaths|death tolls?|dead)\b[^.;\d]{0,40}$|\b(?:both sides|the two sides|the two armies)['’]?\s+(?:combined\s+)?(?:losses|casualties|deaths)\b[^.;\d]{0,40}$/iu;
const COMPARE_BEFORE = /\b(?:(?:up|down|rising|risen|rose|increase|increased|jump|jumped|compared) (?:\w+ )?(?:from|with|to)|from|compared with|compared to|versus|against)\s+$|\b(?:from|with|to|than|over) (?:his|her|its|their|the|an?) (?:own )?(?:earlier|previous|prior|last|former|initial) (?:estimate|figure|count|tally|total|toll|assessment)(?:,? of)?\s+$/i;
const COUNT_STOOD = /\b(?:count|tally|toll|figure|number|total|it)\s+(?:had\s+)?(?:stood|was|stands|reached)\s+at\s+$/i;

function measureAfter(after: string): { measure: MeasureT; at: number; np: string } | null {
  // scan forward word by word (max 12 words) until a measure word
  const re = /[\p{L}\p{N}'’-]+|[,;:()]/gu;
  let m: RegExpExecArray | null;
  let words = 0;
  while ((m = re.exec(after)) !== null && words < 12) {
    const w = m[0];
    if (w === ';' || w === ':' || w === '(' || w === ')') return null;
    const rest = after.slice(m.index);
    if (MEASURE_START.test(rest)) for (const [mr, measure] of MEASURES) {
      if (mr.test(rest)) {
        // "killed or wounded" within the same phrase -> casualties
        return { measure, at: m.index, np: after.slice(0, m.index) };
      }
    }
    // ("to more than 10,200 and those injured to over 19,300": right after the figure too)
    if (/^and$/i.test(w) && words === 0 && /^and\s+(?:those|the)\s+(?:injured|wounded|killed|dead)\s+(?:to|at|stood at|reached|rose to|was|were)\s+(?:(?:at least|about|around|some|more than|over|nearly)\s*)?(?:\d|$)/i.test(rest)) return null;
    if (/^(?:said|says|told|according|and|but|while|whereas|when|than)$/i.test(w) && words > 0) {
      if (!/^and$/i.test(w) || /^and\s+(?:\d|one|two|three)/i.test(rest)) return null;
      // "killed 12 civilians and injured 45": the measure after "and" is the next figure's (`after` ends at it)
      // ("the death of 125 civilians and injury to over 550 others", "... and those injured to over 19,300")
      if (/^and\s+(?:[\p{L}-]+\s+)?(?:injured|injuring|wounded|wounding|killed|killing|injury|injuries|deaths?|dead)\s*(?:(?:to|of|at|stood at|reached|rose to)\s+)?(?:(?:at least|about|around|some|more than|over|nearly)\s*)?(?:\d|$)/iu.test(rest)) return null;
    }
    if (/^\d/.test(w)) return null;
    if (/^(?:during|with|since|after|before|because|which|represents?|includes?|by|among|despite|across)$/i.test(w) && !/^(?:by|across)$/i.test(w)) return null;
    words++;
  }
  return null;
}

/** The people a bulletin's "eliminated N" counts, right after the figure. */
const ELIMINATED_PEOPLE = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:military\s+)?(?:personnel|servicem[ae]n|soldiers|troops|fighters|militants|mercenaries|enemy (?:personnel|troops|soldiers))\b/iu;

function measureBefore(before: string): { measure: MeasureT; active: boolean; phrase?: string; people?: boolean } | null {
  // ("total losses, which include wounded, killed or missing, may amount to N": the clause lists what the losses hold)
  let b = before.slice(-140).replace(/,\s*which (?:include|includes|included|comprise|comprises|cover|covers)\b[^;]{0,80}?,(?=\s*(?:may|might|could|will|would|is|are|was|were|has|have|had|now|stands?|stood|amounts?|amounted|totals?|totall?ed|reach\w*|came|rose)\b)/gi, (x) => ' '.repeat(x.length));
  // ("the number of Russians who died ... is from 40 to 55 thousand": the low end of a range reads like the figure)
  if (/\b(?:is|are|was|were)\s+from\s+$/i.test(b)) b = b.replace(/\s+from\s+$/i, ' ');
  // ("the number of civilians killed ... to more than 10,200, and those injured to over 19,300": the second count's own word)
  const mThose = /\b(?:and|while|with)\s+(?:those|the)\s+(injured|wounded|killed|dead)\s+(?:to|at|stood at|reached|rose to|was|were)\s+$/i.exec(b);
  if (mThose) return { measure: classify(mThose[1]!), active: false };
  const m1 = /\b(?:the )?(?:death toll|toll of dead|number of (?:the )?dead)\b[^.;]{0,60}?\b(?:stood|stands|rose|risen|climbed|reached|increased|was|is|to|at|passed|exceeded)\s+(?:at\s+|to\s+)?$/i.exec(b);
  if (m1) return { measure: 'killed', active: false };
  // ("an estimate on the number of Russians killed in the war thus far -- 15,000": a dash or colon gives the number)
  const m2 = /\bnumber of\s+([^.;]{0,110}?)\s+(?:at|to|as|was|is|stood at|reached|has reached|had reached|-{1,2}|[–—]|:)\s+$/i.exec(b.replace(/\s*(?:-{1,2}|[–—]|:)\s*$/, (x) => ` ${x.trim()} `));
  if (m2) {
    const x = m2[1]!;
    const mm = MEASURE_ANY.exec(x);
    if (mm) return { measure: classify(mm[0]), active: false, phrase: x };
  }
  // "has so far cost the lives of some 2,500 soldiers", "claimed the lives of 40 civilians"
  if (/\b(?:cost|costs|costing|claimed|claims|claiming|taken|took|takes)\s+the\s+lives\s+of\s+$/i.test(b)) return { measure: 'killed', active: false };
  // ("recorded the death of 125 civilians and injury to over 550 others")
  const m3 = /\b(?:the )?(deaths?|killing|loss|injuries|injury|disappearance|capture|displacement|evacuation) (?:of|to)\s+$/i.exec(b);
  if (m3 && (/of\s+$/.test(m3[0]) || /^injur/i.test(m3[1]!))) {
    const w = m3[1]!.toLowerCase();
    return { measure: w === 'deaths' || w === 'death' || w === 'killing' ? 'killed' : w === 'loss' ? 'casualties' : w === 'injuries' || w === 'injury' ? 'wounded' : w === 'disappearance' ? 'missing' : w === 'capture' ? 'captured' : 'displaced', active: false };
  }
  // (the last loss word before the figure: "2,400 soldiers have been killed and that total casualties are N")
  const m4 = /^[^]*\b(?:personnel )?(losses|casualties|deaths|fatalities|death toll|(?:dead|killed)(?: (?:or|and) (?:wounded|injured))?)\b[^.;]{0,130}?\b(?:had |has |have |now |to )?(?:estimated(?: at)?|put at|passed|pass|passes|exceeded|exceed|exceeds|surpassed|surpass|surpasses|topped|top|tops|reached|reach|stood at|stand at|stands at|rose to|risen to|climbed to|grew to|fell to|fallen to|dropped to|declined to|decreased to|amounted to|amount to|amounts to|at|of|was|were|is|are|totalled|totaled|total|totals|numbered|to)\s+(?:more than\s+|over\s+|at least\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i.exec(b);
  if (m4) return { measure: classify(m4[1]!), active: false, phrase: m4[0].slice(m4[0].lastIndexOf(m4[1]!)) };
  const m5 = /\b(?:has |have |had |was |were |is |are )?(?:lost|losing|lose|loses)\s+$/i.exec(b);
  if (m5) return { measure: 'casualties', active: false };
  // "have killed, injured or captured 17,819": several losses at once are casualties
  if (/\b(?:killed|kill|killing)(?:,\s+|\s+(?:or|and)\s+|,\s+(?:or|and)\s+)(?:wounded|injured|captured|wounding|injuring|capturing)(?:(?:,\s+|\s+(?:or|and)\s+|,\s+(?:or|and)\s+)(?:wounded|injured|captured|wounding|injuring|capturing))?\s+$/i.test(b)) return { measure: 'casualties', active: true };
  // "the Tsentr battlegroup has eliminated more than 480 Ukrainian military personnel": a bulletin's losses (people
  // only: "eliminated 30 drones" counts no one)
  if (/\b(?:eliminated|eliminating|eliminates|neutrali[sz]ed|neutrali[sz]ing)\s+$/i.test(b)) return { measure: 'casualties', active: true, people: true };
  const m6 = /\b(?:killed|kill|killing|kills)\s+$/i.exec(b);
  if (m6) return { measure: 'killed', active: true };
  const m7 = /\b(?:wounded|injured|wounding|injuring)\s+$/i.exec(b);
  if (m7) return { measure: 'wounded', active: true };
  const m8 = /\b(?:displaced|uprooted|forced|evacuated|relocated)\s+$/i.exec(b);
  if (m8) return { measure: 'displaced', active: true };
  return null;
}

function classify(w: string): MeasureT {
  for (const [re, m] of MEASURES) if (re.test(w)) return m;
  if (/death|dead|killed/i.test(w)) return 'killed';
  return 'casualties';
}

function partyOfMention(m: Mention): string | null {
  const p = partyRef(m);
  if (p) return p.party;
  const pl = placeOf(m);
  if (pl?.party && pl.kind !== 'venue') return pl.party;
  return null;
}

/** A sentence that opens on the figure just reported and gives a part of it ("The total includes"). */
const PART_OF_PRIOR = /^\s*(?:the|that|this)\s+(?:figure|total|tally|count|number|toll|estimate)\b[^.;]*?\b(?:includes?|included|including|comprises?|of which)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A party named as the holder, not the people counted: "in Russian captivity", "in Ukrainian hands". */
const HELD_BY = /^(?:'s|’s)?\s*(?:captivity|hands|custody|control|occupation|prisons?|detention)\b/i;

/** Words that name a national group that is not a party we track ("Soviet", "Syrian"). */
const FOREIGN_ADJ = /^\s*(?:[a-z-]+\s+)?(Soviet|Syrian|Israeli|Palestinian|Iraqi|Afghan|Sudanese|Yemeni|Georgian|Chechen|Armenian|Azerbaijani|Polish|Moldovan|Iranian)\b/;

interface Prior {
  claim: TollClaim;
  sentence: number;
  dateParts: DateParts | null;
}

/** Find tolls in an article. `consumed` holds numbers already used by strikes. */
export function extractTolls(a: Article, consumed: Set<string>, blocked: Set<string>): TollHit[] {
  const out: TollHit[] = [];
  /** figures told as one unit's or sector's share of a bulletin (isBreakdownShare) */
  const shares = new Set<TollClaim>();
  let prior = null as Prior | null;
  /**
   * The statement date of the latest sentence up to `i` that gives one ("said on Monday"): found
   * when asked, so that the dates of most sentences are never read (see SentInfo).
   */
  const statementAt: ({ sentence: number; date: DateParts } | null | undefined)[] = new Array(a.sentences.length);
  const lastStatementAt = (i: number): { sentence: number; date: DateParts } | null => {
    let found: { sentence: number; date: DateParts } | null = null;
    for (let j = i; j >= 0; j--) {
      // (the answer for an earlier sentence covers all before it)
      const known = statementAt[j];
      if (known !== undefined) {
        found = known;
        break;
      }
      const d = a.sentences[j]!.dates.find((x) => x.role === 'statement');
      if (d) {
        found = { sentence: j, date: d.resolve(a.published, 'past') };
        break;
      }
    }
    statementAt[i] = found;
    return found;
  };
  const lineTexts = a.sentences.map((x) => x.text);
  for (let i = 0; i < a.sentences.length; i++) {
    const si = a.sentences[i]!;
    let stmt: { sentence: number; date: DateParts } | null | undefined;
    const lastStatement = () => (stmt === undefined ? (stmt = lastStatementAt(i)) : stmt);
    // a figure makes a claim with a measure word, or by taking a prior figure's (see below)
    if (prior === null && !hasCue(si.cues, MEASURE_CUES) && !hasCue(si.cues, AMONG_CUES)) continue;
    if (!si.numbers.length) continue;
    // "among them 745 children" reads like "including 745 children" (same length: offsets hold)
    const t0 = hasCue(si.cues, AMONG_CUES) && /\bamong (?:them|whom)\b/i.test(si.text) ? si.text.replace(/\bamong (?:them|whom)\b/gi, 'including ') : si.text;
    // "losses ... in the zones of responsibility of the Russian groups of forces amounted to": where, not whose
    const t = t0.includes('responsibility') ? t0.replace(ZONES_OF_FORCES, (x) => ' '.repeat(x.length)) : t0;
    const inZones = (m: { start: number; end: number }) => t !== t0 && t.slice(m.start, m.end).trim() === '';
    const cues = t === si.text ? si.cues : scanCues(t);
    if ((hasCue(cues, HISTORICAL_CUES) && HISTORICAL.test(t)) || (hasCue(cues, NOT_WAR_CUES) && NOT_WAR.test(t))) continue;
    // "since January", "since the start of 2026": the same for every figure of the sentence (found once, when asked)
    let since: { year: RegExpExecArray | null; thisYear: RegExpExecArray | null } | undefined;
    const sinceOf = () =>
      (since ??= hasCue(cues, SINCE_CUES)
        ? { year: SINCE_YEAR.exec(t), thisYear: SINCE_THIS_YEAR.exec(t) }
        : { year: null, thisYear: null });
    const mayMeasure = hasCue(cues, MEASURE_CUES);
    const mayPeriod = hasCue(cues, PERIOD_CUES);
    const mayMixed = hasCue(cues, MIXED_CUES);
    const mayMilitary = hasCue(cues, MILITARY_CUES);
    const mayCivilian = hasCue(cues, CIVILIAN_CUES);
    const nums = si.numbers.filter((n) => !n.unit);
    const sentencePriorStart = out.length;
    for (let k = 0; k < nums.length; k++) {
      const n = nums[k]!;
      // with no measure word in the sentence a figure only counts by inheriting a prior one's
      if (!mayMeasure && prior === null) continue;
      if (consumed.has(`${i}:${n.start}`) || blocked.has(`${i}:${n.start}`)) continue;
      if (n.value <= 0) continue;
      if (isFootnote(t, n)) continue;
      // "combined Russian and Ukrainian losses exceeded one million": both sides in one figure, no one party's toll
      if (COMBINED_SIDES.test(t.slice(Math.max(0, n.qualStart - 90), n.qualStart))) continue;
      // a range is two tolls (low end at least, high end at most), read once from its low end
      const range = rangeEnd(t, nums, k);
      if (range?.end === 'high') continue;
      const rangeHigh = range ? nums[k + 1]! : null;
      const next = nums[k + (range ? 2 : 1)];
      const prevN = nums[k - 1];
      const nEnd = rangeHigh ? rangeHigh.end : n.end;
      let afterEnd = Math.min(t.length, next ? next.qualStart : t.length, nEnd + 140);
      let after = t.slice(nEnd, afterEnd);
      // "10,000 civilians — including 700 children — have been killed", "8,300 people, including 1,150
      // children, were evacuated": read past the aside
      const aside =
        /^([^—–.;]{0,40}?)\s[—–]\s*(?:including|among them)\s[^—–]{1,100}?\s[—–]\s?/.exec(t.slice(nEnd, nEnd + 180)) ??
        /^([^,—–.;]{0,40}?),\s*(?:including|among them)\s(?:[^,;—–]|,(?=\d)){1,60}?,\s?(?=(?:were|was|have been|had been|are)\s)/.exec(t.slice(nEnd, nEnd + 180));
      if (aside) {
        const rest = nEnd + aside[0].length;
        const nextOut = nums.find((x) => x.qualStart >= rest);
        afterEnd = Math.min(t.length, nextOut ? nextOut.qualStart : t.length, rest + 120);
        after = aside[1]! + ' '.repeat(aside[0].length - aside[1]!.length) + t.slice(rest, afterEnd);
      }
      const beforeStart = Math.max(prevN ? prevN.end : 0, n.qualStart - 160);
      // (a range's lead word is no context: "put the losses at between")
      const leadEnd = range ? n.qualStart - (/\bbetween\s+$/i.exec(t.slice(0, n.qualStart))?.[0].length ?? 0) : n.qualStart;
      const before = t.slice(beforeStart, leadEnd);
      if (/^\s+of\s+(?:them|whom|the|those|these|its|their|our|his|her)\b/i.test(after)) continue;
      if (!range && /^\s*(?:-|to|and|or)\s*(?:\d|one|two|three|four|five)/i.test(after) && /\bbetween\s+$/i.test(before)) continue;
      if (!range && /\bbetween\s+$/i.test(before)) continue;
      if (isRate(before, after) || countsGroups(after)) continue;
      const np0 = NOT_PEOPLE.exec(after);
      if (np0 && !PEOPLE_OR_MEASURE.test(np0[0]) && !/\b(?:last|this|next|per|a|each|every|that|the same)\s+(?:day|week|month|year)s?\s*$/i.test(np0[0]) && !/^\s*(?:the year before|a year earlier|the previous year|a year before|the same)/i.test(after)) continue;
      if (/\b(?:aged|age|ages)\s+$/i.test(before)) continue;
      // clause-local hypothetical
      const clause = (before.split(/[;:]|,\s(?:but|while)\s/).pop() ?? '') + after.split(/[;—–]|,\s|\s-\s/)[0];
      // (the month, "killed in May", is not the modal: a capital "May" after the clause's first word)
      // ("Russia may have lost about 45,000", "losses may amount to 203,000", "could be as high as 60,000": an estimate of
      // what happened, not a hypothetical)
      if (HYPO.test(clause.replace(/\bmay\b(?=\s+\d)/i, '').replace(/(?<=\S\s+)May\b/g, 'MONTH').replace(ESTIMATE_MODAL, ' '))) continue;
      let measure: MeasureT | null = null;
      let active = false;
      let np = '';
      let inherited = false;
      let comparison = false;
      let whenClause = false;
      const ma = mayMeasure ? measureAfter(after) : null;
      if (ma) {
        measure = ma.measure;
        np = ma.np;
      }
      const mb = mayMeasure ? (measureBefore(t.slice(0, leadEnd)) ?? measureBefore(t.slice(0, n.start))) : null;
      // ("Russia has killed 661 children in Ukraine and wounded another 2,203": the verb before the figure is its
      // own; the one after "and" is the next clause's)
      if (mb && (!mb.people || ELIMINATED_PEOPLE.test(after)) && (!ma || ma.at > 40 || (mb.active && /\band\b/i.test(after.slice(0, ma.at))))) {
        measure = mb.measure;
        active = mb.active;
        // (not past a dash: "Russian casualties top one million — Ukraine General Staff" names who says so)
        np = ma && ma.at <= 40 ? ma.np : after.slice(0, 60).split(/[,;—–]|\s-\s/)[0]!;
      }
      // ("estimates ... have ranged from 200,000 to 400,000": the low end of a range, not a comparison with the figure before)
      const compareBefore = (COMPARE_BEFORE.test(before.slice(-40)) && !/\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$/i.test(before.slice(-40))) || COUNT_STOOD.test(before.slice(-40));
      whenClause = /\bwhen\b[^,;]*$/i.test(before) && prior !== null && !/\bwhen\b[^,;]*\b(?:says?|said|reports?|reported|estimates?|estimated|puts?|claims?|claimed|verified|recorded|documented|counted|confirmed)\b/i.test(before);
      if (compareBefore || whenClause || (/^\s*(?:the year before|a year earlier|the previous year|a year before)/i.test(after) && prior)) comparison = prior !== null;
      if (!measure) {
        // ("including 28 over the Moscow region" after drones shot down: a part of that count, not of an earlier toll)
        // ("lost 960 soldiers over the past 24 hours ... bringing the total to 377,820": the running total of that count)
        const bringsTotal = prior !== null && prior.sentence === i && BRINGS_TOTAL.test(before);
        if (prior && (comparison || bringsTotal || /^\s+(?:in|over|during) the (?:past|last|previous)\b/i.test(after) || (/\bincluding\s+$/i.test(before) && prior.sentence === i))) {
          // ("information from 78 field visits": a count of something else, read after "from")
          if (NOT_PEOPLE_AFTER.test(after)) continue;
          measure = prior.claim.measure;
          inherited = true;
          np = after.split(/[,;.]/)[0] ?? '';
        } else continue;
      }
      // "claims ... of 300,000 ..., but he dismissed these figures": figures the speaker rejects; "Not 300,000, not 150,000"
      if (DISMISSED.test(t) || /\bnot\s+$/i.test(before.slice(-5))) continue;
      // "Compared to data on February 22, four children died, six more were injured": what changed between two reports
      if (DELTA_SINCE_REPORT.test(t)) continue;
      // "Since their last update, they have added the names of 1,190 more soldiers": what a count grew by
      if (/\b(?:added|adds|adding|identified|confirmed)\s+(?:the\s+names\s+of\s+)?(?:(?:another|a further|an additional)\s+)?$/i.test(before.slice(-50)) && /^\s+(?:more|new|additional|further)\b/i.test(after)) continue;
      // "Among the dead are 382 children": an age group within a count, like "including 382 children"
      if (/\bamong (?:the|them|those) (?:dead|killed|victims|wounded|injured)\b[^.;]{0,20}$/i.test(before) && /^\s+(?:[\p{L}-]+\s+)?(?:children|minors|boys|girls|teenagers)\b/iu.test(after)) continue;
      // "12 people had to be evacuated from their damaged flats after the overnight strike": one attack's aftermath
      if (measure === 'displaced' && STRIKE_EVACUATION.test(t)) continue;
      // ("18,817 casualties, including 7,155 killed": a measure other than the figure's it is part of)
      const ownMeasure = !!ma && ma.at <= 25 && (/\b(?:children|women|civilians|soldiers|servicem[ae]n|minors|boys|girls)\b/i.test(ma.np) || (ma.at <= 2 && prior !== null && prior.sentence === i && prior.claim.measure === 'casualties' && ma.measure !== 'casualties'));
      if (/\bincluding\s+$/i.test(before) && !inherited && !(mayPeriod && PERIOD_WORDS.test(after)) && !ownMeasure) continue;
      // "8,300 people, including 1,150 children, were evacuated": the children are part of the figure just read
      // (an age group within it; a population or a measure of its own, "including 1,700 civilians", "including 2,400 killed", stays a claim)
      // (in a dash aside too: "more than 10,200 – including 575 children – and those injured")
      if (/(?:,|\s[—–]|\s-{1,2})\s*including\s+$/i.test(before) && /^\s+(?:[\p{L}-]+\s+)?(?:children|minors|boys|girls|teenagers|women)\b/iu.test(after) && !(mayPeriod && PERIOD_WORDS.test(after)) && prior?.sentence === i && prevN && prior.claim.value === prevN.value && /^[^;.]{0,80}$/u.test(t.slice(prevN.end, n.qualStart).replace(/(?:,|\s[—–]|\s-{1,2})\s*including\s+$/i, ''))) continue;
      // "17 out of 24 regions": a count of places, not of people
      if (/^\s+(?:[\p{L}-]+\s+)?(?:regions|districts|oblasts|cities|towns|villages|settlements|communities|countries|provinces)\b/iu.test(after) || /\bout of\s+$/i.test(before)) continue;
      // "23 wounded soldiers ... will be returned to Kyiv": a handover (talks), not a toll
      if (/^[^.;]{0,140}?\b(?:will be|were|was|are|have been|had been)\s+(?:returned|handed over|released|exchanged|repatriated|freed|swapped|transferred)\b/i.test(after)) continue;
      if (/^\s*(?:bodies|remains)\b/i.test(after) || /\b(?:bodies|remains) of\s+$/i.test(before)) continue;
      // prisoners exchanged/released belong to talks
      // (not those still held: "7,100 servicemen remain in Russian captivity after the exchange")
      if (measure === 'captured' && /\b(?:exchange\w*|swap\w*|released|freed|return\w*|hand(?:ed)? over|each)\b/i.test(t) && !/^\s*(?:[\p{L}-]+\s+){0,3}(?:remain|remaining|are still|still)\b/iu.test(after)) continue;
      if (measure === 'casualties' && /\blosses\b/i.test(after.slice(0, 30)) && /\b(?:equipment|financial|economic)\b/i.test(after.slice(0, 40))) continue;
      if (FOREIGN_ADJ.test(np)) continue;
      // party: in the noun phrase, then "in X" after, then before (not the agent of an active verb, not the source)
      let party: string | null = null;
      const npEnd = nEnd + np.length + 40;
      const candidates = si.mentions.filter((m) => !inAttribution(si, m.start, m.end) && !inZones(m) && !HELD_BY.test(t.slice(m.end, m.end + 16)));
      // "Russia has lost 1.1 million troops in Ukraine": the subject of a loss verb is whose people they are
      const lossSubj = /\b(?:has |have |had |was |were |is |are )?(?:lost|losing|lose|loses|suffered|suffers|suffering|sustained)\s+(?:\S+\s+){0,1}$/i.exec(t.slice(Math.max(0, n.qualStart - 30), n.qualStart));
      if (lossSubj) {
        const verbAt = Math.max(0, n.qualStart - 30) + lossSubj.index;
        const subj = candidates.filter((m) => m.end <= verbAt && verbAt - m.end < 50 && !/[,;]/.test(t.slice(m.end, verbAt))).pop();
        if (subj) party = partyOfMention(subj);
      }
      if (!party && /\b(?:the )?enemy(?:'s|’s)?\b/i.test(t.slice(Math.max(0, n.qualStart - 50), n.qualStart) + np)) {
        const src = attributionFor(si, n.start);
        const adv = src?.party ? a.gaz.adversaries.get(src.party)?.[0] : undefined;
        if (adv) party = adv;
      }
      if (!party && prior && prior.sentence === i && /\bincluding\s+(?:\S+\s+)?$/i.test(before)) party = prior.claim.party;
      // "..., bringing its total losses to N": the same side as the figure before it
      if (!party && prior && prior.sentence === i && (/\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:losses|casualties|toll|tally|total|count)\b[^.;]{0,60}$/iu.test(before) || BRINGS_TOTAL.test(before))) party = prior.claim.party;
      // "The figure ... includes 1,040 casualties in the past day": a part of the figure just reported
      if (!party && prior && i - prior.sentence <= 1 && PART_OF_PRIOR.test(before)) party = prior.claim.party;
      // people moved out of one building during an attack are not displaced by the war
      if (measure === 'displaced' && /^[^.;]{0,60}\bfrom (?:the|a|an) (?:building|hospital|scene|site|school|train|premises|ward|shelter|rubble)\b/i.test(after)) continue;
      if (!party) for (const m of candidates) {
        // ("1 million people registered as displaced as a result of the Russian invasion": the cause, not whose people)
        if (m.start >= nEnd && m.end <= nEnd + np.length + 1 && !CAUSE_BEFORE.test(t.slice(Math.max(0, m.start - 30), m.start))) {
          const p = partyOfMention(m);
          if (p) {
            party = p;
            break;
          }
        }
      }
      // "Russian personnel losses at N", "the losses of the Russian army ... amount to N"
      if (!party && !active) party = modifierParty(t, si.mentions.filter((m) => !inZones(m) && !HELD_BY.test(t.slice(m.end, m.end + 16))), Math.max(beforeStart, t.lastIndexOf(';', n.qualStart)), n.qualStart, (m) => inAttribution(si, m.start, m.end));
      if (!party) {
        const tail = t.slice(nEnd, Math.min(t.length, npEnd + 60));
        const side = /\bon (?:the )?([A-Z][\p{L}]+)(?:'s|’s)? side\b/u.exec(tail);
        // "17 civilians were killed and 96 wounded in the Belgorod region": the place after both figures
        const pairedNext = next !== null && next !== undefined && PAIRED_FIGURE.test(t.slice(nEnd, next.qualStart)) && PAIRED_SECOND.test(t.slice(next.end, next.end + 30));
        const reach = pairedNext ? Math.min(t.length, next!.end + 90) : nEnd + tail.length;
        for (const m of candidates) {
          if (m.start < nEnd || m.start > reach) continue;
          if (next && m.start > next.qualStart && !pairedNext) break;
          const pre = t.slice(Math.max(0, m.start - 30), m.start);
          if (side && m.start >= nEnd + side.index) {
            party = partyOfMention(m);
            if (party) break;
          }
          // ("casualties in the Russian Federation's war against Ukraine": the side waging the war is not whose people are counted)
          if (/^(?:['’]s)?\s+(?:full-scale\s+|unprovoked\s+|ongoing\s+)?(?:war|invasion|aggression|offensive)\s+(?:against|on|in)\b/i.test(t.slice(m.end, m.end + 40))) continue;
          // ("displaced as a result of the Russian invasion": the cause)
          if (CAUSE_BEFORE.test(pre)) continue;
          // ("1,700 mercenaries who have been killed in Ukraine": where soldiers fell, not whose they are)
          if (partyOfMention(m) === a.gaz.theatre && /\b(?:soldiers|troops|servicem[ae]n|mercenaries|fighters|conscripts|convicts|prisoners|marines|paratroopers)\b/i.test(np) && /\bin\s+$/i.test(pre)) continue;
          if (/\b(?:in|across|from|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(pre) && !/\b(?:captivity|hands|custody|control|occupation)\b/i.test(t.slice(m.end, m.end + 20))) {
            const p = partyOfMention(m);
            if (p && !/\bsince\b/i.test(t.slice(nEnd, m.start))) {
              party = p;
              break;
            }
          }
        }
      }
      if (!party && !active) {
        // nearest party mention before the number in the same clause (the people counted)
        const clauseStart = Math.max(beforeStart, t.lastIndexOf(';', n.qualStart));
        for (let j = candidates.length - 1; j >= 0; j--) {
          const m = candidates[j]!;
          if (m.end > n.qualStart || m.start < clauseStart) continue;
          // (where the source sits is not whose people it counts: "a centre in Washington estimates ...")
          if (inAttribution(si, m.start, m.end)) continue;
          const between = t.slice(m.end, n.qualStart);
          if (/\bsince\b/i.test(t.slice(Math.max(0, m.start - 40), m.start)) && /invasion|war|start/i.test(t.slice(m.end, m.end + 30))) continue;
          if ((/\b(?:invasion|war|offensive|attack|attacks|strikes?|drones?|missiles?|artillery|aggression|shelling|shellings|bombardments?|occupation|terror)\b/i.test(t.slice(m.end, m.end + 25)) || /^\s+(?:launched|began|started|unleashed)\s+(?:its|the|a|an|their)\s+(?:[\w-]+\s+){0,2}(?:invasion|war|offensive)\b/i.test(t.slice(m.end, m.end + 50))) && !/\b(?:forces|troops|soldiers|losses|casualties)\b/i.test(t.slice(m.end, m.end + 25))) continue;
          if (/\bon\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 8), m.start))) continue;
          const p = partyOfMention(m);
          if (p && between.length < 140) {
            party = p;
            break;
          }
        }
      }
      // "civilians were killed in the region": the region named before
      if (!party) party = anaphorPlaceParty(a, i, n.qualStart, after);
      // below, the party is a guess from context (the speaker's side, an earlier figure, the theatre)
      const partyFound = party !== null;
      if (!party) {
        const src = attributionFor(si, n.start);
        // (not when the sentence names the other side too: "X's staff says Russia lost ..., bringing ...")
        const rival = src?.party ? a.gaz.adversaries.get(src.party) ?? [] : [];
        const rivalNamed = si.mentions.some((m) => !inAttribution(si, m.start, m.end) && rival.includes(partyRef(m)?.party ?? ''));
        if (src?.party && a.gaz.adversaries.has(src.party) && !inherited && !comparison && !rivalNamed) party = src.party;
      }
      // "Of this figure, ... up to a quarter of a million had been killed": a part of the figure before
      const ofPrior = prior !== null && i - prior.sentence <= 2 && OF_PRIOR.test(t);
      if (!party && (inherited || comparison || ofPrior || /^(?:another|a further|an additional)\b/i.test(t.trim()))) party = prior?.claim.party ?? null;
      // "The confirmed total for civilian casualties since ..., when Russia launched its invasion, now stands at 9,614 dead": the count the clause names
      const civilianTotal = /\bcivilian (?:casualties|deaths|death toll|toll|victims|losses)\b[^;]*$/i.test(t.slice(0, n.qualStart)) && !MILITARY.test(np);
      // ("Smirnov said 12 civilians have been killed ... Some 121,000 residents have been evacuated.": the same side's people)
      if (!party && measure === 'displaced' && prior && i - prior.sentence === 1 && a.sentences[prior.sentence]!.sent.paragraph === si.sent.paragraph && prior.claim.population === 'civilian') party = prior.claim.party;
      if (!party && a.gaz.theatre && (measure === 'displaced' || civilianTotal || (hasCue(cues, CIVILIAN_NP_CUES) && /\b(?:civilians?|children|minors)\b/i.test(np + ' ' + (mb?.phrase ?? ''))))) party = a.gaz.theatre;
      // an earlier figure's side carries within its paragraph only; beyond it the guess is abstained from
      if (!party && prior && a.sentences[prior.sentence]!.sent.paragraph === si.sent.paragraph) party = prior.claim.party;
      // "... over 2,500 civilians were killed in 2025. [...] In December more than 150 were killed": a figure with no
      // noun at all counts the people of the figure just told (wire copy gives each sentence its own paragraph)
      const elliptic = prior !== null && i > prior.sentence && i - prior.sentence <= 2 && ELLIPTIC_AFTER.test(after);
      if (!party && elliptic) party = prior!.claim.party;
      // "... a surge in civilian casualties. ... more than 100 individuals lost their lives": the people of the civilian count just named
      // ("Civilian deaths and injuries ... rose by half, UN monitors said. The toll includes 1,389 casualties in April": the toll just named)
      const tollAnaphor = /^\s*(?:the|this|that)\s+(?:toll|tally|count|figures?|total)\b/i.test(t) && /^\s*(?:casualties|deaths|dead|killed|injured|wounded)\b/i.test(after);
      const civilianContext = !party && a.gaz.theatre !== null && (/^\s*(?:people|individuals|persons)\b/i.test(np) || tollAnaphor) && i > 0 && CIVILIAN_COUNT_NAMED.test(a.sentences[i - 1]!.text + ' ' + t.slice(0, n.qualStart));
      if (civilianContext) party = a.gaz.theatre;
      if (!party) continue;
      // population
      const npText = (np + ' ' + (mb?.phrase ?? '') + ' ' + t.slice(Math.max(beforeStart, n.qualStart - 60), n.qualStart)).toLowerCase();
      let population: PopulationT = 'unspecified';
      const wide = t.slice(nEnd, Math.min(t.length, nEnd + 160));
      // (the war's official name, "special military operation", says nothing of who the dead were)
      const npNear = npText.replace(/\bmilitary operation\b/g, '');
      if ((mayMixed && MIXED.test(wide)) || (/^\s*(?:people|persons|Ukrainians|Russians)\b/i.test(np) && /^[^.;]{0,80}\bincluding\s+(?:about\s+|some\s+|around\s+|more than\s+)?[\d,]+\s+(?:civilians|soldiers|servicem[ae]n)\b/i.test(wide))) population = 'mixed';
      // Ukraine's register of persons "missing under special circumstances" holds soldiers and civilians alike
      else if (measure === 'missing' && /^\s*(?:people|persons)\b/i.test(np) && SPECIAL_CIRCUMSTANCES.test(t)) population = 'mixed';
      // the figure's own noun first ("541 civilians"), then the words just before it
      else if (mayMilitary && MILITARY.test(np)) population = 'military';
      else if (mayCivilian && CIVILIAN.test(np)) population = 'civilian';
      else if (mayMilitary && MILITARY.test(npNear)) population = 'military';
      else if (mayCivilian && CIVILIAN.test(npNear)) population = 'civilian';
      else if (civilianTotal && party === a.gaz.theatre) population = 'civilian';
      else if ((inherited || comparison || ofPrior || /^(?:another|a further)\b/i.test(t.trim())) && prior) population = prior.claim.population;
      // "civilian casualties reached 5,144, with 859 killed and 4,285 wounded": the parts of the figure before
      else if (prior && prior.sentence === i && BREAKDOWN_OF_PRIOR.test(t.slice(0, n.qualStart))) population = prior.claim.population;
      else if (elliptic && prior!.claim.party === party) population = prior!.claim.population;
      else if (civilianContext) population = 'civilian';
      // "casualties have reached 5,500, including about 2,400 killed": the part is of the whole's population
      // ("sustained between 500,000 and 600,000 total casualties, with fatalities estimated between 100,000 and 140,000")
      else if (prior && prior.sentence === i && prior.claim.party === party && (/\bincluding\s+(?:\S+\s+)?$/i.test(before) || /,\s*with\s+(?:fatalities|deaths|the dead|those killed|killed)\s+(?:estimated|put|numbering|reaching)?\s*(?:at\s+)?$/i.test(before))) population = prior.claim.population;
      else if (measure === 'displaced') population = 'civilian';
      // (losses of a side fighting away from home, "North Korean casualties", are its troops')
      else if (measure === 'casualties' && (a.gaz.adversaries.has(party) || (a.gaz.theatre !== null && party !== a.gaz.theatre && partyFound)) && !/\bcivilian/i.test(t)) population = 'military';
      else if (measure === 'captured') population = 'military';
      else if (/\bpeople\b/i.test(np) && prior && prior.claim.party === party && prior.claim.measure === measure) population = prior.claim.population;
      // "The last time Zelensky gave an update was in February, when he put deaths at 31,000": the same people as the update's
      else if (EARLIER_UPDATE.test(t) && prior && i - prior.sentence <= 3 && prior.claim.party === party && prior.claim.measure === measure) population = prior.claim.population;
      // "43,000 Ukrainian soldiers have been killed ... 370,000 others had been injured": "others" are more of the same people
      else if (/^\s*others\b/i.test(np) && prior && i - prior.sentence <= 1 && prior.claim.party === party) population = prior.claim.population;
      else if (/\bfighting\b/i.test(wide)) population = 'military';
      // "He put Russia's dead at more than 430,000": the dead of a side fighting away from home, with no word of civilians, are its soldiers
      else if ((measure === 'killed' || measure === 'wounded') && partyFound && a.gaz.theatre !== null && party !== a.gaz.theatre && a.gaz.adversaries.has(party) && !/\b(?:civilians?|people|persons|residents|children|women|inhabitants|villagers|citizens)\b/i.test(t)) population = 'military';
      // scope and date
      // ("162 civilian deaths and 731 injuries in November": the pair shares the window told after both)
      const pairEnd = next && PAIRED_FIGURE.test(t.slice(nEnd, next.qualStart)) && PAIRED_SECOND.test(t.slice(next.end, next.end + 30)) ? (nums[k + (range ? 3 : 2)]?.qualStart ?? t.length) : null;
      const ownEnd = pairEnd ?? (next ? next.qualStart : t.length);
      const own = t.slice(nEnd, ownEnd);
      // (a date the figure is compared with is not its own: "… 916 injured, roughly the same as in August")
      const ownDates = si.dates.filter((d) => d.start >= nEnd && d.start < ownEnd && !COMPARED_WITH.test(t.slice(Math.max(nEnd, d.start - 40), d.start)));
      const clauseCut = (() => {
        const re = /,?\s*\b(?:and|but|while)\s+that\s+|;/g;
        let last = beforeStart;
        let mm: RegExpExecArray | null;
        const seg = t.slice(beforeStart, n.qualStart);
        while ((mm = re.exec(seg)) !== null) last = beforeStart + mm.index + mm[0].length;
        return last;
      })();
      const beforeDates = si.dates.filter((d) => d.end <= n.qualStart && d.start >= clauseCut);
      let scope: TollClaim['scope'] = 'cumulative';
      let dateParts: DateParts | null = null;
      let precisionText: string | null = null;
      const stock = measure === 'missing' || measure === 'captured' || (measure === 'displaced' && !/\b(?:evacuated|fled|uprooted|forced)\b/i.test(np + own.slice(0, 40) + after.slice(0, 80)));
      // ("killed defending against Russia's full-scale invasion, which began in February 2022": when the war began, not a window)
      const warBegan = (d: DateMention) => !!a.gaz.warStart && formatDate(d.resolve(a.published, 'past')) === a.gaz.warStart.slice(0, 7) && WAR_BEGAN_BEFORE.test(t.slice(Math.max(0, d.start - 60), d.start));
      const periodish = (d: DateMention) => d.role === 'plain' && !d.anchored && d.precision !== 'day' && !warBegan(d);
      const anchoredDate = [...ownDates, ...beforeDates].find((d) => d.anchored);
      const asOf = si.dates.find((d) => d.role === 'asof');
      const periodDate = [...ownDates, ...beforeDates.reverse()].find(periodish);
      if (comparison && anchoredDate && prior?.dateParts) {
        dateParts = anchoredDate.resolve(prior.dateParts, 'past');
      } else if (comparison || whenClause) {
        // ("those of July, when 286 were killed ..., the highest since the summer of 2022": the day told, not a 'since' that ranks it)
        const d = [...ownDates, ...beforeDates].find((x) => x.role === 'plain' || x.role === 'other') ?? [...ownDates, ...beforeDates].find((x) => x.role === 'since');
        const cd = d ?? si.dates.find((x) => x.role === 'since' || x.role === 'plain');
        if (cd) dateParts = cd.resolve(a.published, 'past');
      }
      if (!dateParts && asOf) dateParts = asOf.resolve(a.published, 'past');
      if (!dateParts && periodDate) {
        dateParts = periodDate.resolve(a.published, 'past');
        if (!stock && !(hasCue(cues, PEAK_CUES) && /\b(?:at the peak|peak)\b/i.test(t)) && !EARLIER_UPDATE.test(t)) scope = 'period';
      }
      if (!dateParts && inherited && prior?.dateParts && /\bincluding\b|\band\b/i.test(before) && prior.sentence === i) {
        dateParts = prior.dateParts;
      }
      if (!dateParts && prior && prior.sentence === i && /\bincluding\s+(?:\S+\s+)?$/i.test(before) && ownDates.length === 0) {
        dateParts = prior.dateParts;
        scope = prior.claim.scope;
      }
      if (!dateParts && /^(?:another|a further)\b/i.test(t.trim()) && prior && prior.sentence === i - 1) {
        dateParts = prior.dateParts;
        scope = prior.claim.scope;
      }
      if (!dateParts) {
        // ("55,000 killed, up from his previous estimate of 46,000 in February 2025": a day told after the next figure is that figure's)
        const plainDay = si.dates.find((d) => (d.role === 'statement' || (d.role === 'plain' && !(next && d.start >= ownEnd && /\b(?:up|down|increase|increased|rise|rose|jump|jumped|compared|previous|earlier|prior|from|than)\b/i.test(t.slice(nEnd, next.qualStart))) && (d.start > nEnd || !/,\s*(?:and|but|while)\s+that\b|;/.test(t.slice(d.end, n.qualStart))))) && !d.anchored);
        if (plainDay) {
          dateParts = plainDay.resolve(a.published, 'past');
          if (plainDay.precision !== 'day' && plainDay.role === 'plain' && !stock && !EARLIER_UPDATE.test(t) && !warBegan(plainDay)) scope = 'period';
        }
      }
      if (!dateParts) {
        // a figure revealed "on Wednesday" in the next sentence, or the same interview as before
        const nextS: SentInfo | undefined = a.sentences[i + 1];
        const nd: DateMention | undefined = nextS && /\b(?:the (?:figure|number|total|toll|tally)|it)\b/i.test(nextS.text.slice(0, 80)) && /\b(?:revealed|disclosed|announced|given|made|published|said|released)\b/i.test(nextS.text)
          ? nextS.dates.find((d: DateMention) => d.precision === 'day' && d.role !== 'since' && d.role !== 'until')
          : undefined;
        if (nd) dateParts = nd.resolve(a.published, 'past');
        else if (lastStatement() && lastStatement()!.sentence < i && i - lastStatement()!.sentence <= 4 && (/\b(?:same|that) (?:interview|update|report|statement|address|bulletin|briefing|speech)\b/i.test(t) || si.attributions.some((x) => x.kind === 'pronoun-person' || x.kind === 'pronoun-org'))) {
          dateParts = lastStatement()!.date;
        }
      }
      // ("the full-scale invasion, launched on 24 February 2022, ... 30,457 civilian casualties": the day the war began is where a
      // running total starts, never the day it describes)
      if (dateParts && scope === 'cumulative' && a.gaz.warStart && (formatDate(dateParts) === a.gaz.warStart || formatDate(dateParts) === a.gaz.warStart.slice(0, 7))) dateParts = lastStatement()?.date ?? null;
      if (!dateParts) dateParts = a.published;
      const pw = mayPeriod ? PERIOD_WORDS.exec(own.slice(0, 60)) : null;
      // "over the past day, bringing its total since ... to": the window comes first, so it is this figure's
      if (pw && !/\b(?:since|so far)\b/i.test(own.slice(0, pw.index)) && !/^[^,;]*\b(?:since|so far)\b/i.test(own.slice(pw.index, 60))) scope = 'period';
      if (scope === 'period' && /\b(?:since|so far|to date)\b/i.test(own.slice(0, 50)) && !(mayPeriod && PERIOD_WORDS.test(own.slice(0, 50)))) scope = 'cumulative';
      const lead = t.slice(0, n.qualStart);
      if (/^\s*(?:in|over|during) the (?:past|last|previous) [^,]{1,25},/i.test(lead)) scope = 'period';
      // "From 1 to 28 February 2023, OHCHR recorded 589 civilian casualties": a window of days opens the sentence
      if (/^\s*[“"]?(?:from|between) \d{1,2}(?:st|nd|rd|th)? (?:to|and|through|until) \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \d{4})?,/i.test(lead) || /^\s*[“"]?(?:from|between) [A-Z][a-z]+ \d{1,2} (?:to|and|through|until) (?:[A-Z][a-z]+ )?\d{1,2}(?:, \d{4})?,/.test(lead)) scope = 'period';
      // "Ukrainian losses over the past day ... came to N": a window on the counted noun before the figure
      if (scope === 'cumulative' && !stock && mayPeriod && windowBefore(before) && !/\b(?:since|so far|to date|in total)\b/i.test(own.slice(0, 50))) scope = 'period';
      // a bulletin's window opens the sentence before: "Over the past day, units ... continued to
      // advance. The losses of the Ukrainian armed forces amounted to up to 1,285 servicemen."
      const leadWindow = scope === 'cumulative' && !stock && ownDates.length === 0 ? windowOpening(a, i, prior) : null;
      if (leadWindow && !/\b(?:since|so far|to date|in total|total|overall)\b/i.test(t)) scope = 'period';
      // ("since February" in the war's first year is since the invasion: the running total)
      const sinceWarStart = (m: RegExpExecArray | null) => {
        if (!m?.[1] || !a.gaz.warStart) return false;
        const [wy, wm] = a.gaz.warStart.split('-').map(Number) as [number, number];
        const y = (lastStatement()?.date ?? a.published).y;
        return y === wy && MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1 === wm;
      };
      const sinceYear = sinceWarStart(sinceOf().year) ? null : sinceOf().year;
      if (sinceYear && !stock && (!sinceYear[1] || true)) {
        scope = 'period';
        dateParts = { y: (lastStatement()?.date ?? a.published).y };
        if (sinceYear[1] && a.published.m !== undefined && ['january','february','march','april','may','june','july','august','september','october','november','december'].indexOf(sinceYear[1].toLowerCase()) + 1 > a.published.m) dateParts = { y: a.published.y - 1 };
      }
      // "since the start of 2026" in 2026 is "since the start of the year"
      const sinceThisYear = sinceOf().thisYear;
      if (!sinceYear && sinceThisYear && !stock && Number(sinceThisYear[1]) === (lastStatement()?.date ?? a.published).y) {
        scope = 'period';
        dateParts = { y: Number(sinceThisYear[1]) };
      }
      // "between February 2022 and February 2023", "from February 24, 2022 to February 5, 2023": from the war's start
      // to a day is a running total as of that day
      const fromStart = WAR_START_SPAN.exec(t);
      if (fromStart && !stock) {
        const end = si.dates.find((d) => d.start >= fromStart.index + fromStart[0].length && d.start <= fromStart.index + fromStart[0].length + 4);
        if (end) {
          scope = 'cumulative';
          dateParts = end.resolve(a.published, 'past');
        }
      }
      // "628,000 casualties since January 2024": counted from a day well after the war began, a window, not its running total
      const sinceLater = !stock && scope === 'cumulative' && !sinceYear && !(sinceThisYear && Number(sinceThisYear[1]) === (lastStatement()?.date ?? a.published).y) && a.gaz.warStart ? SINCE_MONTH_YEAR.exec(own.slice(0, 80)) : null;
      if (sinceLater) {
        const y = Number(sinceLater[2]);
        const m = sinceLater[1] ? MONTH_NAMES.indexOf(sinceLater[1].toLowerCase()) + 1 : 1;
        const [sy, sm] = (a.gaz.warStart as string).split('-').map(Number) as [number, number];
        if (y * 12 + m > sy * 12 + sm + 1) scope = 'period';
      }
      // "Since 29 December, the office recorded the death of 125 civilians": counted from a day well after the war began, a window
      const sinceDay = !stock && scope === 'cumulative' && a.gaz.warStart ? SINCE_DAY.exec(own.slice(0, 80)) ?? SINCE_DAY.exec(t.slice(0, n.qualStart)) : null;
      // (not "since February 24", the day the full-scale invasion began)
      if (sinceDay && !/^since (?:24(?:th)? February|February 24(?:th)?)$/i.test(sinceDay[0])) {
        const m = MONTH_NAMES.indexOf((sinceDay[2] ?? sinceDay[3])!.toLowerCase()) + 1;
        const pub = lastStatement()?.date ?? a.published;
        const y = pub.m !== undefined && m > pub.m ? pub.y - 1 : pub.y;
        const [sy, sm] = (a.gaz.warStart as string).split('-').map(Number) as [number, number];
        if (y * 12 + m > sy * 12 + sm + 1) scope = 'period';
      }
      if (comparison && prior) scope = prior.claim.scope;
      if (prior && prior.sentence === i && /\bincluding\s+(?:\S+\s+)?$/i.test(before) && !(mayPeriod && PERIOD_WORDS.test(own.slice(0, 60)))) scope = prior.claim.scope;
      // "1,389 casualties in April (221 killed, 1,168 injured) – the highest so far this year": the parts in the
      // parenthesis share the window and day of the figure right before it, whatever follows the parenthesis
      const paren = t.slice(0, n.qualStart).lastIndexOf('(');
      if (prior && prior.sentence === i && paren > t.slice(0, n.qualStart).lastIndexOf(')') && prevN && (prevN.end <= paren ? prevN.value === prior.claim.value && !/[,;]/.test(t.slice(prevN.end, paren).replace(/\s+in\s+\w+\s*$/, '')) : true) && BREAKDOWN_OF_PRIOR.test(t.slice(0, n.qualStart)) && prior.dateParts) {
        scope = prior.claim.scope;
        dateParts = prior.dateParts;
      }
      // "OHCHR recorded 1,222 civilian casualties in Ukraine:" then a line "299 killed (...); and": the listed parts share
      // the header's window and day
      const listed = prior !== null && prior.sentence < i && listedUnder(lineTexts, i, prior.sentence) && prior.dateParts !== null;
      if (listed && prior?.dateParts) {
        scope = prior.claim.scope;
        dateParts = prior.dateParts;
      }
      void CUMULATIVE_WORDS;
      void precisionText;
      // reporter
      const src = attributionFor(si, n.start);
      let reportedBy = reporterName(src?.resolved ?? null, src ? sidesWithin(si.mentions, src.start, src.end) : []);
      if (ofPrior && !src?.resolved && prior) reportedBy = prior.claim.reportedBy;
      if (!src) {
        const prevS = a.sentences[i - 1];
        if (prevS && prevS.sent.paragraph === si.sent.paragraph && /^(?:another|a further|its|their|in the same|of (?:those|these|them))\b/i.test(t.trim()) && prior && prior.sentence === i - 1) reportedBy = prior.claim.reportedBy;
        if (/^(?:its|their)\b/i.test(t.trim()) && prior) reportedBy = prior.claim.reportedBy;
        // "This number includes 970 ...": the same source as the figure it refers to
        if (/^(?:this|that|the) (?:number|figure|total|tally|toll|count)\b/i.test(t.trim()) && prior && prior.sentence === i - 1) reportedBy = prior.claim.reportedBy;
        // "Civilian deaths ... rose by half, UN monitors said. The toll includes 1,389 ...": the toll the speaker just named
        if (reportedBy === null && tollAnaphor && i > 0) {
          const said = a.sentences[i - 1]!.attributions.find((x) => x.resolved);
          if (said) reportedBy = reporterName(said.resolved ?? null, sidesWithin(a.sentences[i - 1]!.mentions, said.start, said.end));
        }
        // "Russia has killed at least 551 children ... / Source: Ukraine's Prosecutor General's Office on Telegram": a
        // "Source:" line right after the paragraph names who said it (Kyiv outlets' house style)
        if (reportedBy === null) {
          for (let k = i + 1; k < Math.min(a.sentences.length, i + 3); k++) {
            const sk = a.sentences[k]!;
            const line = /^Source:\s+/.exec(sk.text);
            if (!line) continue;
            const named = nameFromPhrase(sk.text.slice(line[0].length).replace(/\s+(?:on|in|via)\s+(?:Telegram|Facebook|X|Twitter)\b.*$/i, ''), line[0].length, sk.mentions);
            if (named.kind === 'person' || named.kind === 'org') reportedBy = reporterName(named.name, sidesWithin(sk.mentions, line[0].length, sk.text.length));
            break;
          }
        }
        // "... has cost the lives of some 2,500 soldiers. This is what Zelensky told CNN": the source named just after
        const nextS = a.sentences[i + 1];
        if (reportedBy === null && nextS && nextS.sent.paragraph - si.sent.paragraph <= 1 && /^(?:This|That) (?:is|was) what\b/.test(nextS.text.trim())) {
          const at = nextS.attributions.find((x) => x.resolved);
          if (at) reportedBy = reporterName(at.resolved, sidesWithin(nextS.mentions, at.start, at.end));
        }
      }
      if (!src && prior && prior.sentence === i - 1 && a.sentences[i - 1]!.sent.paragraph === si.sent.paragraph && /\b(?:were|was|is|are|been)\s+(?:estimated|put|assessed|believed|thought|reckoned)\b/i.test(t)) reportedBy = prior.claim.reportedBy;
      // the source of the sentence before, when nothing else can be ("Over the past day the losses amounted to 1,060.")
      let carriedFrom: CarriedReporter | null = null;
      if (!src && reportedBy === null && !whenClause && party) {
        carriedFrom = carriedReporter(a, i, party, prior);
        if (carriedFrom) reportedBy = carriedFrom.name;
      }
      // "The number has nearly doubled since January 2024, when about 35,000 people were on the
      // register": an earlier point of the count just given, so its source; any other when-clause
      // figure is left unattributed
      if (whenClause) reportedBy = !src?.resolved && prior && prior.claim.party === party && prior.claim.measure === measure && i - prior.sentence <= 4 ? prior.claim.reportedBy : null;
      // "This is 18 per cent more than in October, when 181 were killed": the report compares its own figures
      if (!src && prior && (prior.sentence === i || (prior.sentence === i - 1 && a.sentences[i - 1]!.sent.paragraph === si.sent.paragraph)) && /^(?:this|that|it)\s+(?:is|was|represents|marks|means)\b[^.;]{0,40}\b(?:more|fewer|less|higher|lower|up|down)\b/i.test(t.trim())) reportedBy = prior.claim.reportedBy;
      if (/\bthe reported\b/i.test(before.slice(-60))) reportedBy = null;
      let bound = n.bound;
      if (bound === 'exact' && prevN && prevN.bound !== 'exact' && /^\s+(?:[\p{L}-]+\s+){0,4}(?:killed|dead|wounded|injured)\s+and\s+$/iu.test(t.slice(prevN.end, n.qualStart)) && /^\s+(?:(?:were|was|have been|had been|are)\s+)?(?:injured|wounded|killed|dead|hurt)\b/i.test(after)) bound = prevN.bound;
      // one attack's dead and injured belong to the strike
      // a rank's share of a count ("5,540 Russian officers", "12 generals") is a breakdown of it, and
      // a count under criminal investigation ("probing the killing of 22 people") is a case, not a tally
      if (RANK_SHARE.test(np) || UNDER_INQUIRY.test(before.slice(-60))) continue;
      // one unit's or sector's share of a bulletin ("Battlegroup Sever ... lost up to 230 in its area of responsibility") is a breakdown
      // (only when the bulletin gave its total: "Tsentr ... eliminated 480, Zapad over 220" with no total are the figures told)
      const share = isBreakdownShare(t.slice(0, n.start), t, after);
      if (share && out.some((h) => h.claim.party === party && !shares.has(h.claim))) continue;
      // a unit's share with no window of its own, just after the bulletin's figure for a window, is for that window
      // ("eliminated more than 480 in the past day ... the Zapad battlegroup has eliminated over 220")
      const shareOfWindow = share && scope === 'cumulative' && ownDates.length === 0 && prior !== null && prior.claim.scope === 'period' && prior.claim.party === party && i - prior.sentence <= 2 ? prior : null;
      if (shareOfWindow) {
        scope = 'period';
        dateParts = shareOfWindow.dateParts ?? dateParts;
      }
      // the lines under "This included:" or "Per type of weapon:", and a line labelled "In Donetsk region: N casualties"
      if (isBreakdownLine(lineTexts, i)) continue;
      // "47 people killed in Ukrainian-controlled territory and 8 in occupied territory", "areas still under Ukrainian
      // control have accounted for 10,545 casualties": a territory's share of a count, not a count of its own
      // ("The largest number of casualties was documented in Donetsk Oblast, where 400 children ...": the worst region's share)
      if (/\b(?:largest|highest|greatest|biggest)\s+(?:number|share|toll|count)\b[^.;]{0,100}\bwhere\s+$/i.test(before.slice(-140)) ||
        TERRITORY_SHARE.test(after.slice(0, 90)) || /\b(?:under (?:Ukrainian|Russian|government) control|(?:Ukrainian|Russian|government)[- ](?:controlled|held)|occupied (?:territory|territories|areas)) [^.;]{0,40}\baccount(?:ed|s)? for\s+$/i.test(before.slice(-90))) continue;
      if (isIncidentCount({ measure, population, value: n.value, text: t, previous: a.sentences[i - 1]?.text ?? '', namesTown: si.mentions.some((m) => placeOf(m)?.kind === 'city') })) continue;
      // the reporter's country: the side its phrase names, or the earlier figure's it was carried from
      // "... when he put deaths at 31,000" after Zelensky's "43,000 soldiers killed": the same speaker's same count of the
      // same side is of the same people
      if (population === 'unspecified' && reportedBy !== null) {
        const twin = out.find((o) => o.claim.party === party && o.claim.measure === measure && o.claim.reportedBy === reportedBy && o.claim.population !== 'unspecified');
        if (twin) population = twin.claim.population;
      }
      const carried = !src && reportedBy !== null && ((prior !== null && reportedBy === prior.claim.reportedBy) || carriedFrom !== null);
      const reporterCountry = reportedBy === null ? null : carriedFrom && reportedBy === carriedFrom.name ? carriedFrom.country : carried ? (prior?.claim.reporterCountry ?? null) : (src?.party ?? null);
      const period = listed && prior ? prior.claim.period : shareOfWindow ? shareOfWindow.claim.period : scope === 'period' ? calendarWindow(periodWindow(own.slice(0, 90), before.slice(-90), t, leadWindow ?? ''), formatDate(dateParts), t) : null;
      const ends: [number, TollClaim['bound']][] = range && rangeHigh ? [[range.value, 'at_least'], [rangeHigh.value, 'at_most']] : [[n.value, bound]];
      for (const [value, endBound] of ends) {
        const claim: TollClaim = {
          kind: 'toll',
          party,
          population,
          measure,
          value,
          bound: endBound,
          asOf: formatDate(dateParts),
          reportedBy,
          scope,
          period,
          reporterCountry,
        };
        // the same figure twice in an article is one claim (a later "its total" still refers to it)
        // a count under a hundred is a toll only as a civilian count someone states or a month's civilian count ("42
        // civilians in October, the commissioner said"); otherwise it is a ratio, a share or one attack's, read wrong
        // more often than right
        if (value < 100 && !(population === 'civilian' && (reportedBy !== null || scope === 'period'))) continue;
        const same: TollHit | undefined = out.find((o) => o.claim.party === party && o.claim.measure === measure && o.claim.value === value);
        if (same) {
          // (a headline's figure told again in the body: the body's source and window complete it)
          if (same.claim.reportedBy === null && claim.reportedBy !== null) {
            same.claim.reportedBy = claim.reportedBy;
            same.claim.reporterCountry = claim.reporterCountry;
            same.signals.attributed = true;
          }
          // ("Ukraine says Russia lost 1,030 troops in a day" over "Ukraine's General Staff says ...":
          // the body names which of that side's bodies keeps the count)
          if (same.claim.reportedBy !== null && claim.reportedBy !== null && isSideName(a, same.claim.reportedBy) && !isSideName(a, claim.reportedBy) && same.claim.reporterCountry === claim.reporterCountry) {
            same.claim.reportedBy = claim.reportedBy;
          }
          if (same.claim.scope === 'cumulative' && claim.scope === 'period' && same.sentence < i && !RUNNING.test(a.sentences[same.sentence]!.text)) {
            same.claim.scope = 'period';
            same.claim.period = claim.period;
            same.claim.asOf = claim.asOf;
          }
          prior = { claim: same.claim, sentence: i, dateParts };
          continue;
        }
        if (share) shares.add(claim);
        out.push({
          claim,
          sentence: i,
          ...(reportedBy === null && src && src.name === null && src.kind === 'org' ? { unnamedSource: true } : {}),
          signals: {
            attributed: reportedBy !== null,
            dated: dateParts !== a.published,
            qualifier: n.bound !== 'exact',
            strong: !!ma && ma.at < 30 && !inherited,
            partyGuessed: !partyFound,
            reporterCarried: carried,
            range: range !== null,
          },
        });
        prior = { claim, sentence: i, dateParts };
      }
    }
    void sentencePriorStart;
  }
  return out;
}

export type { NumberMention };

/** A reporter named only by its side ("Ukraine says"), not by a body or a person of it. */
function isSideName(a: Article, name: string): boolean {
  const n = name.toLowerCase();
  return a.gaz.config.parties.some((p) => p.names.some((x) => x.toLowerCase() === n));
}
