export * from './dates';
export * from './ids';
export * from './tolls';
export * from './talks';
export * from './strikes';
