import { z } from 'zod';
import { Outcome, PartyId, TalksStatus } from '@claimwire/events';
import { Cursor, DateParam, Limit, NextCursor, NullableDate, Precision, Source, Text, Timestamp } from './common';

export const TalksQuery = z.object({
  party: PartyId.optional().meta({ description: 'Tracks with this party at the table.' }),
  status: TalksStatus.optional().meta({ description: 'Tracks with a round of this status.' }),
  location: Text.optional().meta({ description: 'Tracks with a round at this venue (case-insensitive).' }),
  from: DateParam.optional(),
  to: DateParam.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type TalksQuery = z.infer<typeof TalksQuery>;

export const Round = z
  .object({
    roundId: z.string(),
    round: z.number().int().nullable(),
    location: z.string().nullable(),
    date: NullableDate,
    precision: Precision,
    status: TalksStatus,
    parties: z.array(z.string()).meta({ description: 'Every party reports of the round name, mediators included; the track holds the two sides.' }),
    participants: z.array(z.string()),
    outcomes: z.array(Outcome),
    firstSeen: Timestamp,
    lastSeen: Timestamp,
    sourceCount: z.number().int(),
    sources: z.array(Source).meta({ description: 'The first sources, oldest first (5 in lists, 50 in a series or track history); sourceCount is the full number, GET /v1/sources?entity= lists all.' }),
  })
  .meta({ id: 'Round', description: 'One round of talks; a round reported as scheduled and later as held is one round whose status moved.' });

export const TrackTotals = z
  .object({
    rounds: z.object({ held: z.number().int(), scheduled: z.number().int(), cancelled: z.number().int() }),
    prisonersExchanged: z.number().int().meta({ description: 'Prisoners exchanged in exchanges carried out.' }),
    prisonersAgreed: z.number().int().meta({ description: 'Prisoners agreed to be exchanged in exchanges not (yet) reported carried out; never added to prisonersExchanged.' }),
    releasedByParty: z.record(z.string(), z.number().int()).meta({ description: 'Prisoners released to each party.' }),
    bodiesRepatriated: z.number().int(),
    agreements: z.array(z.string()),
  })
  .meta({ id: 'TrackTotals', description: 'Running totals over the rounds that were held.' });

export const TrackSummary = z
  .object({
    trackId: z.string(),
    parties: z.array(z.string()),
    roundCount: z.number().int(),
    latestRound: Round.nullable(),
    totals: TrackTotals,
  })
  .meta({ id: 'TrackSummary' });

export const TalksPage = z.object({ items: z.array(TrackSummary), nextCursor: NextCursor }).meta({ id: 'TalksPage' });

export const TrackDetail = z
  .object({ trackId: z.string(), parties: z.array(z.string()), rounds: z.array(Round), totals: TrackTotals })
  .meta({ id: 'TrackDetail' });
