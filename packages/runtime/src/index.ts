export * from './shutdown';
export * from './health-server';
export * from './adapters';
export * from './topics';
export * from './database';
