/**
 * A swap written as a ratio of equal counts: "the 205-for-205 exchange", "a thousand-for-thousand
 * swap", "500 for 500", "agreed to exchange 200 prisoners for 200". Returns the count each side
 * released, or null.
 */
const WORDS: Record<string, number> = { hundred: 100, thousand: 1000 };
const RATIO = /\b(\d{1,3}(?:,\d{3})+|\d+|hundred|thousand)(?:-| )for(?:-| )(\d{1,3}(?:,\d{3})+|\d+|hundred|thousand)\b(?=[- ](?:[\w-]+ ){0,2}?(?:exchange|swap|trade|deal|prisoner|formula|basis|format|scheme))/i;

const N = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const VERB_RATIO = new RegExp(String.raw`\b(?:exchang|swap|trad)\w*\s+${N}\s+(?:[\w-]+\s+){0,2}?(?:prisoners|POWs|captives|servicem[ae]n|soldiers|people|persons)\s+for\s+${N}\b`, 'i');

function value(s: string): number {
  return WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));
}

export function equalSwapEach(t: string): number | null {
  const m = RATIO.exec(t) ?? VERB_RATIO.exec(t);
  if (!m) return null;
  const a = value(m[1]!);
  return a > 0 && a === value(m[2]!) ? a : null;
}
