import type { Article } from './analyze';
import { inAttribution } from './analyze';
import { partyRef } from './entities';
import type { TalksFrame } from './talks';

/**
 * "U.S. experts met separately with Ukrainian and Russian representatives in Riyadh": one side
 * meeting each of two others apart is two meetings, not one round of three. The frame opened by
 * such a sentence becomes one frame per pairing, the subject's side with each of the others.
 * Frames of any other kind pass through. Pure.
 */
const SEPARATELY = /\b(?:met|meet|meets|meeting|held (?:talks|meetings)|talked)\s+separately\s+with\b|\bseparate (?:talks|meetings|consultations) with\b/i;

export function splitSeparateMeetings(a: Article, frames: TalksFrame[]): TalksFrame[] {
  const out: TalksFrame[] = [];
  for (const f of frames) {
    const si = a.sentences[f.first];
    const m = si ? SEPARATELY.exec(si.text) : null;
    const subject = si && m ? si.mentions.filter((x) => x.end <= m.index && !inAttribution(si, x.start, x.end) && partyRef(x)).pop() : undefined;
    const side = subject ? partyRef(subject)!.party : null;
    const others = side ? f.claim.parties.filter((p) => p !== side) : [];
    if (!side || !f.claim.parties.includes(side) || others.length !== 2) {
      out.push(f);
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
