export * from './service';
export * from './projection';
export * from './config';
export * from './rebuild';
export { applyArticle, applyClaim, type RecordPosition } from './apply';
