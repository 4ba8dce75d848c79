export * from './read-model';
export * from './fold';
export * from './ids';
export * from './rows';
export { STRIKE_ORDER_KEY } from './ddl';
