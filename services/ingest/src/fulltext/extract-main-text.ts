/**
 * Pure main-text extraction from an article page (for feeds marked fullText: true), using
 * Mozilla Readability on a linkedom DOM. Same HTML + URL in, same result out.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface MainText {
  title: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  /** Absolute http(s) links found in the main content, in order, without duplicates. */
  links: string[];
  byline?: string;
  excerpt?: string;
  siteName?: string;
  lang?: string;
  publishedTime?: string;
}

/** Pages larger than this are cut before parsing (keeps CPU bounded on hostile pages). */
export const MAX_HTML_CHARS = 3_000_000;
/** Below this many characters of text, we say there is no main text. */
export const MIN_TEXT_CHARS = 140;

/** Private-use marker for <br>: survives whitespace collapsing, becomes a single newline. */
const LINE_BREAK = '\uE000';
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Serialises a DOM subtree to text, breaking paragraphs at block elements. */
function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current
      .replace(/\s+/g, ' ')
      .replace(/ ?\uE000 ?/g, '\n')
      .replace(/^\n+|\n+$/g, '')
      .trim();
    if (t !== '') blocks.push(t);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += LINE_BREAK;
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child !== undefined) walk(child);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

function baseUrlOf(document: { querySelector(sel: string): { getAttribute(n: string): string | null } | null }, pageUrl: string): string {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      /* fall through to the page URL */
    }
  }
  return pageUrl;
}

function nonEmpty(s: string | null | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

/**
 * Extracts the main text of an article page. Returns null when the page has no recognisable
 * main text (index pages, paywalls, empty shells); never throws on bad HTML.
 */
export function extractMainText(html: string, url: string): MainText | null {
  try {
    const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
    const { document } = parseHTML(source);
    const base = baseUrlOf(document, url);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
    if (article === null || article.content == null) return null;

    const { document: contentDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const body = contentDoc.body as unknown as DomNode;
    const text = blockText(body);
    if (text.length < MIN_TEXT_CHARS) return null;

    const links: string[] = [];
    const seen = new Set<string>();
    for (const a of contentDoc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (!href) continue;
      let abs: URL;
      try {
        abs = new URL(href, base);
      } catch {
        continue;
      }
      if (abs.protocol !== 'http:' && abs.protocol !== 'https:') continue;
      if (!seen.has(abs.href)) {
        seen.add(abs.href);
        links.push(abs.href);
      }
    }

    const result: MainText = { title: nonEmpty(article.title) ?? '', text, links };
    const optional = {
      byline: nonEmpty(article.byline),
      excerpt: nonEmpty(article.excerpt),
      siteName: nonEmpty(article.siteName),
      lang: nonEmpty(article.lang),
      publishedTime: nonEmpty(article.publishedTime),
    };
    for (const [k, v] of Object.entries(optional)) if (v !== undefined) (result as unknown as Record<string, string>)[k] = v;
    return result;
  } catch {
    return null;
  }
}
