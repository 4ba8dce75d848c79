/** The sorted union of a sorted set and more (the set itself when it holds them all: folds run often). */
export function sortedUnion(sorted: readonly string[], more: readonly string[]): string[] {
  return more.every((x) => sorted.includes(x)) ? (sorted as string[]) : [...new Set([...sorted, ...more])].sort();
}
