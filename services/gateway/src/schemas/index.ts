export * from './common';
export * from './tolls';
export * from './talks';
export * from './strikes';
export * from './provenance';
export * from './feeds';
export * from './listings';
export * from './stream';
