import { badRequest } from '../http/problem';
import { EventId } from '../schemas/stream';

/**
 * Where a stream starts: after the id in the Last-Event-ID header (what EventSource sends when
 * it reconnects), else after the `lastEventId` query parameter, else at the newest claim
 * (undefined). An empty header counts as none; a malformed one is a 400 naming the header.
 */
export function resumeAfter(header: string | string[] | undefined, query: number | undefined): number | undefined {
  if (Array.isArray(header)) throw badRequest([{ parameter: 'Last-Event-ID', message: 'given more than once' }]);
  const raw = header?.trim();
  if (raw) {
    const r = EventId.safeParse(raw);
    if (!r.success) throw badRequest([{ parameter: 'Last-Event-ID', message: r.error.issues[0]?.message ?? 'not an event id' }]);
    return r.data;
  }
  return query;
}

/**
 * The id to resume after, given the newest one that exists: an id ahead of it (from another
 * database, or a projection version since rebuilt) resumes from the newest, so the client
 * misses nothing projected from now on.
 */
export function clampResume(after: number | undefined, newest: number): number {
  return after === undefined || after > newest ? newest : after;
}
