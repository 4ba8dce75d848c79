import type { Article } from './analyze';
import { inAttribution } from './analyze';
import { partyRef } from './entities';
import type { TalksFrame } from './talks';

/**
 * "U.S. experts met separately with Ukrainian and Russian representatives in Riyadh": one side
 * meeting each of two others apart is two meetings, not one round of three. The frame opened by
 * such a sentence becomes one frame per pairing, the subject's side with each of the others.
 * The side meeting the others is the subject ("US negotiators met separately over three days in
 * Riyadh with delegations from Kyiv and Moscow"), or the party right after "with" in "during two
 * separate rounds of talks with US representatives, Russia and Ukraine agreed". Meetings held
 * apart before or after the round of the others ("Fidan held separate meetings with the Russian
 * and Ukrainian delegations before the third round of talks") leave that round to its two sides.
 * Frames of any other kind pass through. Pure.
 */
const SEPARATELY = /\b(?:met|meet|meets|meeting|held (?:talks|meetings)|talked)\s+separately\b[^.;]{0,60}?\bwith\b|\bseparate (?:talks|meetings|consultations) with\b/i;
const SEPARATE_ROUNDS_WITH = /\b(?:two|several|three)\s+separate\s+(?:rounds\s+of\s+)?(?:talks|meetings|consultations|negotiations)\s+with\s+$/i;
const AROUND_ROUND = /^[^.;]{0,80}?\b(?:before|ahead of|after|following|on the sidelines of)\s+(?:the\s+)?(?:start\s+of\s+the\s+|opening\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:round|rounds)\b/i;

export function splitSeparateMeetings(a: Article, frames: TalksFrame[]): TalksFrame[] {
  const out: TalksFrame[] = [];
  for (const f of frames) {
    const si = a.sentences[f.first];
    const m = si ? SEPARATELY.exec(si.text) : null;
    const partner = si && !m ? si.mentions.find((x) => SEPARATE_ROUNDS_WITH.test(si.text.slice(0, x.start)) && partyRef(x)) : undefined;
    const subject = si && m ? si.mentions.filter((x) => x.end <= m.index && !inAttribution(si, x.start, x.end) && partyRef(x)).pop() : partner;
    const side = subject ? partyRef(subject)!.party : null;
    const others = side ? f.claim.parties.filter((p) => p !== side) : [];
    if (!side || !f.claim.parties.includes(side) || others.length !== 2) {
      out.push(f);
      continue;
    }
    if (m && si && AROUND_ROUND.test(si.text.slice(m.index + m[0].length))) {
      // the separate meetings are side meetings of the round: the round is the other two's
      out.push({ ...f, claim: { ...f.claim, parties: others.sort() } });
      continue;
    }
    for (const other of others) {
      out.push({
        ...f,
        claim: { ...f.claim, parties: [side, other].sort(), participants: [...f.claim.participants], outcomes: f.claim.outcomes.map((o) => ({ ...o })) },
        hosts: new Set(f.hosts),
        softHosts: f.softHosts && new Set(f.softHosts),
        firmSides: f.firmSides && new Set(f.firmSides),
        negotiators: [...f.negotiators],
        leaders: [...f.leaders],
      });
    }
  }
  return out;
}
