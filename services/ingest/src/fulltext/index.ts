export { extractMainText, type MainText } from './extract-main-text';
export { decodeHtml } from './decode-html';
export { fetchArticlePage, type ArticlePageOutcome } from './fetch-article';
