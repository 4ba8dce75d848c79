import type { Article } from './analyze';
import { placeOf } from './entities';
import type { TalksFrame } from './talks';

/**
 * An exchange or repatriation reported without a city, in an article that says which round
 * agreed it ("The exchange was agreed at the talks held in Abu Dhabi on March 10-11"), takes
 * that round's city, as the annotation guide rules. Its sides then follow the round's (see
 * alignHandoversWithRounds). Only one tied round may be named; with two, nothing is guessed.
 */

/** A sentence that says an exchange (or the return of bodies) was agreed at a meeting. */
const TIE =
  /\b(?:exchanges?|swaps?|repatriations?|handovers?|returns?|transfers?|releases?)\b[^.;]{0,80}?\b(?:was|were|had been|has been|have been|is|are)\s+(?:\w+ly\s+)?(?:agreed|negotiated|arranged|brokered|settled)\b|\b(?:agreed|reached|negotiated|struck|arranged)\s+(?:upon\s+)?(?:at|during|in)\s+(?:the\s+)?[^.;]{0,60}?\b(?:talks|negotiations|consultations|meeting|round)\b|\bagreements?\s+(?:reached|made|struck)\s+(?:at|in|during)\b/i;

const HANDOVER_TYPES = new Set(['prisoner_exchange', 'bodies_repatriated']);

function isHandover(f: TalksFrame): boolean {
  return f.claim.outcomes.length > 0 && f.claim.outcomes.every((o) => HANDOVER_TYPES.has(o.type));
}

/** The held round a sentence of its own span ties an exchange to, or null. */
function tiedRounds(a: Article, frames: readonly TalksFrame[]): TalksFrame[] {
  return frames.filter((f) => {
    if (f.claim.status !== 'held' || !f.claim.location || isHandover(f)) return false;
    for (let i = f.first; i <= f.last; i++) if (TIE.test(a.sentences[i]?.text ?? '')) return true;
    return false;
  });
}

/** Words before a city that make it the place an agreement was made: "as agreed in", "arrangements our delegation secured in", "agreed at last week's talks in". */
const AGREED_IN = /\b(?:agreed|secured|reached|negotiated|struck|arranged|agreements?|arrangements?|deal|talks|negotiations|consultations|round)\b[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?$/i;
/** The handover the sentence speaks of. */
const HANDOVER_WORDS = /\b(?:exchanges?|swaps?|repatriation|bodies|remains|prisoners|captives|returned|released|freed|brought home|handed over|received|as agreed)\b/i;

/** An exchange still to come: "the next exchange was agreed at ...". */
const LATER_EXCHANGE = /\b(?:next|future|new|another|further|upcoming|second)\s+(?:stage|exchange|swap|round|repatriation)\b/i;

/**
 * The one city the report of an exchange says it was agreed in (its own sentences, or the two
 * after them), without a round told of its own; else null.
 */
function agreedPlace(a: Article, f: TalksFrame): string | null {
  const places = new Set<string>();
  for (let i = Math.max(0, f.first - 1); i <= Math.min(a.sentences.length - 1, f.last + 2); i++) {
    const si = a.sentences[i]!;
    if (!HANDOVER_WORDS.test(si.text) || LATER_EXCHANGE.test(si.text)) continue;
    for (const m of si.mentions) {
      const pl = placeOf(m);
      if (!pl || pl.kind === 'region') continue;
      if (AGREED_IN.test(si.text.slice(Math.max(0, m.start - 90), m.start))) places.add(pl.name);
    }
  }
  return places.size === 1 ? [...places][0]! : null;
}

/** Gives a city to exchanges without one, from the one round the article ties them to. Changes frames in place. */
export function tieHandoversToRounds(a: Article, frames: TalksFrame[]): void {
  const rounds = tiedRounds(a, frames);
  const places = new Set(rounds.map((r) => `${r.claim.location!.toLowerCase()}|${r.claim.parties.join()}`));
  if (places.size === 0) {
    // "as agreed in Istanbul", "the arrangements our delegation secured in Istanbul": the city alone
    for (const f of frames) {
      if (!isHandover(f) || f.claim.location !== null || f.claim.status !== 'held') continue;
      f.claim.location = agreedPlace(a, f);
    }
    return;
  }
  if (places.size !== 1) return;
  const round = rounds[0]!;
  for (const f of frames) {
    if (f === round || !isHandover(f) || f.claim.location !== null || f.claim.status !== 'held') continue;
    // an exchange dated before the round cannot carry out its agreement
    if (f.claim.date && round.claim.date && f.claim.date.slice(0, round.claim.date.length) < round.claim.date.slice(0, f.claim.date.length)) continue;
    if (!f.claim.parties.every((p) => round.claim.parties.includes(p))) continue;
    f.claim.location = round.claim.location;
  }
}

/**
 * A handover whose city is rightly unknown: nothing in the article ties it to a round, so the
 * guide's `location: null` is its settled value, not a gap (confidence counts it as placed).
 */
export function placeSettledWithoutCity(a: Article, f: TalksFrame): boolean {
  if (!isHandover(f) || f.claim.location !== null) return false;
  return !a.sentences.some((si) => TIE.test(si.text) || /\b(?:talks|negotiations|consultations|round)\b/i.test(si.text));
}
