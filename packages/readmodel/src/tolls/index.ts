export * from './fold';
export * from './ids';
