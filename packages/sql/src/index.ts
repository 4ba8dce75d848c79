export * from './port';
export * from './pg';
export * from './migrations';
export * from './identifiers';
export * from './pglite';
export * from './stream';
