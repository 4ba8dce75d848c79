export { loadGazetteer, parseGazetteer, parseGazetteerYaml, GazetteerError } from './load';
export { compileGazetteer, type Gazetteer, type EntityRef, type IndexEntry, type PartyForm } from './compile';
export { GazetteerSchema, type GazetteerConfig, type PersonConfig, type PlaceConfig, type PartyConfig, type OrganizationConfig } from './schema';
export { tokenize, type Token } from './tokens';
