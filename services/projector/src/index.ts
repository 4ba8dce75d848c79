export * from './service';
export * from './projection';
export * from './config';
export * as fold from './fold';
