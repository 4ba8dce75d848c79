/**
 * The outcome of ingest's feeds-config reloads, as GET /v1/feeds shows it. A reload whose
 * file does not validate is rejected: ingest keeps running on the config it has, and says so
 * (this status, the claimwire_ingest_feeds_config_valid metric, the log) until a later
 * reload is applied.
 */
import { z } from 'zod';

/** At most this many problems are kept ... */
export const MAX_PROBLEMS = 20;
/** ... each cut to this many characters, so the row and the response stay small. */
export const MAX_PROBLEM_CHARS = 300;

export interface RejectedReload {
  at: Date;
  /** The first MAX_PROBLEMS validation problems, each at most MAX_PROBLEM_CHARS long. */
  problems: string[];
  /** How many problems the file had (more than `problems.length` when they were cut). */
  problemCount: number;
}

export interface FeedsConfigStatus {
  /** When ingest loaded the config it runs: at start, or the last applied reload (null: never recorded). */
  loadedAt: Date | null;
  /** The last reload, when it was rejected after that load; null once a reload is applied. */
  rejectedReload: RejectedReload | null;
}

/** Keep the first MAX_PROBLEMS problems, each cut to MAX_PROBLEM_CHARS (an ellipsis marks a cut). */
export function boundProblems(problems: readonly string[]): { problems: string[]; problemCount: number } {
  const cut = (p: string) => (p.length <= MAX_PROBLEM_CHARS ? p : `${p.slice(0, MAX_PROBLEM_CHARS - 1)}…`);
  return { problems: problems.slice(0, MAX_PROBLEMS).map(cut), problemCount: problems.length };
}

/** The feeds_config_status row as the database returns it (migration 006), checked before use. */
export const FeedsConfigStatusRow = z
  .object({
    loaded_at: z.date().nullable(),
    rejected_at: z.date().nullable(),
    problems: z.array(z.string()),
    problem_count: z.number().int().min(0),
  })
  .transform(
    (r): FeedsConfigStatus => ({
      loadedAt: r.loaded_at,
      rejectedReload: r.rejected_at
        ? { at: r.rejected_at, problems: boundProblems(r.problems).problems, problemCount: Math.max(r.problem_count, r.problems.length) }
        : null,
    }),
  );
