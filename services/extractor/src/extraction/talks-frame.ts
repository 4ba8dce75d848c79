import type { TalksFrame } from './talks';
import type { TalksClaim } from './types';

/** A talks frame opened at sentence `i`: a held meeting with nothing read yet, but what is given. */
export function newTalksFrame(i: number, claim: Pick<TalksClaim, 'parties'> & Partial<TalksClaim>, rest: Partial<TalksFrame> = {}): TalksFrame {
  return {
    claim: { kind: 'talks', location: null, date: null, status: 'held', round: null, participants: [], outcomes: [], ...claim },
    first: i,
    last: i,
    negotiators: [],
    leaders: [],
    hosts: new Set(),
    dateParts: null,
    dateFromStatement: false,
    signals: 0,
    ...rest,
  };
}
