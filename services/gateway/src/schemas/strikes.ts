import { z } from 'zod';
import { PartyId, TargetType, Weapon } from '@claimwire/events';
import { Cursor, DateParam, NextCursor, NullableDate, Precision, Source, Text, Timestamp, pageLimit } from './common';

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
/**
 * Strikes pages hold 50 by default: each strike carries its sources (~1 KB a strike), and 50 is
 * what a screen of the list shows; the dashboard and exports that want more ask (up to 500).
 */
export const STRIKES_PAGE_SIZE = 50;
export const StrikesQuery = StrikesFilter.extend({ limit: pageLimit(STRIKES_PAGE_SIZE), cursor: Cursor.optional() });
export type StrikesQuery = z.infer<typeof StrikesQuery>;

export const StrikeTotals = z
  .object({ strikes: z.number().int(), killed: z.number().int(), injured: z.number().int() })
  .meta({ id: 'StrikeTotals', description: 'Over every strike the filter selects, not just this page.' });

export const StrikeLocation = z
  .object({
    lat: z.number().meta({ description: 'Degrees north (WGS 84).' }),
    lon: z.number().meta({ description: 'Degrees east (WGS 84).' }),
    place: z.string().meta({ description: 'The place drawn, under its gazetteer name ("Kharkov" is Kharkiv), or an area named after a known city ("Odesa district", drawn at Odesa).' }),
    kind: z.enum(['city', 'district', 'region']).meta({ description: "How precise: a city's centre, a district drawn at its city, or a region's centroid." }),
  })
  .meta({
    id: 'StrikeLocation',
    description: "Where the strike is drawn: its most specific place that the gazetteer gives coordinates (a city over a region). Null when it gives none of the strike's places.",
  });

export const Strike = z
  .object({
    strikeId: z.string(),
    attacker: z.string().nullable(),
    target: z.string().nullable(),
    targetType: TargetType,
    locations: z.array(z.string()),
    location: StrikeLocation.nullable(),
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

export const StrikeFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string().meta({ description: 'The strike id.' }),
    geometry: z.object({
      type: z.literal('Point'),
      coordinates: z.tuple([z.number(), z.number()]).meta({ description: '[longitude, latitude] (RFC 7946 order), of the place in properties.place.' }),
    }),
    properties: z.object({
      id: z.string().meta({ description: 'The strike id (GET /v1/strikes/{id}).' }),
      date: NullableDate,
      precision: Precision,
      attacker: z.string().nullable(),
      target: z.string().nullable(),
      targetType: TargetType,
      killed: z.number().int().nullable(),
      injured: z.number().int().nullable(),
      place: z.string().meta({ description: 'The place the point stands for (StrikeLocation.place).' }),
      placeKind: StrikeLocation.shape.kind,
      locations: z.array(z.string()).meta({ description: 'Every place of the strike as reports wrote them.' }),
      href: z.string().meta({ description: 'The strike with its sources and evidence: /v1/strikes/{id}, relative to this API.', format: 'uri-reference' }),
    }),
  })
  .meta({ id: 'StrikeFeature', description: 'One strike as a GeoJSON Point feature at its best-resolved place.' });

export const StrikeFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(StrikeFeature),
    unmapped: z
      .number()
      .int()
      .meta({ description: 'A foreign member (RFC 7946 section 6.1): the strikes the filter selects that have no coordinates (no place the gazetteer locates), left out of features.' }),
  })
  .meta({
    id: 'StrikeFeatureCollection',
    description: 'Every strike the filter selects that can be placed (paging ignored), newest first, as a GeoJSON FeatureCollection (RFC 7946).',
  });
