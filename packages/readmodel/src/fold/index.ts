export * from './dates';
export * from './hash-id';
export * from './reports';
export * from './sorted-union';
export * from './same-json';
