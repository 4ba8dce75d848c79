export * from './identity';
export * from './article';
export * from './diff';
