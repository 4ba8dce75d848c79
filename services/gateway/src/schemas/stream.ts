import { z } from 'zod';
import { CLAIM_KINDS, PartyId } from '@claimwire/events';
import { MinConfidence, Text, Timestamp } from './common';
import { ClaimListItem } from './listings';

/** Schemas of GET /v1/stream (Server-Sent Events of claims as they are projected). */

/**
 * An event id of the stream: the claim's projection sequence number (projected_claims.seq),
 * decimal, no sign or leading zeros. At most 15 digits, so it is exact as a JS number.
 */
export const EventId = z
  .string()
  .regex(/^(0|[1-9]\d{0,14})$/, 'must be an event id of this stream (a whole number, 0 or more)')
  .transform(Number);

export const StreamQuery = z.object({
  kind: z.enum(CLAIM_KINDS).optional().meta({ description: 'Only claims of this kind.' }),
  party: PartyId.optional().meta({ description: "A party the claim names: a toll's party, a talks party, a strike's attacker or target." }),
  feed: Text.optional().meta({ description: 'Only claims read from articles of this feed.' }),
  minConfidence: MinConfidence,
  lastEventId: EventId.optional().meta({
    description:
      'Resume after this event id, like the Last-Event-ID header (for clients that cannot set headers; the header wins). Without either, the stream starts at the newest claim.',
  }),
});
export type StreamQuery = z.infer<typeof StreamQuery>;

/** What the filters of a stream select (the query without its resume point). */
export type StreamFilter = Omit<StreamQuery, 'lastEventId'>;

export const StreamHeaders = z.object({
  'last-event-id': EventId.optional().meta({
    description:
      'The id of the last event received: the stream resumes with the claims projected after it (EventSource sends it on every reconnect). An id ahead of the newest resumes from the newest.',
  }),
});

export const StreamedClaim = ClaimListItem.extend({
  projectedAt: Timestamp.meta({ description: 'When the claim became visible in the read models (its projection committed).' }),
}).meta({
  id: 'StreamedClaim',
  description: 'The data of a `claim` event: the claim as GET /v1/claims lists it, and when it was projected. The event id is its projection sequence number.',
});
export type StreamedClaim = z.input<typeof StreamedClaim>;
