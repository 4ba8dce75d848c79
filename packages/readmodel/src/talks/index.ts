export * from './read-model';
export * from './fold';
export * from './ids';
export * from './rows';
