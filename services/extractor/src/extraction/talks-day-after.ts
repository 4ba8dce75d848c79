import type { Article } from './analyze';
import { addDays } from './dates';
import type { TalksFrame } from './talks';

/**
 * "Russia and Ukraine exchanged 314 prisoners on Saturday, a day after the second round of
 * talks in Abu Dhabi": the exchange is dated its own day, and the round it follows is another
 * occasion, days before. The round takes the number and is dated back; a frame of the same
 * meeting told later without its own day ("The swap was agreed at the talks, where ...") is
 * that round.
 */

const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const DAY_AFTER = /\b(a|one|two|three|four|five|six|seven|\d)\s+days?\s+after\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:round|talks|negotiations|meeting|consultations)\b/i;
const HANDOVER = new Set(['prisoner_exchange', 'bodies_repatriated']);

const handover = (f: TalksFrame) => f.claim.outcomes.some((o) => HANDOVER.has(o.type));

export function splitRoundBefore(a: Article, frames: TalksFrame[]): void {
  for (const f of [...frames]) {
    if (!handover(f) || f.claim.status !== 'held' || f.dateParts?.d === undefined) continue;
    const m = DAY_AFTER.exec(a.sentences[f.first]!.text);
    if (!m) continue;
    const days = WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const roundDay = addDays(f.dateParts, -days);
    const loc = f.claim.location?.toLowerCase() ?? null;
    // the same meeting told later in the article without an outcome of its own
    const told = frames.find((r) => r !== f && r.claim.status === 'held' && !handover(r) && (r.claim.location?.toLowerCase() ?? null) === loc && r.first > f.first);
    const round: TalksFrame = told ?? {
      ...f,
      claim: { ...f.claim, parties: [...f.claim.parties], participants: [], outcomes: [] },
      negotiators: [],
      leaders: [],
      hosts: new Set(f.hosts),
      signals: 1,
    };
    round.dateParts = roundDay;
    round.dateFromStatement = false;
    round.claim.round ??= f.claim.round;
    f.claim.round = null;
    if (!told) frames.push(round);
  }
}
