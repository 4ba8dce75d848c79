/** Fetches an article page with the feed fetcher's machinery and extracts its main text. */
import { fetchUrl } from '../fetch/http-fetch';
import type { FetchFailed, FetchOptions, FetchRequest } from '../fetch/types';
import { decodeHtml } from './decode-html';
import { extractMainText, type MainText } from './extract-main-text';

export const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export type ArticlePageOutcome =
  | { ok: true; kind: 'extracted'; finalUrl: string; article: MainText; charset: string }
  | { ok: false; kind: 'no_main_text' | 'not_html'; finalUrl: string; message: string }
  | { ok: false; kind: 'fetch_failed'; finalUrl: string; message: string; fetch: FetchFailed };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

export async function fetchArticlePage(req: FetchRequest, opts: FetchOptions = {}): Promise<ArticlePageOutcome> {
  const outcome = await fetchUrl({ ...req, forceUnconditional: true }, { accept: HTML_ACCEPT, ...opts });
  if (!outcome.ok) {
    return { ok: false, kind: 'fetch_failed', finalUrl: outcome.finalUrl, message: outcome.message, fetch: outcome };
  }
  if (outcome.kind !== 'ok') {
    return { ok: false, kind: 'no_main_text', finalUrl: outcome.finalUrl, message: 'server answered 304 to an unconditional request' };
  }
  if (outcome.contentType !== undefined && !HTML_TYPES.test(outcome.contentType.trim())) {
    return { ok: false, kind: 'not_html', finalUrl: outcome.finalUrl, message: `not an HTML page: ${outcome.contentType}` };
  }
  const { text, charset } = decodeHtml(outcome.body, outcome.contentType);
  const article = extractMainText(text, outcome.finalUrl);
  if (article === null) {
    return { ok: false, kind: 'no_main_text', finalUrl: outcome.finalUrl, message: 'no main text found on the page' };
  }
  return { ok: true, kind: 'extracted', finalUrl: outcome.finalUrl, article, charset };
}
