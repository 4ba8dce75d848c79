export * from './app';
export * from './config';
export { loadPlaces, DEFAULT_GAZETTEER_FILE } from './places-file';
