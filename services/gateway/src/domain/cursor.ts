/** Opaque keyset cursors: the sort key of the last row served, base64url JSON. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== arity) return null;
    if (!v.every((x) => x === null || typeof x === 'string' || typeof x === 'number')) return null;
    return v as (string | number | null)[];
  } catch {
    return null;
  }
}
