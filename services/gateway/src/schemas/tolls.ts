import { z } from 'zod';
import { Bound, Measure, PartyId, PeriodWindow, Population, Scope } from '@claimwire/events';
import { Cursor, DateParam, Limit, NextCursor, NullableDate, Precision, Source, Text, Timestamp } from './common';

export const TollsQuery = z.object({
  party: PartyId.optional().meta({ description: 'Whose people are counted, e.g. ukraine.' }),
  population: Population.optional(),
  measure: Measure.optional(),
  reportedBy: Text.optional().meta({ description: 'Who states the figures: part of the name as written or of the reporter\'s entity name matches (case-insensitive), or the entity id.' }),
  reporter: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(100).optional().meta({ description: 'The reporter entity id, e.g. uk-defence-ministry.' }),
  reporterCountry: PartyId.optional().meta({ description: 'Reporters of this country, e.g. russia (the Russian Defence Ministry).' }),
  scope: Scope.optional().meta({ description: 'Only series (and figures) of this scope: running totals, or figures for a period.' }),
  period: PeriodWindow.optional().meta({ description: 'Only period series of this window (day, week, month, other).' }),
  from: DateParam.optional().meta({ description: 'Only figures as of this date or later.' }),
  to: DateParam.optional().meta({ description: 'Only figures as of this date or earlier.' }),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type TollsQuery = z.infer<typeof TollsQuery>;

export const SeriesQuery = TollsQuery.pick({ scope: true, from: true, to: true });

export const Reporter = z
  .object({
    id: z.string().nullable().meta({ description: 'The gazetteer entity id; null for a reporter the gazetteer does not know.' }),
    name: z.string().meta({ description: 'The entity\'s display name, else the name as first written.' }),
    country: PartyId.nullable().meta({ description: 'The party the reporter speaks for, when known.' }),
  })
  .meta({ id: 'Reporter', description: 'Who states a series\' figures, as one entity however articles write it.' });

const SeriesIdentity = {
  seriesId: z.string(),
  party: z.string(),
  population: Population,
  measure: Measure,
  scope: Scope.meta({ description: 'A series holds running totals or figures for one window, never both.' }),
  period: PeriodWindow.nullable().meta({ description: 'The window of a period series; null for running totals.' }),
  reportedBy: z.string().nullable().meta({ description: 'The reporter\'s name as first written.' }),
  reporter: Reporter.nullable(),
};
export type SeriesQuery = z.infer<typeof SeriesQuery>;

export const Change = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    delta: z.number().int(),
    percent: z.number().nullable().meta({ description: 'One decimal; null when the previous value is 0.' }),
    fromAsOf: NullableDate,
    toAsOf: NullableDate,
    days: z.number().int().nullable().meta({ description: 'Days between the two asOf dates (by their first day).' }),
  })
  .meta({ id: 'Change', description: 'How a series moved from the previous figure of the same scope: 43,000 -> 55,000 is +12,000 (+27.9%).' });

export const Figure = z
  .object({
    figureId: z.string(),
    value: z.number().int(),
    bound: Bound,
    asOf: NullableDate,
    precision: Precision,
    scope: Scope,
    firstSeen: Timestamp,
    sourceCount: z.number().int(),
    sources: z.array(Source).meta({ description: 'The first sources, oldest first (5 in lists, 50 in a series or track history); sourceCount is the full number, GET /v1/sources?entity= lists all.' }),
  })
  .meta({ id: 'Figure', description: 'One figure, however many articles reported it.' });

export const SeriesSummary = z
  .object({
    ...SeriesIdentity,
    figureCount: z.number().int(),
    latest: Figure.nullable().meta({ description: 'The latest cumulative figure (latest asOf), else the latest period figure.' }),
    change: Change.nullable(),
  })
  .meta({ id: 'SeriesSummary' });

export const TollsPage = z.object({ items: z.array(SeriesSummary), nextCursor: NextCursor }).meta({ id: 'TollsPage' });

export const SeriesDetail = z
  .object({
    ...SeriesIdentity,
    latest: Figure.nullable(),
    figures: z.array(Figure.extend({ change: Change.nullable() })).meta({ description: 'Oldest first.' }),
    otherReporters: z
      .array(
        z.object({ seriesId: z.string(), reportedBy: z.string().nullable(), reporter: Reporter.nullable(), latestValue: z.number().int().nullable(), latestAsOf: NullableDate }),
      )
      .meta({ description: 'The same party, population, measure and scope as told by others: side by side, never merged.' }),
  })
  .meta({ id: 'SeriesDetail' });
