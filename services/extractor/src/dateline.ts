/**
 * The date an article's relative dates ("on Tuesday", "yesterday", "last month") are read
 * against. Ingest clamps a publication date that lies after its own clock to the moment it
 * fetched the item (`published`), and keeps the feed's value in `publishedRaw`. A clock
 * behind the newsroom's, or an article stamped hours ahead, would otherwise have every relative
 * date read from the wrong day; so the feed's own date is used when it parses and lies ahead
 * by no more than MAX_AHEAD_DAYS. Beyond that it is taken as a broken stamp, and the clamped
 * date stands.
 */
export const MAX_AHEAD_DAYS = 400;
const DAY_MS = 86_400_000;

export function readingDate(published: string, publishedRaw: string | null): string {
  if (publishedRaw === null) return published;
  const raw = Date.parse(publishedRaw);
  const clamped = Date.parse(published);
  if (Number.isNaN(raw) || Number.isNaN(clamped)) return published;
  const ahead = raw - clamped;
  if (ahead <= 0 || ahead > MAX_AHEAD_DAYS * DAY_MS) return published;
  return new Date(raw).toISOString();
}
