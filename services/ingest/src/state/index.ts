export * from './feed-state';
export * from './seen-items';
