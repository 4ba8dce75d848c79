import { ArticleInputSchema } from './schema';
import type { ArticleInput } from './types';

export type ValidationResult = { ok: true; article: ArticleInput } | { ok: false; error: string };

/** Check an untrusted article payload; the error names each bad field so it can be dead-lettered. */
export function validateArticle(input: unknown): ValidationResult {
  const r = ArticleInputSchema.safeParse(input);
  if (r.success) return { ok: true, article: r.data };
  const error = r.error.issues
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return { ok: false, error: `invalid article: ${error}` };
}
