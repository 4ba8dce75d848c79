export * from './config';
export * from './standalone';
export * from './sample-feeds-server';
