export { loadGazetteer, parseGazetteer, parseGazetteerYaml, GazetteerError } from './load';
export { compileGazetteer, type Gazetteer, type EntityRef, type IndexEntry, type PartyForm } from './compile';
export { GazetteerSchema, type GazetteerConfig, type PersonConfig, type PlaceConfig, type PartyConfig, type OrganizationConfig, type ReporterConfig } from './schema';
export { tokenize, type Token } from './tokens';
export { resolveReporter, reporterAliasKey, type ReporterEntity, type ReporterIndex } from './reporters';
export { sidesOf } from './sides';
export { canonicalPlace, type PlaceNames } from './places';
