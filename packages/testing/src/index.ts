export * from './services';
export * from './database';
export * from './topics';
export * from './wait';
export * as fixtures from './fixtures';
export * from './checksum';
export * from './processes';
export * from './feed-server';
export * from './pipeline-env';
