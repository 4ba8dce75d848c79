import type { SentInfo } from './analyze';

/**
 * A relative clause about another meeting (or a time mark naming the next appointment, or where the speaker spoke): "Lavrov held talks in Moscow with the Saudi foreign
 * minister, whose country is preparing to host the next round of consultations in Riyadh".
 * The clause's places, sides and dates belong to that other meeting, so the meeting the
 * sentence tells is read without them. The clause is blanked (offsets hold) and its mentions
 * and dates dropped; a sentence without such a clause is returned as it is.
 */
const RELATIVE_MEETING = /,\s+(?:whose|which|who)\b(?=[^;]*?\b(?:host|hosting|prepar\w*|will|next|upcoming|planned|to hold)\b)(?=[^;]*?\b(?:round|talks|meeting|consultations|negotiations|summit)\b)[^;]*/i;
/** "…, a day before he was due to host Zelensky at the White House", "…, a day after Witkoff spent three hours with Putin in Moscow": another occasion, told as a time mark. */
const TIMED_APPOINTMENT = /,\s+(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|hours?)\s+(?:before|after)\s+(?:(?:he|she|they|the \w+|\p{Lu}[\p{L}-]+|(?:[\p{L}-]+\s+){1,3}(?:negotiators|delegations|teams|envoys|officials))\s+(?:was|were|is|are|had been)\s+(?:due|set|scheduled|expected)\s+to\s+(?:host|meet|visit|receive|welcome|sit down|hold talks|resume talks|gather|convene)\b|(?:[\p{L}.'’-]+\s+){1,6}?(?:spent|met|held|visited|arrived|flew|travelled|traveled|hosted)\b)[^;]*/u;
/** "…, says Zelensky at a press conference following the NATO summit in Vilnius": where the speaker spoke, not where they met. */
const SPEAKER_VENUE = /,\s+(?:says|said|told [\p{L}]+)\s+[^,;]{0,80}?\b(?:at|during|on the sidelines of)\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:press conference|news conference|press briefing|briefing|speech|forum)\b[^;]*/u;
const MAIN_MEETING = /\b(?:met|meet|meets|held talks|holds talks|talks|meeting|summit|sat down|hosted)\b/i;

export function withoutRelativeMeeting(si: SentInfo): SentInfo {
  const m = RELATIVE_MEETING.exec(si.dealsBlanked) ?? TIMED_APPOINTMENT.exec(si.dealsBlanked) ?? SPEAKER_VENUE.exec(si.dealsBlanked);
  if (!m || !MAIN_MEETING.test(si.dealsBlanked.slice(0, m.index))) return si;
  const start = m.index;
  const end = m.index + m[0].length;
  const blank = (s: string) => s.slice(0, start) + s.slice(start, end).replace(/\S/g, ' ') + s.slice(end);
  const outside = (x: { start: number; end: number }) => x.end <= start || x.start >= end;
  return Object.create(si, {
    dealsBlanked: { value: blank(si.dealsBlanked) },
    mentions: { value: si.mentions.filter(outside) },
    dates: { value: si.dates.filter(outside) },
    numbers: { value: si.numbers.filter(outside) },
  }) as SentInfo;
}
