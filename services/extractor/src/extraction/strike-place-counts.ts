import { parseNumberWords } from './numbers';
import type { StrikeClaim } from './types';

/**
 * "Russian attacks killed at least five people on Monday, including two in Kherson, one in
 * Zaporizhzhia and two in Donetsk": a wave's count broken down place by place. Each place given
 * its own count is an attack claim of its own (the annotation guide's wave ruling); the wave keeps
 * no claim when the breakdown names all its places. Pure: the claim and its opening sentence in,
 * the claims to keep out (the claim itself when the sentence has no such breakdown).
 */
const COUNT = '(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** "killing at least five people ..., including" / "injured 14, including": the measure the breakdown counts */
const OPENS = /\b(killed|killing|kills|injured|injuring|wounded|wounding)\b[^.;]{0,80}?,?\s+including\s+/i;
const ITEM = new RegExp(`^(?:,\\s*|\\s+and\\s+|,\\s*and\\s+)?${COUNT}\\s+(?:(?:people|civilians|persons|residents)\\s+)?in\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}'’-]+(?:[\\s-][\\p{Lu}][\\p{L}'’-]+)?(?:\\s+(?:region|oblast|province|district))?)`, 'u');

function countOf(w: string): number | null {
  return /^\d+$/.test(w) ? Number(w) : parseNumberWords(w.toLowerCase());
}

function samePlace(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

export function splitByPlaceCounts(claim: StrikeClaim, sentence: string): StrikeClaim[] {
  if (claim.locations.length < 2) return [claim];
  const open = OPENS.exec(sentence);
  if (!open) return [claim];
  const killed = /kill/i.test(open[1]!);
  let rest = sentence.slice(open.index + open[0].length);
  const items: { place: string; n: number }[] = [];
  for (let m = ITEM.exec(rest); m; m = ITEM.exec(rest)) {
    const n = countOf(m[1]!);
    const place = claim.locations.find((l) => samePlace(l, m![2]!));
    if (n === null || !place) return [claim];
    items.push({ place, n });
    rest = rest.slice(m[0].length);
  }
  // every place of the wave told with its own count, and no place twice
  if (items.length < 2 || new Set(items.map((x) => x.place)).size !== items.length || !claim.locations.every((l) => items.some((x) => samePlace(l, x.place)))) return [claim];
  return items.map(({ place, n }) => ({ ...claim, locations: [place], killed: killed ? n : null, injured: killed ? null : n }));
}
