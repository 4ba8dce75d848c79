import type { Gazetteer } from './compile';

/**
 * The two sides of a conflict that talks between `parties` are about, when both take part:
 * a trilateral round with an American mediator is talks between Russia and Ukraine. Null
 * when the parties hold no conflict's two sides (talks between Russia and the United States).
 */
export function sidesOf(parties: readonly string[], gazetteer: Pick<Gazetteer, 'config'>): [string, string] | null {
  const present = new Set(parties);
  for (const c of gazetteer.config.conflicts) {
    const [a, b] = [...c.sides].sort() as [string, string];
    if (present.has(a) && present.has(b)) return [a, b];
  }
  return null;
}
