export * from './ddl';
export * from './versions';
export * from './checkpoints';
export * from './keys';
export * from './dates';
