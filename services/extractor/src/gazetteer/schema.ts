// The gazetteer's schema lives in @claimwire/config, so the gateway (which reads the places'
// coordinates) validates the same file the same way without depending on the extractor.
export {
  GazetteerSchema,
  GazetteerPartyId as PartyId,
  PartySchema,
  OrganizationSchema,
  PersonSchema,
  PlaceSchema,
  ReporterSchema,
  ConflictSchema,
  type GazetteerConfig,
  type PartyConfig,
  type PersonConfig,
  type PlaceConfig,
  type OrganizationConfig,
  type ReporterConfig,
} from '@claimwire/config';
