export * from './service';
export * from './projection';
export * from './config';
export * from './rebuild';
export * as fold from './fold';
export { applyArticle, applyClaim, type RecordPosition } from './apply';
