/** A minimal, namespace-resolved XML tree and the read helpers the mappers use. */
import { NS } from './namespaces';
import { resolveUrl } from './links';

export interface XmlAttr {
  name: string;
  local: string;
  ns: string;
  value: string;
}

export interface XmlText {
  type: 'text';
  value: string;
}

export interface XmlElement {
  type: 'element';
  /** Qualified name as written. */
  name: string;
  local: string;
  ns: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  parent: XmlElement | null;
}

export type XmlNode = XmlElement | XmlText;

export function attr(el: XmlElement, local: string, ns = ''): string | null {
  for (const a of el.attrs) if (a.local === local && a.ns === ns) return a.value;
  return null;
}

export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element');
}

/** Child elements with this local name in one of the namespaces. */
export function childrenNamed(el: XmlElement, nss: readonly string[], local: string): XmlElement[] {
  return elements(el).filter((c) => c.local === local && nss.includes(c.ns));
}

export function childNamed(el: XmlElement, nss: readonly string[], local: string): XmlElement | null {
  for (const c of el.children) if (c.type === 'element' && c.local === local && nss.includes(c.ns)) return c;
  return null;
}

/** All descendant text, concatenated. */
export function textContent(node: XmlNode): string {
  if (node.type === 'text') return node.value;
  let out = '';
  const stack: XmlNode[] = [...node.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.value;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

export function hasElementChildren(el: XmlElement): boolean {
  return el.children.some((c) => c.type === 'element');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/**
 * Serialise the children of `el` as HTML-ish markup (local names, no namespace
 * declarations): for XHTML content and RSS elements that hold unescaped HTML.
 */
export function innerMarkup(el: XmlElement): string {
  let out = '';
  const walk = (n: XmlNode): void => {
    if (n.type === 'text') {
      out += escapeText(n.value);
      return;
    }
    out += `<${n.local}`;
    for (const a of n.attrs) {
      if (a.ns === NS.xmlns || a.name === 'xmlns') continue;
      out += ` ${a.ns === NS.xml ? `xml:${a.local}` : a.local}="${escapeAttr(a.value)}"`;
    }
    out += '>';
    for (const c of n.children) walk(c);
    out += `</${n.local}>`;
  };
  for (const c of el.children) walk(c);
  return out;
}

/** The base URL in force at `el`: the document URL refined by every xml:base above it. */
export function baseOf(el: XmlElement, documentUrl: string | null): string | null {
  const chain: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const b = attr(e, 'base', NS.xml);
    if (b !== null) chain.push(b.trim());
  }
  let base = documentUrl;
  for (let i = chain.length - 1; i >= 0; i--) base = resolveUrl(chain[i]!, base) ?? base;
  return base;
}

/** The xml:lang in force at `el`. */
export function langOf(el: XmlElement): string | null {
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const l = attr(e, 'lang', NS.xml);
    if (l !== null && l.trim() !== '') return l.trim();
  }
  return null;
}
