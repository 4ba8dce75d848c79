/** Confidence from the evidence a rule had, in [0,1]. */
export function combine(base: number, boosts: [boolean, number][]): number {
  let c = base;
  for (const [on, w] of boosts) if (on) c += w;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}
