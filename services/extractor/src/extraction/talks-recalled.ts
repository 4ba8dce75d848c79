import type { Article } from './analyze';
import { formatDate } from './dates';
import { placeOf } from './entities';
import { partyCompounds } from './party-compounds';
import type { TalksFrame } from './talks';
import { newTalksFrame } from './talks-frame';

/**
 * A called-off meeting recalled in passing: "the first since a meeting planned for Istanbul on
 * May 12-13 was called off". The annotation guide records it as its own `cancelled` claim.
 * Its sides come from a compound in the clause ("a US-Ukrainian session"), else from the
 * meeting the sentence belongs to; its city must be named in the clause, and its date is the
 * clause's own (month or day), or none.
 */

/** "since a/the [US-Ukrainian] meeting|round|session|talks ... was called off" */
const RECALLED =
  /\bsince\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|round|session|talks|summit)\b([^,;]{0,80}?)\b(?:was|were|had been|got)\s+(?:abruptly\s+|suddenly\s+)?(called off|cancel+ed|scrapped|postponed|put off|shelved)\b/iu;

export function extractRecalledCancellations(a: Article, frames: readonly TalksFrame[]): TalksFrame[] {
  const out: TalksFrame[] = [];
  a.sentences.forEach((si, i) => {
    const t = si.text;
    const m = RECALLED.exec(t);
    if (!m) return;
    const start = m.index;
    const end = m.index + m[0].length;
    const place = si.mentions.map((x) => ({ x, pl: placeOf(x) })).find(({ x, pl }) => pl && pl.kind !== 'region' && x.start >= start && x.end <= end);
    if (!place) return;
    const compound = partyCompounds(t.slice(start, end), a.gaz).sides;
    const host = frames.find((f) => f.first <= i && i <= f.last + 1);
    const parties = compound.length >= 2 ? compound : host ? host.claim.parties.filter((p) => !host.hosts.has(p)) : [];
    if (new Set(parties).size < 2) return;
    const location = place.pl!.name;
    if (frames.some((f) => f.claim.status === 'cancelled' && f.claim.location?.toLowerCase() === location.toLowerCase())) return;
    // ("... was called off in May": the clause runs to its comma)
    const stop = t.slice(end).search(/[,;]|\s(?:after|because|when|as)\s/);
    const clauseEnd = stop < 0 ? t.length : end + stop;
    const d = si.dates.find((x) => x.role !== 'statement' && x.start >= start && x.end <= clauseEnd && x.precision !== 'year');
    const dateParts = d ? d.resolve(a.published, 'past') : null;
    out.push(
      newTalksFrame(
        i,
        { parties: [...new Set(parties)].sort(), location, date: dateParts ? formatDate(dateParts) : null, status: 'cancelled' },
        { dateParts, signals: 1 },
      ),
    );
  });
  return out;
}
