export * from './rebuild';
export * from './progress';
