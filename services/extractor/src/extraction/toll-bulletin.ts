/**
 * The daily losses bulletin in its list form, as Kyiv's defence ministry and the outlets that
 * copy it publish it:
 *   "The total combat losses of the enemy from 24.02.2022 to 28.08.2025 are approximately,
 *    according to the General Staff of the Armed Forces of Ukraine:
 *    personnel – about 1,080,350 (+860) persons
 *    tanks – 11,140 (+3) …"
 * The personnel line gives two tolls: the running total and, in brackets, the day's figure.
 * Whose losses comes from the heading only ("the enemy" in a Ukrainian bulletin, "Russian"
 * named), never guessed; without such a heading in the three sentences before, nothing is read.
 * The equipment lines are not tolls. Pure.
 */
import type { Article } from './analyze';
import { formatDate, type DateParts } from './dates';
import type { BoxToll } from './toll-box';
import type { TollClaim } from './types';

const PERSONNEL_LINE =
  /^\s*(?:[-–•*▪]\s*)?(?:personnel|manpower)\s*[–—:-]\s*(?:(about|approximately|around|almost|nearly|over|more than)\s+)?(\d{1,3}(?:[,\s]\d{3})+|\d+)\s*(?:\(\s*\+\s*(\d{1,3}(?:[,\s]\d{3})*|\d+)\s*\))?/i;
const HEADING = /\b(?:combat\s+)?losses\b/i;
const ENEMY = /\b(?:the enemy|enemy's|the occupiers?|russian|russia['’]s|of russia)\b/i;
const UKRAINIAN_SOURCE = /\b(?:General Staff|Armed Forces of Ukraine|(?:Ministry|Ministry) of Defen[cs]e of Ukraine|Ukraine['’]s (?:defen[cs]e ministry|military|armed forces))\b/i;
const APPROX = /\b(?:approximately|about|around|roughly)\b/i;
/** "to 28.08.2025", "as of 28 August 2025": the day the running total stands at. */
const NUMERIC_DAY = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\s\S]*\d{1,2}\.\d{1,2}\.\d{4})/;

const bound = (word: string | undefined, heading: string): TollClaim['bound'] => {
  const w = (word ?? '').toLowerCase();
  if (w === 'over' || w === 'more than') return 'at_least';
  if (w === 'almost' || w === 'nearly') return 'at_most';
  if (w || APPROX.test(heading)) return 'approx';
  return 'exact';
};

const toInt = (s: string) => Number(s.replace(/[,\s]/g, ''));

export function extractBulletinTolls(a: Article): { hits: BoxToll[]; lines: Set<number> } {
  const hits: BoxToll[] = [];
  const lines = new Set<number>();
  for (let i = 0; i < a.sentences.length; i++) {
    const m = PERSONNEL_LINE.exec(a.sentences[i]!.text);
    if (!m) continue;
    const before = a.sentences.slice(Math.max(0, i - 3), i).map((s) => s.text);
    const heading = [...before].reverse().find((s) => HEADING.test(s) && ENEMY.test(s));
    if (!heading) continue;
    // "the enemy" is Russia only in a Ukrainian bulletin; a named Russian side is Russia in any
    const russianNamed = /\b(?:russian|russia['’]s|of russia)\b/i.test(heading);
    const ukrainian = [...before, a.sentences[i]!.text].some((s) => UKRAINIAN_SOURCE.test(s));
    if (!russianNamed && !ukrainian) continue;
    const day = NUMERIC_DAY.exec(heading);
    const asOf: DateParts = day ? { y: Number(day[3]), m: Number(day[2]), d: Number(day[1]) } : a.published;
    const staff = [...before, a.sentences[i]!.text].some((s) => /\bGeneral Staff\b/.test(s));
    const base = {
      kind: 'toll' as const,
      party: 'russia',
      population: 'military' as const,
      measure: 'casualties' as const,
      asOf: formatDate(asOf),
      reportedBy: staff ? 'General Staff' : null,
      reporterCountry: staff || ukrainian ? 'ukraine' : null,
    };
    lines.add(i);
    hits.push({ claim: { ...base, value: toInt(m[2]!), bound: bound(m[1], heading), scope: 'cumulative', period: null }, sentence: i, qualified: bound(m[1], heading) !== 'exact', range: false });
    if (m[3]) hits.push({ claim: { ...base, value: toInt(m[3]), bound: 'exact', scope: 'period', period: 'day' }, sentence: i, qualified: false, range: false });
  }
  return { hits, lines };
}
