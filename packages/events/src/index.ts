export * from './vocabulary';
export * from './claims';
export * from './articles';
export * from './ids';
export * from './envelope';
export * from './registry';
export * from './codec';
export * from './dead-letter';
