/** Atom 1.0 and Atom 0.3 documents to feed fields. */
import { finishItem } from './item';
import type { MappedFeed } from './map-rss';
import { alternateLink, atom03Body, atom10Body, bodyToTitle, personName } from './xml-text';
import { baseOf, childNamed, childrenNamed, langOf, textContent, type XmlElement } from './xml-dom';

function txt(el: XmlElement | null): string | null {
  return el ? textContent(el).trim() || null : null;
}

export function mapAtom(root: XmlElement, version: '1.0' | '0.3', url: string | null, now: Date): MappedFeed {
  const A = [root.ns];
  const body = version === '1.0' ? atom10Body : atom03Body;
  const feedAuthor = personName(childNamed(root, A, 'author'), A);
  const items = childrenNamed(root, A, 'entry').map((entry) => {
    const c = (local: string): XmlElement | null => childNamed(entry, A, local);
    const source = c('source');
    return finishItem(
      {
        guid: txt(c('id')),
        link: alternateLink(entry, A, url),
        title: bodyToTitle(body(c('title'))),
        publishedRaw: txt(c('published')) ?? txt(c('issued')) ?? txt(c('created')),
        updatedRaw: txt(c('updated')) ?? txt(c('modified')),
        author:
          personName(c('author'), A) ??
          (source ? personName(childNamed(source, A, 'author'), A) : null) ??
          feedAuthor,
        summary: body(c('summary')),
        content: body(c('content')),
        base: baseOf(c('content') ?? c('summary') ?? entry, url),
      },
      now,
    );
  });
  return {
    title: bodyToTitle(body(childNamed(root, A, 'title'))),
    link: alternateLink(root, A, url),
    language: langOf(root),
    items,
  };
}
