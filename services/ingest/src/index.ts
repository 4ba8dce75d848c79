export * from './service';
export * from './config';
export * from './poll-feed';
export * from './scheduler';
export * from './feeds-config';
export * from './items';
export * from './state';
export { parseFeed } from './feed';
export { createAddressGuard } from './fetch';
