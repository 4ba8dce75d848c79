import { z } from 'zod';
import { PartyId, TargetType, Weapon } from '@claimwire/events';
import { Cursor, DateParam, Limit, NextCursor, NullableDate, Precision, Source, Text, Timestamp } from './common';

export const StrikesFilter = z.object({
  attacker: PartyId.optional(),
  target: PartyId.optional(),
  targetType: TargetType.optional(),
  location: Text.optional().meta({ description: 'A city or region as written (case-insensitive).' }),
  weapon: Weapon.optional(),
  from: DateParam.optional(),
  to: DateParam.optional(),
});
export type StrikesFilter = z.infer<typeof StrikesFilter>;
export const StrikesQuery = StrikesFilter.extend({ limit: Limit, cursor: Cursor.optional() });
export type StrikesQuery = z.infer<typeof StrikesQuery>;

export const StrikeTotals = z
  .object({ strikes: z.number().int(), killed: z.number().int(), injured: z.number().int() })
  .meta({ id: 'StrikeTotals', description: 'Over every strike the filter selects, not just this page.' });

export const Strike = z
  .object({
    strikeId: z.string(),
    attacker: z.string().nullable(),
    target: z.string().nullable(),
    targetType: TargetType,
    locations: z.array(z.string()),
    date: NullableDate,
    precision: Precision,
    weapons: z.array(Weapon),
    killed: z.number().int().nullable(),
    injured: z.number().int().nullable(),
    firstSeen: Timestamp,
    sourceCount: z.number().int(),
    sources: z.array(Source).meta({ description: 'The first sources, oldest first (5 in lists, 50 in a series or track history); sourceCount is the full number, GET /v1/sources?entity= lists all.' }),
  })
  .meta({ id: 'Strike', description: 'One attack, however many articles reported it.' });

export const StrikesPage = z
  .object({ items: z.array(Strike), totals: StrikeTotals, nextCursor: NextCursor })
  .meta({ id: 'StrikesPage' });

export const StrikeSummary = z
  .object({
    weeks: z.array(
      z.object({
        weekStart: z.string().meta({ description: 'The Monday the ISO week starts on.' }),
        targetType: TargetType,
        strikes: z.number().int(),
        killed: z.number().int(),
        injured: z.number().int(),
      }),
    ),
    totals: StrikeTotals,
    notInWeeks: z.number().int().meta({ description: 'Strikes the filter selects whose date is missing or coarser than a day (in totals, not in weeks).' }),
  })
  .meta({ id: 'StrikeSummary', description: 'Dated strikes per week and target type, newest week first.' });
