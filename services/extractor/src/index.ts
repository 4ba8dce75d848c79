export * from './service';
export * from './handler';
export * from './claim-events';
export * from './config';
export * from './extraction';
export * from './gazetteer';
