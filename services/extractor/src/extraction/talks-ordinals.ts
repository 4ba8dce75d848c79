import type { Article, SentInfo } from './analyze';
import type { TalksFrame } from './talks';
import type { Outcome } from './types';

/**
 * Meetings listed together ("three rounds ... on May 16, June 2 and July 23") and then told
 * apart by ordinal: "for the first and second rounds" numbers them in date order, and "The
 * first round produces X; the second Y" gives each its own outcomes, which the sentence's
 * frame had gathered for the first of them.
 */

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const ORD_WORD = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
/** "the first and second rounds", "the first, second and third rounds" */
const ORD_LIST = new RegExp(`\\bthe\\s+${ORD_WORD}((?:\\s*,\\s*${ORD_WORD})*\\s*(?:,\\s*)?and\\s+${ORD_WORD})\\s+(?:(?:trilateral|bilateral|direct)\\s+)?rounds\\b`, 'i');
/** a clause opening on an ordinal: "The first round produces ...", "the second an agreement ..." */
const ORD_CLAUSE = new RegExp(`^\\s*(?:and\\s+)?the\\s+${ORD_WORD}(?:\\s+(?:round|meeting|session))?\\b`, 'i');

export type ReadOutcomes = (t: string, si: SentInfo, parties: string[]) => Outcome[];

/** Frames listed in one sentence, in date order: the groups this pass works on. */
function siblings(frames: readonly TalksFrame[]): TalksFrame[][] {
  const by = new Map<number, TalksFrame[]>();
  for (const f of frames) by.set(f.first, [...(by.get(f.first) ?? []), f]);
  return [...by.values()].filter((g) => g.length >= 2 && g.every((f) => f.dateParts?.d !== undefined));
}

const order = (f: TalksFrame) => f.dateParts!.y * 400 + (f.dateParts!.m ?? 0) * 32 + (f.dateParts!.d ?? 0);

export function distributeByOrdinal(a: Article, frames: readonly TalksFrame[], readOutcomes: ReadOutcomes): void {
  for (const group of siblings(frames)) {
    const sorted = [...group].sort((x, y) => order(x) - order(y));
    const opening = a.sentences[sorted[0]!.first]!;
    const list = ORD_LIST.exec(opening.text);
    if (list) {
      const nums = [...list[0].matchAll(new RegExp(ORD_WORD, 'gi'))].map((m) => ORD[m[1]!.toLowerCase()]!);
      if (nums.length === sorted.length) sorted.forEach((f, k) => (f.claim.round ??= nums[k]!));
    }
    // or a line per round after it: "- Round one produced …", "- Round two agreed …"
    if (byLines(a, sorted, opening, readOutcomes)) continue;
    // the sentence right after the list, told clause by clause
    const next = a.sentences[sorted[0]!.first + 1];
    if (!next || next.sent.paragraph !== opening.sent.paragraph) continue;
    const clauses: { start: number; end: number; n: number }[] = [];
    let at = 0;
    for (const part of next.text.split(/(;)/)) {
      if (part !== ';') {
        const m = ORD_CLAUSE.exec(part);
        if (m) clauses.push({ start: at, end: at + part.length, n: ORD[m[1]!.toLowerCase()]! });
      }
      at += part.length;
    }
    // ("The second round produces an agreement ...": one clause will do when it opens the sentence)
    if (!clauses.length || clauses[0]!.start !== 0 || clauses.some((c) => c.n > sorted.length)) continue;
    // what the frame took from this sentence goes to the rounds its clauses name
    const told = new Set(readOutcomes(next.text, next, sorted[0]!.claim.parties).map((o) => o.type));
    for (const f of sorted) f.claim.outcomes = f.claim.outcomes.filter((o) => !told.has(o.type));
    for (const c of clauses) {
      const f = sorted[c.n - 1]!;
      // the other clauses blanked, so that offsets into the sentence still hold
      const masked = next.text.slice(0, c.start).replace(/[^\s]/g, ' ') + next.text.slice(c.start, c.end) + next.text.slice(c.end).replace(/[^\s]/g, ' ');
      f.claim.outcomes = readOutcomes(masked, next, f.claim.parties);
      f.claim.round ??= c.n;
    }
  }
}

const NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 };
/** A bulleted line that opens on a round by number: "- Round one produced …", "• The second round agreed …". */
const ROUND_LINE = new RegExp(`^\\s*[-–•*▪]\\s+(?:round\\s+(one|two|three|four|five|six|[1-6])\\b|the\\s+${ORD_WORD}\\s+round\\b)`, 'i');

/** Outcomes and numbers from the lines after the list, one line per round; true when it found them. */
function byLines(a: Article, sorted: TalksFrame[], opening: SentInfo, readOutcomes: ReadOutcomes): boolean {
  const lines: { si: SentInfo; n: number }[] = [];
  for (let j = sorted[0]!.first + 1; j < a.sentences.length && j <= sorted[0]!.first + 2 + sorted.length * 2; j++) {
    const si = a.sentences[j]!;
    // (each line may be a paragraph of its own; a paragraph that is no such line ends them)
    if (si.sent.paragraph > opening.sent.paragraph + 1 && !ROUND_LINE.test(si.text) && lines.length > 0) break;
    const m = ROUND_LINE.exec(si.text);
    if (!m) {
      if (lines.length > 0) break;
      continue;
    }
    const n = m[1] ? NUM[m[1].toLowerCase()]! : ORD[m[2]!.toLowerCase()]!;
    if (n > sorted.length || lines.some((l) => l.n === n)) return false;
    lines.push({ si, n });
  }
  if (lines.length < 2) return false;
  const told = new Set(lines.flatMap((l) => readOutcomes(l.si.text, l.si, sorted[0]!.claim.parties).map((o) => o.type)));
  for (const f of sorted) f.claim.outcomes = f.claim.outcomes.filter((o) => !told.has(o.type));
  sorted.forEach((f, k) => (f.claim.round ??= k + 1));
  for (const l of lines) sorted[l.n - 1]!.claim.outcomes = readOutcomes(l.si.text, l.si, sorted[l.n - 1]!.claim.parties);
  return true;
}
