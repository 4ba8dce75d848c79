/**
 * The gazetteer file's schema (config/gazetteer.yaml): parties, organizations, people, places and
 * reporters. The extractor compiles it into its matching rules; the gateway reads the places'
 * coordinates from it to put strikes on the map.
 */
import { z } from 'zod';

/** Party ids are lower-case kebab words, e.g. "united-states". */
export const GazetteerPartyId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'party id must be lower-case kebab-case');

const Name = z.string().trim().min(1, 'must not be empty');
const Names = z.array(Name).default([]);

export const PartySchema = z.strictObject({
  id: GazetteerPartyId,
  names: z.array(Name).min(1, 'a party needs at least one name'),
  adjectives: Names,
  capitals: Names,
  institutions: Names,
});

export const OrganizationSchema = z.strictObject({
  name: Name,
  short: Name.optional(),
  aliases: Names,
  party: GazetteerPartyId.nullable().optional(),
});

export const PersonSchema = z.strictObject({
  name: Name,
  surname: Name,
  aliases: Names,
  party: GazetteerPartyId,
  role: z.string().trim().default(''),
  negotiator: z.boolean().default(false),
});

/** Degrees north (WGS 84), -90 to 90. */
export const Latitude = z.number().min(-90, 'latitude must be at least -90').max(90, 'latitude must be at most 90');
/** Degrees east (WGS 84), -180 to 180. */
export const Longitude = z.number().min(-180, 'longitude must be at least -180').max(180, 'longitude must be at most 180');

/**
 * A place the extractor recognises. `lat`/`lon` (WGS 84 degrees, a city's centre or a region's
 * centroid) are optional, but given together: they put the place's strikes on the map.
 */
export const PlaceSchema = z
  .strictObject({
    name: Name,
    aliases: Names,
    party: GazetteerPartyId.nullable().default(null),
    kind: z.enum(['venue', 'city', 'region']),
    lat: Latitude.optional(),
    lon: Longitude.optional(),
    /** held in whole or in part by the other side of the war (occupied Crimea, Donetsk): its party attacks it too */
    contested: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.lat === undefined) !== (p.lon === undefined)) {
      ctx.addIssue({ code: 'custom', path: [p.lat === undefined ? 'lat' : 'lon'], message: 'lat and lon are given together or not at all' });
    }
  });

/**
 * Who states figures, as one entity however it is written: "General Staff" and "Ukraine's
 * General Staff" are one reporter. An alias may be shared ("defence ministry"): then the
 * country the text ties the reporter to decides, and without one the name stays as written.
 * People and organizations are reporters too, under their own names; an entry here takes
 * their aliases over (a minister reporting for his ministry: alias the surname here).
 */
export const ReporterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'reporter id must be lower-case kebab-case'),
  name: Name,
  country: GazetteerPartyId.nullable().default(null),
  aliases: Names,
  /** whom its tolls count when the text does not say: a civilian-casualty monitor counts civilians */
  counts: z.enum(['civilian', 'military']).optional(),
});

export const ConflictSchema = z.strictObject({
  sides: z.array(GazetteerPartyId).length(2, 'a conflict has exactly two sides'),
  /** the side on whose territory the war is mostly fought: civilian tolls with no named country */
  theatre: GazetteerPartyId.optional(),
  /**
   * The day the war (in the form its tolls count) began, YYYY-MM-DD: a count "since" a later
   * day is a window, not the war's running total ("628,000 casualties since January 2024").
   */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
});

export const GazetteerSchema = z
  .strictObject({
    version: z.literal(1),
    conflicts: z.array(ConflictSchema).default([]),
    parties: z.array(PartySchema).min(1, 'at least one party is required'),
    organizations: z.array(OrganizationSchema).default([]),
    people: z.array(PersonSchema).default([]),
    places: z.array(PlaceSchema).default([]),
    reporters: z.array(ReporterSchema).default([]),
  })
  .superRefine((g, ctx) => {
    const ids = new Set<string>();
    g.parties.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['parties', i, 'id'], message: `duplicate party id "${p.id}"` });
      ids.add(p.id);
    });
    const check = (id: string | null | undefined, path: (string | number)[]) => {
      if (id && !ids.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown party id "${id}"` });
    };
    g.conflicts.forEach((c, i) => c.sides.forEach((s, j) => check(s, ['conflicts', i, 'sides', j])));
    g.conflicts.forEach((c, i) => {
      if (c.theatre && !c.sides.includes(c.theatre)) ctx.addIssue({ code: 'custom', path: ['conflicts', i, 'theatre'], message: `theatre "${c.theatre}" is not a side of the conflict` });
    });
    g.organizations.forEach((o, i) => check(o.party, ['organizations', i, 'party']));
    g.people.forEach((p, i) => check(p.party, ['people', i, 'party']));
    g.places.forEach((p, i) => check(p.party, ['places', i, 'party']));
    const reporterIds = new Set<string>();
    g.reporters.forEach((r, i) => {
      check(r.country, ['reporters', i, 'country']);
      if (reporterIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['reporters', i, 'id'], message: `duplicate reporter id "${r.id}"` });
      reporterIds.add(r.id);
    });
  });

export type GazetteerConfig = z.infer<typeof GazetteerSchema>;
export type PartyConfig = z.infer<typeof PartySchema>;
export type PersonConfig = z.infer<typeof PersonSchema>;
export type PlaceConfig = z.infer<typeof PlaceSchema>;
export type OrganizationConfig = z.infer<typeof OrganizationSchema>;
export type ReporterConfig = z.infer<typeof ReporterSchema>;
