export * from './letters';
export * from './read';
export * from './replay';
export * from './commands';
