/**
 * A swap written as a ratio of equal counts: "the 205-for-205 exchange", "a thousand-for-thousand
 * swap", "500 for 500". Returns the count each side released, or null.
 */
const WORDS: Record<string, number> = { hundred: 100, thousand: 1000 };
const RATIO = /\b(\d{1,3}(?:,\d{3})+|\d+|hundred|thousand)(?:-| )for(?:-| )(\d{1,3}(?:,\d{3})+|\d+|hundred|thousand)\b(?=[- ](?:[\w-]+ ){0,2}?(?:exchange|swap|trade|deal|prisoner|formula|basis))/i;

function value(s: string): number {
  return WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));
}

export function equalSwapEach(t: string): number | null {
  const m = RATIO.exec(t);
  if (!m) return null;
  const a = value(m[1]!);
  return a > 0 && a === value(m[2]!) ? a : null;
}
