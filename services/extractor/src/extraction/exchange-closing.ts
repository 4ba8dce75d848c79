import type { Article } from './analyze';
import { addDays, compareParts, type DateParts } from './dates';
import type { TalksFrame } from './talks';
import type { Outcome } from './types';

/**
 * "Russia and Ukraine on Thursday exchanged 157 prisoners each, as the two countries concluded
 * two days of consultations in Abu Dhabi": an exchange carried out as the round closes is that
 * round's outcome, not an occasion of its own (the guide keeps apart only exchanges carried
 * out days after). The handover's outcomes replace what the round had only agreed, and the
 * handover's own claim goes. Same city, sides within the round's, and the round's first day
 * or the next one when the sentence says the talks closed then. Frames are changed in place.
 */
const CLOSING = /\b(?:conclud\w*|clos(?:e|ed|ing)|end(?:ed|ing)?|wrapp?(?:ed|ing) up|final day|second day)\b/i;
const HANDOVER = new Set(['prisoner_exchange', 'bodies_repatriated']);

const carriedOut = (f: TalksFrame) =>
  f.claim.status === 'held' && f.claim.outcomes.length > 0 && f.claim.outcomes.every((o) => HANDOVER.has(o.type) && !o.agreed);

export function foldClosingDayHandovers(a: Article, frames: TalksFrame[]): void {
  for (const h of [...frames]) {
    if (!carriedOut(h) || !h.claim.location || !h.dateParts?.d) continue;
    const loc = h.claim.location.toLowerCase();
    const day: DateParts = h.dateParts;
    const round = frames.find(
      (r) =>
        r !== h &&
        !carriedOut(r) &&
        r.claim.status === 'held' &&
        r.claim.location?.toLowerCase() === loc &&
        h.claim.parties.every((p) => r.claim.parties.includes(p)) &&
        r.dateParts?.d !== undefined &&
        (compareParts(r.dateParts, day) === 0 || (compareParts(addDays(r.dateParts, 1), day) === 0 && CLOSING.test(a.sentences[h.first]?.text ?? ''))),
    );
    if (!round) continue;
    const kept: Outcome[] = round.claim.outcomes.filter((o) => !h.claim.outcomes.some((x) => x.type === o.type));
    round.claim.outcomes = [...kept, ...h.claim.outcomes];
    frames.splice(frames.indexOf(h), 1);
  }
}
