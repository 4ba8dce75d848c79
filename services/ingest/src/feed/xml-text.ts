/** Reading text constructs (Atom 1.0, Atom 0.3, RSS) and links out of the XML tree. */
import { decodeHTML } from 'entities';
import { htmlToText } from './html-to-text';
import type { Body } from './item';
import { resolveUrl } from './links';
import { attr, baseOf, childNamed, childrenNamed, elements, hasElementChildren, innerMarkup, textContent, type XmlElement } from './xml-dom';

/** Atom 1.0 text construct: type = text | html | xhtml (or a MIME type for content). */
export function atom10Body(el: XmlElement | null): Body | null {
  if (!el) return null;
  if (attr(el, 'src') !== null && el.children.length === 0) return null; // out-of-line content
  const type = (attr(el, 'type') ?? '').trim().toLowerCase() || 'text';
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (type.endsWith('xml') && hasElementChildren(el))) {
    const div = elements(el).length === 1 ? elements(el)[0]! : null;
    const holder = div && div.local === 'div' && textContent(el).trim() === textContent(div).trim() ? div : el;
    return { value: innerMarkup(holder), kind: 'html' };
  }
  if (type === 'html' || type === 'text/html') return { value: textContent(el), kind: 'html' };
  if (type === 'text' || type.startsWith('text/')) return { value: textContent(el), kind: 'text' };
  // Any other MIME type is base64 (RFC 4287 4.1.3.3): keep it only when it decodes to text.
  const decoded = decodeBase64Text(textContent(el));
  return decoded === null ? null : { value: decoded, kind: 'text' };
}

function decodeBase64Text(b64: string): string | null {
  const clean = b64.replace(/\s+/g, '');
  if (clean === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(clean, 'base64'));
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000E-\u001F]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/** Atom 0.3 content construct: mode = xml | escaped | base64, type = MIME type. */
export function atom03Body(el: XmlElement | null): Body | null {
  if (!el) return null;
  const mode = (attr(el, 'mode') ?? 'xml').trim().toLowerCase();
  const type = (attr(el, 'type') ?? 'text/plain').trim().toLowerCase();
  const kind: Body['kind'] = type.includes('html') || type.includes('xml') ? 'html' : 'text';
  if (mode === 'base64') {
    const decoded = decodeBase64Text(textContent(el));
    return decoded === null ? null : { value: decoded, kind };
  }
  if (mode === 'escaped') return { value: textContent(el), kind };
  if (hasElementChildren(el)) {
    const els = elements(el);
    const holder = els.length === 1 && els[0]!.local === 'div' ? els[0]! : el;
    return { value: innerMarkup(holder), kind: 'html' };
  }
  return { value: textContent(el), kind };
}

/** RSS elements hold escaped HTML by convention; some hold raw (unescaped) markup. */
export function rssBody(el: XmlElement | null): Body | null {
  if (!el) return null;
  if (hasElementChildren(el)) {
    const els = elements(el);
    const holder = els.length === 1 && els[0]!.local === 'body' ? els[0]! : el;
    return { value: innerMarkup(holder), kind: 'html' };
  }
  return { value: textContent(el), kind: 'html' };
}

/** A title as one plain line. */
export function bodyToTitle(b: Body | null): string | null {
  if (!b) return null;
  const t = b.kind === 'html' ? htmlToText(b.value).text : b.value;
  const line = t.replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/** Plain text of an RSS field (title, guid, ...): raw markup inside is reduced to text. */
export function rssText(el: XmlElement | null): string | null {
  if (!el) return null;
  const t = hasElementChildren(el) ? htmlToText(innerMarkup(el)).text : textContent(el);
  const s = t.trim();
  return s === '' ? null : s;
}

const ALTERNATE = new Set(['alternate', 'http://www.iana.org/assignments/relation/alternate']);

/** The alternate (human-readable page) link among Atom-style `link` children, resolved. */
export function alternateLink(parent: XmlElement, nss: readonly string[], documentUrl: string | null): string | null {
  // A link without href but with its URL as text is wrong, but its meaning is clear.
  const href = (l: XmlElement): string | null => attr(l, 'href') ?? (textContent(l).trim() || null);
  const links = childrenNamed(parent, nss, 'link').filter((l) => href(l) !== null);
  const alts = links.filter((l) => ALTERNATE.has((attr(l, 'rel') ?? 'alternate').trim().toLowerCase()));
  if (alts.length === 0) return null;
  const html = alts.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) ?? alts[0]!;
  return resolveUrl(href(html), baseOf(html, documentUrl));
}

/**
 * An RSS title. Titles are often HTML-escaped twice (e.g. `<![CDATA[Tom &amp; Jerry]]>`):
 * entity references left after XML decoding are decoded once more.
 */
export function rssTitle(el: XmlElement | null): string | null {
  const t = rssText(el);
  if (t === null || !/&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(t)) return t;
  return decodeHTML(t);
}

/** A link given as element text (RSS), resolved against the xml:base in force. */
export function textLink(el: XmlElement | null, documentUrl: string | null): string | null {
  if (!el) return null;
  const t = textContent(el).trim();
  if (t === '') return null;
  return resolveUrl(t, baseOf(el, documentUrl));
}

/** Name (or e-mail) of an Atom person construct. */
export function personName(el: XmlElement | null, nss: readonly string[]): string | null {
  if (!el) return null;
  const name = childNamed(el, nss, 'name');
  const email = childNamed(el, nss, 'email');
  const n = name ? textContent(name).trim() : '';
  const e = email ? textContent(email).trim() : '';
  return n || e || (hasElementChildren(el) ? null : textContent(el).trim() || null);
}
