/** Tell what a decoded body is from its content (never from a URL or file name). */
import { ATOM10_ALIASES, NS } from './namespaces';
import { attr, type XmlElement } from './xml-dom';
import type { FeedFormat } from './types';

export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'json'; start: number }
  | { kind: 'xml'; start: number; junk: boolean }
  | { kind: 'other'; sample: string };

/** Look at the first non-blank characters. */
export function sniffBody(text: string): Sniffed {
  const m = /^[\s\uFEFF\u200B]*/.exec(text);
  const start = m ? m[0].length : 0;
  if (start >= text.length) return { kind: 'empty' };
  const c = text[start];
  if (c === '{') return { kind: 'json', start };
  if (c === '<') return { kind: 'xml', start, junk: false };
  // Junk (often a server warning) before the document: accept when a feed root follows soon.
  const head = text.slice(start, start + 4096);
  const at = head.search(/<\?xml\s|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/);
  if (at > 0) return { kind: 'xml', start: start + at, junk: true };
  return { kind: 'other', sample: text.slice(start, start + 40) };
}

/** The feed format named by the root element, or null when it is not a feed root. */
export function formatOfRoot(root: XmlElement): { format: FeedFormat; note?: string } | null {
  const local = root.local;
  if (local === 'rss') return { format: 'rss2' };
  if (local === 'RDF') return { format: 'rss1' };
  if (local === 'feed') {
    if (root.ns === NS.atom03) return { format: 'atom03' };
    if (ATOM10_ALIASES.has(root.ns)) return { format: 'atom1' };
    if (root.ns === '') {
      const v = attr(root, 'version');
      return v?.trim() === '0.3'
        ? { format: 'atom03', note: 'Atom feed without its namespace' }
        : { format: 'atom1', note: 'Atom feed without its namespace' };
    }
    return null;
  }
  if (local === 'channel') {
    return root.ns === NS.rss10 || root.ns === NS.rss090
      ? { format: 'rss1', note: 'RSS channel without rdf:RDF' }
      : { format: 'rss2', note: 'RSS channel without an rss element' };
  }
  return null;
}
