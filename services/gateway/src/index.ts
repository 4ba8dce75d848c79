export * from './app';
export * from './config';
export { loadPlaces, loadReporterIds, DEFAULT_GAZETTEER_FILE } from './places-file';
