export * from './schema';
export * from './load';
export * from './watch';
export * from './address-warnings';
