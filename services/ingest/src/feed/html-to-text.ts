/**
 * Reduce HTML to readable plain text for the extractor: block elements become
 * blank-line separated paragraphs, <br> and list items become line breaks, entities are
 * decoded, scripts/styles and similar are dropped. Links (<a href>) are collected,
 * resolved against `base`. A raw newline in the markup stays a line break where it
 * separates structure (see `keepsSourceBreak`); inside wrapped prose it is a space. Pure.
 */
import { Parser } from 'htmlparser2';
import { isUsefulLink, resolveUrl } from './links';
import { keepsSourceBreak } from './source-breaks';

/** Marks a newline written in the markup until its paragraph is complete. */
const SOFT = '\u2028';

export interface HtmlText {
  text: string;
  links: string[];
}

const DROP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'select', 'button']);
const PARAGRAPH = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'hr',
  'address', 'form', 'fieldset', 'details', 'summary', 'body', 'html',
]);
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'caption']);
const CELL = new Set(['td', 'th']);

export function htmlToText(html: string, base: string | null = null): HtmlText {
  const paragraphs: string[] = [];
  const links: string[] = [];
  const seen = new Set<string>();
  let current = '';
  let dropDepth = 0;

  const flush = (): void => {
    const para = current
      .split('\n')
      .flatMap((line) => resolveSoftBreaks(line).split('\n'))
      .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (para !== '') paragraphs.push(para);
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (DROP.has(name)) {
          dropDepth++;
          return;
        }
        if (dropDepth > 0) return;
        if (PARAGRAPH.has(name)) flush();
        else if (LINE.has(name)) current += '\n';
        else if (CELL.has(name)) current += ' ';
        if (name === 'a' && attribs.href !== undefined && isUsefulLink(attribs.href)) {
          const url = resolveUrl(attribs.href, base);
          if (url && isUsefulLink(url) && !seen.has(url)) {
            seen.add(url);
            links.push(url);
          }
        }
      },
      ontext(text) {
        if (dropDepth > 0) return;
        current += text.replace(/[ \t\f\v\u00a0]*\r?\n\s*/g, SOFT).replace(/[^\S\u2028]+/g, ' ');
      },
      onclosetag(name, isImplied) {
        if (DROP.has(name)) {
          if (dropDepth > 0) dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (PARAGRAPH.has(name)) flush();
        else if (CELL.has(name)) current += ' ';
        else if (LINE.has(name) && name !== 'br' && !isImplied) current += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { text: paragraphs.join('\n\n'), links };
}

/** Each newline written in the markup becomes a line break or a space. */
function resolveSoftBreaks(line: string): string {
  if (!line.includes(SOFT)) return line;
  const parts = line.split(SOFT).map((part) => part.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim());
  let out = parts[0] ?? '';
  for (const next of parts.slice(1)) {
    if (next === '') continue;
    if (out === '') out = next;
    else out += (keepsSourceBreak(lastLine(out), next) ? '\n' : ' ') + next;
  }
  return out;
}

function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** Turn plain text into equivalent HTML (escaped; blank lines -> paragraphs, newlines -> <br>). */
export function textToHtml(text: string): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = esc.split(/\n[ \t]*\n+/).map((p) => p.trim()).filter((p) => p !== '');
  if (paras.length <= 1) return (paras[0] ?? '').replace(/\n/g, '<br>');
  return paras.map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('');
}

/** Does this string look like it contains HTML markup or entities? */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[A-Za-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(s);
}
