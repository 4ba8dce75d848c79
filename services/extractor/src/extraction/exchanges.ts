import { blankTradedBlows } from './lexicon';
import type { Article } from './analyze';
import { inAttribution } from './analyze';
import { cueGroup, hasCue } from './cues';
import { compareParts, formatDate, type DateParts } from './dates';
import { partyRef } from './entities';
import type { TalksFrame } from './talks';
import { newTalksFrame } from './talks-frame';
import { daysApart } from './strike-merge';
import { equalSwapEach } from './swap-ratio';
import type { Outcome } from './types';

/** An exchange told as still to come. */
const TO_COME = /\b(?:(?:(?:is|are|were|was)\s+)?set to|will|(?:is|are) due to|(?:is|are) to be|scheduled to|expected to)\s+(?:be\s+)?(?:swap|exchange|release|hand|return|carried|take place)\w*/i;

/**
 * Prisoner exchanges and repatriations of the dead reported on their own, without a meeting:
 * "Ukraine has brought home 157 defenders", "Kyiv and Moscow traded 195 prisoners each",
 * "Ukraine received the bodies of 1,000 fallen soldiers". Each is a `talks` claim between the
 * two sides of the conflict, whose outcome is the exchange.
 */

const CUE = /\b(?:exchange[ds]?|swap(?:ped|s)?|traded|trade|brought (?:back )?home|brought back|bring home|returned (?:home|from captivity)|returning home|came home|freed|released|handed over|received|repatriat\w+|returned)\b/i;
const PEOPLE = /^\s+(?:more\s+)?(?:[\p{L}-]+\s+){0,2}?(prisoners(?: of war)?|POWs|captives|servicem[ae]n|soldiers|defenders|Ukrainians|Russians|civilians|citizens|nationals|detainees|people|fighters|troops|men|women)\b/iu;
/** "Each side released 195 men", "both sides freed 84 prisoners": a count for each side. */
const EACH_BEFORE = /\b(?:each side|both sides|each country|either side)\b[^.;]{0,30}$|\b(?:they|both)\s+(?:had\s+|have\s+)?each\s+(?:swapped|exchanged|released|freed|handed over|returned)\s+$/i;
/** Both sides as the subject of a two-way verb: "Russia and Ukraine swapped 390 prisoners". */
const TWO_WAY = /\b(?:exchanged|swapped|traded|exchange|swap|trade)\s+(?:a total of\s+|some\s+|another\s+)?$/i;
/** The count as the subject of a two-way verb: "206 POWs were exchanged". */
const PASSIVE_TWO_WAY = /^\s+(?:[\p{L}-]+\s+){1,3}?(?:were|have been|had been)\s+(?:exchanged|swapped|traded)\b/iu;
const BODIES_BEFORE = /\b(?:bodies|remains) of\s+(?:the\s+)?$/i;
const BODIES_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:bodies|remains)\b/iu;
const EACH = /^\s+[\w\s]{0,25}?\b(?:each|from each side|for each side|apiece|from both sides|on each side|per side)\b/i;
/** "205 prisoners of war of the Armed Forces of Ukraine": the country closes a longer noun phrase. */
const ARMY_OF = /^\s+(?:[\p{L}-]+\s+){0,3}(?:of|from)\s+(?:the\s+)?(?:armed forces|army|military|forces|navy|national guard)\s+of\s+(?:the\s+)?$/iu;
/** what a count of people is said to have suffered, right after them: "soldiers who died", "servicemen had been killed" */
const LOSS_AFTER = /^\s*,?\s*(?:who|that)?\s*(?:(?:had|have|has)\s+been|were|was|are|is|had|have)?\s*(?:killed|died|dead|wounded|injured|missing|lost|fell|perished)\b/i;
const SAME_NUMBER = /\b(?:received|got|returned|freed|released)\s+(?:the\s+)?same number\b/i;
const NOT_EVENT = /\b(?:could|would|might|if|unless|hope[sd]?|expect\w*|urg\w+|call(?:ed|s)? for|demand\w*|propos\w+|remain\w*|still held|in captivity)\b/i;
const NEW_TOPIC = /^\s*(?:Separately|In a separate|Meanwhile|Elsewhere)\b/i;
const SAME_EVENT = /\b(?:on the same day|at the same time|in the same (?:exchange|swap)|in turn|as part of the (?:exchange|swap))\b/i;
/** Cues (see cues.ts) of CUE and SAME_EVENT: most sentences tell of no exchange. */
const CUE_CUES = cueGroup(['exchange', 'swap', 'trade', 'brought', 'bring', 'returned', 'returning', 'came home', 'freed', 'released', 'handed over', 'received', 'repatriat']);
const SAME_EVENT_CUES = cueGroup(['same', 'in turn', 'as part of']);

function sideOf(a: Article, party: string | null): [string, string] | null {
  for (const [p, advs] of a.gaz.adversaries) {
    if (party && p !== party) continue;
    const adv = advs[0];
    if (adv) return [p, adv];
  }
  return null;
}

/** Exchanges not already inside a talks frame. `covered` holds sentence indexes of existing frames. */
export function extractExchanges(a: Article, covered: Set<number>): TalksFrame[] {
  const out: TalksFrame[] = [];
  let lead: { i: number; para: number; date: DateParts } | null = null;
  type Gathered = { f: TalksFrame; released: Record<string, number>; bodies: Record<string, number>; each: number | null; total: number | null; para: number; bodiesAt?: number };
  let open: Gathered | null = null;
  // what each exchange has gathered, to go on with when a later sentence names its day
  const states = new Map<TalksFrame, Gathered>();
  for (let i = 0; i < a.sentences.length; i++) {
    const si = a.sentences[i]!;
    const t = blankTradedBlows(si.text);
    const sameEvent = hasCue(si.cues, SAME_EVENT_CUES) && SAME_EVENT.test(t);
    // ("... had returned." / a quote / "Russia had received the same number in return.": the other side, a paragraph on)
    const otherSide = SAME_NUMBER.test(t) && si.sent.paragraph - (open?.para ?? 0) <= 2;
    if (open && !(sameEvent && i - open.f.last <= 6) && (i - open.f.last > 4 || (si.sent.paragraph - open.para > 1 && !otherSide) || NEW_TOPIC.test(t))) open = null;
    if (covered.has(i) || !hasCue(si.cues, CUE_CUES) || !CUE.test(t)) continue;
    if (NOT_EVENT.test(t.replace(/\b(?:from|in) (?:Russian |Ukrainian )?captivity\b/gi, ''))) continue;
    // "Ukraine and Russia carried out another prisoner exchange on Friday." before its counts
    const leadDay = si.numbers.length === 0 && /\b(?:exchange|swap|trade)\b/i.test(t) ? si.dates.find((d) => d.role === 'plain' && d.precision === 'day') : undefined;
    if (leadDay) lead = { i, para: si.sent.paragraph, date: leadDay.resolve(a.published, 'past') };
    // "Earlier Friday, Kyiv said it had received the bodies of 501 soldiers" after a swap in September:
    // a day of its own belongs to the exchange of that day, not to the one open; and "The last swap was
    // in September, when 206 POWs were exchanged" is another exchange than the one open
    const ownDay = si.numbers.length > 0 ? si.dates.find((d) => d.precision !== 'year' && d.role !== 'since' && d.role !== 'until') : undefined;
    if (ownDay) {
      const day = ownDay.resolve(a.published, 'past');
      const openFrame: TalksFrame | null = open ? open.f : null;
      const ofDay = out.find((f) => f.dateParts && compareParts(f.dateParts, day) === 0);
      const held = ofDay ? states.get(ofDay) : undefined;
      if (held && ofDay !== openFrame) {
        held.para = si.sent.paragraph;
        open = held;
      } else if (!ofDay && openFrame?.dateParts && daysApart(openFrame.dateParts, day) > 3) open = null;
    }
    let found = false;
    for (const n of si.numbers) {
      if (n.unit || n.value <= 0 || n.value > 100_000) continue;
      const after = t.slice(n.end, n.end + 60);
      const before = t.slice(Math.max(0, n.qualStart - 40), n.qualStart);
      // "received 909 bodies ..., while 41 were returned to Russia": the second count is bodies too
      // "received the bodies of 1,000 soldiers and handed over 24 to Russia": so is a count handed back
      const moreBodies =
        !!open &&
        open.bodiesAt === i &&
        (/^\s+(?:more\s+)?(?:were|was|had been|have been)\s+(?:returned|handed over|repatriated|sent back|transferred)\b/i.test(after) ||
          // ("over" in "handed over 24" reads as a qualifier: look before the digits)
          (/\b(?:handed over|gave back|sent back|returned|transferred)\s+(?:only\s+)?$/i.test(t.slice(Math.max(0, n.start - 40), n.start)) && !/^\s+(?:prisoners|pows|captives|soldiers|servicem[ae]n|civilians|people|children)\b/i.test(after)));
      const bodies = BODIES_BEFORE.test(before) || BODIES_AFTER.test(after) || moreBodies;
      const people = PEOPLE.exec(after);
      if (!bodies && !people) continue;
      // "43,000 soldiers had been killed ... and 370,000 wounded had received medical care": a count of the
      // dead or wounded is no handover, and a handover verb elsewhere in the sentence is not this count's
      if (people && !bodies && LOSS_AFTER.test(after.slice(people[0].length))) continue;
      const clauseAfter = t.slice(n.end, n.end + (people?.[0].length ?? 20) + 120).split(/;|,\s+(?:and|while|but)\s|\s+and\s+\d/)[0] ?? '';
      if (!CUE.test(`${t.slice(Math.max(0, n.qualStart - 80), n.end)}${clauseAfter}`)) continue;
      // whose people: an adjective/name in the noun phrase, else the clause subject
      let party: string | null = null;
      for (const m of si.mentions) {
        const p = partyRef(m);
        if (!p || inAttribution(si, m.start, m.end)) continue;
        const gap = t.slice(n.end, m.start);
        // ("the bodies of 1,000 soldiers from Russia": where they came from, not whose they are)
        if (m.start >= n.end && (m.start <= n.end + 40 || ARMY_OF.test(gap)) && !/[,;]|\band\b|\bfrom\s+(?:the\s+)?$/.test(gap) && !/^\s*(?:captivity|hands|custody)/i.test(t.slice(m.end, m.end + 12))) {
          party = p.party;
          break;
        }
      }
      const receiving = /\b(?:received|got back|brought (?:back )?home|bring home|repatriated)\b/i.test(t.slice(Math.max(0, n.qualStart - 60), n.qualStart));
      if (!party) {
        const subj = si.mentions.filter((m) => m.end <= n.qualStart && partyRef(m) && !inAttribution(si, m.start, m.end)).pop();
        const sp = subj ? partyRef(subj)!.party : null;
        // "Ukraine received the bodies of 1,000 soldiers": the receiver's own people
        if (sp && receiving) party = sp;
        else if (sp && /\b(?:handed over|transferred|returned|released|freed)\b/i.test(t.slice(subj!.end, n.qualStart))) party = a.gaz.adversaries.get(sp)?.[0] ?? null;
      }
      const sides = sideOf(a, party) ?? sideOf(a, null);
      if (!sides) continue;
      if (!open) {
        const f = newTalksFrame(i, { parties: [...sides].sort() });
        out.push(f);
        open = { f, released: {}, bodies: {}, each: null, total: null, para: si.sent.paragraph };
        states.set(f, open);
      }
      found = true;
      open.para = si.sent.paragraph;
      if (bodies) {
        const key = party ?? `?${i}:${n.start}`;
        open.bodiesAt = i;
        if (open.bodies[key] === undefined) open.bodies[key] = n.value;
      } else if (EACH.test(after) || EACH_BEFORE.test(t.slice(Math.max(0, n.qualStart - 50), n.qualStart))) open.each = n.value;
      else if (!party && TWO_WAY.test(t.slice(Math.max(0, n.qualStart - 30), n.qualStart)) && open.total === null) {
        // both sides named as the subject: the number is the total swapped
        const subj = si.mentions.filter((m) => m.end <= n.qualStart && partyRef(m) && !inAttribution(si, m.start, m.end)).map((m) => partyRef(m)!.party);
        if (new Set(subj).size >= 2) open.total = n.value;
      }
      // "when 206 POWs were exchanged": a two-way verb after the count, so the total swapped
      else if (!party && PASSIVE_TWO_WAY.test(after) && open.total === null) open.total = n.value;
      else if (party && open.released[party] === undefined) open.released[party] = n.value;
    }
    const sameAt = open ? t.search(SAME_NUMBER) : -1;
    if (open && sameAt >= 0 && (!found || si.numbers.every((n) => n.end <= sameAt))) {
      // "Russia received the same number of its servicemen"
      const known = Object.entries(open.released)[0];
      // the side named right before "received the same number"
      const subj = si.mentions.filter((m) => m.end <= sameAt && partyRef(m) && !inAttribution(si, m.start, m.end)).pop();
      const sp = subj ? partyRef(subj)!.party : null;
      if (known && sp && sp !== known[0]) open.released[sp] = known[1];
      open.para = si.sent.paragraph;
      found = true;
    }
    // "The exchange, carried out on the 300-for-300 formula, ...": each side's count
    const ratio = open && open.each === null ? equalSwapEach(t) : null;
    if (open && ratio !== null && Object.values(open.released).every((v) => v === ratio)) {
      open.each = ratio;
      open.para = si.sent.paragraph;
      found = true;
    }
    if (!found) continue;
    const f = open!.f;
    f.last = i;
    f.signals += 1;
    // (not "last week's talks": the day of the meeting that agreed it)
    const day = si.dates.find((d) => d.role === 'plain' && d.precision !== 'year' && !/^['’]s?\s+(?:[\w-]+\s+)?(?:talks|round|meeting|negotiations|consultations|summit)\b/i.test(t.slice(d.end, d.end + 40)));
    const stmt = si.dates.find((d) => d.role === 'statement');
    // "set to swap 175 prisoners from each side on March 19": an exchange to come is dated ahead, and is not yet held
    const ahead = TO_COME.test(t);
    if (ahead && f.claim.status === 'held' && f.first === i) f.claim.status = 'scheduled';
    if (!f.dateParts && day) f.dateParts = day.resolve(a.published, ahead ? 'future' : 'past');
    else if (!f.dateParts && lead && f.first - lead.i <= 2 && lead.para === si.sent.paragraph) f.dateParts = lead.date;
    else if (!f.dateParts && /\bon the same day\b/i.test(t) && out.length) f.dateParts = null;
    if (!f.dateParts && si.stamped && !stmt) f.dateParts = a.published;
    if (!f.dateParts && stmt) {
      f.dateParts = stmt.resolve(a.published, 'past');
      f.dateFromStatement = true;
    }
    // outcomes from what has been gathered so far
    const outcomes: Outcome[] = [];
    const rel = open!.released;
    if (open!.each !== null || open!.total !== null || Object.keys(rel).length) {
      const o: Outcome = { type: 'prisoner_exchange' };
      if (open!.each !== null && open!.total !== null && open!.total !== open!.each * 2) {
        o.total = open!.total;
      } else if (open!.each !== null) {
        o.total = open!.each * 2;
        o.released = Object.fromEntries(f.claim.parties.map((p) => [p, open!.each!]));
      } else {
        o.released = { ...rel };
        if (Object.keys(rel).length >= 2) o.total = Object.values(rel).reduce((x, y) => x + y, 0);
        else if (open!.total !== null) o.total = open!.total;
        if (!Object.keys(rel).length) delete o.released;
      }
      outcomes.push(o);
    }
    const bodyVals = Object.values(open!.bodies);
    if (bodyVals.length) outcomes.push({ type: 'bodies_repatriated', total: bodyVals.reduce((x, y) => x + y, 0) });
    f.claim.outcomes = outcomes;
  }
  for (const f of out) {
    if (f.dateParts) f.claim.date = formatDate(f.dateParts);
    // the news of the day ("Another 300 Ukrainians have returned home") leads the report: its day;
    // an exchange told further down without a day keeps only the month
    else if (a.sentences[f.first]!.sent.paragraph <= 1) f.claim.date = formatDate(a.published);
    else f.claim.date = formatDate({ y: a.published.y, m: a.published.m });
  }
  return out.filter((f) => f.claim.outcomes.length > 0);
}
