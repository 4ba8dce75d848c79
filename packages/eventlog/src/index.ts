export * from './port';
export * from './kafka';
export * from './retry';
export * from './dead-letters';
export * from './embedded';
