export * from './env';
export * from './yaml-file';
export * from './errors';
export * from './topics';
export * from './exit';
export * from './gazetteer';
