import type { Article } from './analyze';
import { orgRef, personRef } from './entities';
import { reporterName, sidesWithin } from './reporter-name';
import type { TollClaim } from './types';

/**
 * The reporter of a figure told without one, from the sentence just before it, when that
 * sentence can only be its source:
 * - the same side's figure, attributed: "Russia has lost about 1,583,470 personnel, the General
 *   Staff reported. Over the past day the losses amounted to 1,060.";
 * - a lead-in that publishes the figures: "Gladkov published his monthly summary. Nineteen
 *   civilians were killed in the region in September ...".
 * - a source named again by its title or a pronoun: "... Syrskyi claimed. According to the general,
 *   6,662 Russian troops have been killed".
 * A sentence that names a source of its own, or weighs other sources ("estimates", "but"),
 * keeps none.
 */

const OTHER_SOURCE = /\b(?:estimat\w*|according|independent|analysts?|experts?|sources?|however|but|other|others|critics|observers)\b/i;
const LEAD_IN = /\b(?:published|released|issued|presented|posted|gave|updated)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:(?:latest|new|monthly|weekly|daily|annual|quarterly|regular|updated|own)\s+)*(?:summary|report|update|figures|data|tally|count|bulletin|statistics|numbers)\b/i;

/** A source named by its title or a pronoun: the one just named ("according to the general", "the monitors noted", "he added"). */
const TITLE = '(?:general|commander|commander-in-chief|minister|governor|official|spokes(?:man|woman|person)|ombudsman|monitors|mission|agency|ministry|office|president|prime minister|mayor|head)';
const ANAPHOR_SOURCE = new RegExp(`\\baccording to the ${TITLE}\\b|\\b(?:he|she|they|the ${TITLE})\\s+(?:also\\s+)?(?:said|says|added|noted|stated|claimed|reported|wrote|told)\\b`, 'i');

export interface CarriedReporter {
  name: string;
  country: string | null;
}

export function carriedReporter(a: Article, i: number, party: string, prior: { claim: TollClaim; sentence: number } | null): CarriedReporter | null {
  const si = a.sentences[i]!;
  const prev = a.sentences[i - 1];
  // (wire copy puts one sentence in a paragraph: the figure right before may close the paragraph before)
  if (!prev || si.sent.paragraph - prev.sent.paragraph > 1) return null;
  if (si.mentions.some((m) => orgRef(m) !== null || personRef(m) !== null)) return null;
  // "According to the general, 6,662 Russian troops have been killed": the source of the figure just told, by its title
  if (ANAPHOR_SOURCE.test(si.text) && prior && i - prior.sentence <= 2 && prior.claim.reportedBy)
    return { name: prior.claim.reportedBy, country: prior.claim.reporterCountry ?? null };
  if (OTHER_SOURCE.test(si.text)) return null;
  if (prior && prior.sentence === i - 1 && prior.claim.reportedBy && prior.claim.party === party)
    return { name: prior.claim.reportedBy, country: prior.claim.reporterCountry ?? null };
  if (prev.sent.paragraph !== si.sent.paragraph) return null;
  if (prev.numbers.length === 0 && LEAD_IN.test(prev.text)) {
    const lead = prev.attributions.find((x) => x.resolved && x.cue < prev.text.search(LEAD_IN) + 12);
    const name = lead ? reporterName(lead.resolved, sidesWithin(prev.mentions, lead.start, lead.end)) : null;
    if (lead && name) return { name, country: lead.party ?? null };
  }
  return null;
}
