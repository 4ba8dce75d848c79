/** Collects what was repaired in a document, once per kind of repair, with a count. */
const MAX_KINDS = 50;
const OTHER = 'other repairs';

export class Repairs {
  private readonly counts = new Map<string, number>();

  add(message: string): void {
    // Hostile input could make endless distinct messages (entity names, tag names): bounded.
    const key = this.counts.has(message) || this.counts.size < MAX_KINDS ? message : OTHER;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  addAll(messages: readonly string[]): void {
    for (const m of messages) this.add(m);
  }

  get size(): number {
    return this.counts.size;
  }

  list(): string[] {
    return [...this.counts].map(([m, n]) => (n > 1 ? `${m} (x${n})` : m));
  }
}
