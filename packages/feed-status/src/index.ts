export * from './config-reload';
export * from './config-reload-store';
export * from './format-duration';
export * from './health-reason';
export * from './stored-counters';
