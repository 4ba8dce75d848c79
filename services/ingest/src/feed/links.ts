/** URL resolution against a base; never throws. Absolute URLs are kept exactly as written. */

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.\-]*:/;

/**
 * Resolve `ref` against `base`. Absolute refs come back unchanged; relative ones are
 * resolved when there is a usable base and otherwise returned as written.
 * An empty ref means the base itself (as in `href=""`).
 */
export function resolveUrl(ref: string | null | undefined, base: string | null | undefined): string | null {
  if (ref === null || ref === undefined) return null;
  const r = ref.trim();
  if (r === '') return base ?? null;
  if (ABSOLUTE.test(r)) return r;
  if (base) {
    try {
      return new URL(r, base).href;
    } catch {
      return r;
    }
  }
  return r;
}

/** Links worth keeping from content: not script-like schemes, not same-page fragments. */
export function isUsefulLink(u: string): boolean {
  return !/^\s*(javascript|data|vbscript):/i.test(u) && !u.startsWith('#') && u.trim() !== '';
}
