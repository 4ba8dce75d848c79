/** Capped exponential backoff for retrying a failed batch: 0.5 s, 1 s, 2 s … up to 30 s. */
export function retryDelayMs(attempt: number, baseMs = 500, capMs = 30_000): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp);
}
