/** Collects WHERE conditions with numbered parameters: every value is a bound parameter. */
export class Where {
  readonly params: unknown[] = [];
  private readonly conds: string[] = [];

  /** Add a condition; each `?` in it becomes the next $n bound to the given values in order. */
  add(cond: string, ...values: unknown[]): this {
    let i = 0;
    const text = cond.replace(/\?/g, () => {
      this.params.push(values[i++]);
      return `$${this.params.length}`;
    });
    this.conds.push(text);
    return this;
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  sql(): string {
    return this.conds.length ? `WHERE ${this.conds.join(' AND ')}` : '';
  }
}

/** A LIKE pattern that matches `text` literally anywhere. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
