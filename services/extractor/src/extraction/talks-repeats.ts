import type { TalksFrame } from './talks';

/**
 * One meeting told twice in an article (a summary bullet, then the body): same sides, same status,
 * the same day, and at most one of them names the place; or a plan told at one place once without
 * its day and once with it; or a plan told beside the meeting held at that place that day (the meeting stays). The fuller frame keeps the other's
 * participants, round and outcomes. Frames whose claims are dated (formatted) are expected.
 */
export function mergeRepeats(frames: TalksFrame[]): TalksFrame[] {
  const out: TalksFrame[] = [];
  for (const f of frames) {
    const twin = out.find((g) => sameMeeting(g, f));
    if (!twin) {
      out.push(f);
      continue;
    }
    const [keep, drop] =
      (f.claim.status === 'held' && twin.claim.status !== 'held') || (f.claim.location !== null && twin.claim.location === null) || (f.claim.date !== null && twin.claim.date === null) ? [f, twin] : [twin, f];
    const c = keep.claim;
    for (const p of drop.claim.participants) if (!c.participants.includes(p)) c.participants.push(p);
    if (c.round === null) c.round = drop.claim.round;
    for (const o of drop.claim.outcomes) if (!c.outcomes.some((x) => x.type === o.type)) c.outcomes.push(o);
    // (the telling with more of the exchange, and the day over the month)
    const mine = c.outcomes.find((o) => o.type === 'prisoner_exchange');
    const theirs = drop.claim.outcomes.find((o) => o.type === 'prisoner_exchange');
    if (mine && theirs && Object.keys(theirs.released ?? {}).length > Object.keys(mine.released ?? {}).length) Object.assign(mine, theirs);
    if (c.date !== null && drop.claim.date !== null && drop.claim.date.startsWith(c.date) && drop.claim.date.length > c.date.length) {
      c.date = drop.claim.date;
      keep.dateParts = drop.dateParts;
    }
    keep.signals += drop.signals;
    out[out.indexOf(twin)] = keep;
  }
  return out;
}

function sameMeeting(a: TalksFrame, b: TalksFrame): boolean {
  const x = a.claim;
  const y = b.claim;
  // ("the hotel that is to host Russia-US talks" in a caption under the round held there that day): a plan and its holding
  const planHeld = x.status !== y.status && x.status !== 'cancelled' && y.status !== 'cancelled' && x.location !== null && x.location === y.location && x.date !== null && x.date === y.date && x.date.length >= 10;
  if (x.status !== y.status && !planHeld) return false;
  // ("Key developments: Witkoff will meet Umerov in Miami" over "... will meet Umerov in Miami on Thursday"): a plan told
  // without its day and then with it
  const planRetold = x.status === 'scheduled' && x.location !== null && (x.date === null) !== (y.date === null);
  // ("230 Ukrainians and 248 Russians released" in a headline over "saw 230 Ukrainian prisoners ... released, with Ukraine
  // releasing 248 Russians" in the body): one exchange told twice, dated once to the day and once to the month
  const sameSwap = x.date !== null && y.date !== null && (x.date.startsWith(y.date) || y.date.startsWith(x.date)) && sharedRelease(x, y);
  if (!planRetold && !sameSwap && (x.date === null || x.date !== y.date || x.date.length < 10)) return false;
  if (x.parties.join() !== y.parties.join()) return false;
  if (x.location !== null && y.location !== null && x.location.toLowerCase() !== y.location.toLowerCase()) return false;
  if (x.round !== null && y.round !== null && x.round !== y.round) return false;
  return true;
}

/** Both tell a prisoner exchange in which one side released the same number. */
function sharedRelease(x: TalksFrame['claim'], y: TalksFrame['claim']): boolean {
  const ex = x.outcomes.find((o) => o.type === 'prisoner_exchange');
  const ey = y.outcomes.find((o) => o.type === 'prisoner_exchange');
  if (!ex?.released || !ey?.released) return false;
  return Object.entries(ex.released).some(([side, n]) => ey.released?.[side] === n);
}
