export * from './dates';
export * from './ids';
export * from './reports';
export * from './tolls';
export * from './talks';
export * from './strikes';
