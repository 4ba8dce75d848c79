export * from './format-duration';
export * from './health-reason';
export * from './stored-counters';
