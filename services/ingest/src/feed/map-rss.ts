/** RSS 0.9x/2.0 and RSS 1.0 (RDF) documents to feed fields. */
import { finishItem } from './item';
import { ITUNES_NS, NS } from './namespaces';
import type { FeedItem } from './types';
import { alternateLink, rssBody, rssText, rssTitle, atom10Body, textLink } from './xml-text';
import { attr, baseOf, childNamed, childrenNamed, langOf, textContent, type XmlElement } from './xml-dom';

export interface MappedFeed {
  title: string | null;
  link: string | null;
  language: string | null;
  items: FeedItem[];
}

const ATOM = [NS.atom10];
const DC = [NS.dc];
const DCT = [NS.dcterms];

function first(...vals: (string | null | undefined)[]): string | null {
  for (const v of vals) if (v !== null && v !== undefined && v.trim() !== '') return v;
  return null;
}

function txt(el: XmlElement | null): string | null {
  return el ? textContent(el).trim() || null : null;
}

/** "jo@x.org (Jo Doe)", "Jo Doe (jo@x.org)", "Jo Doe <jo@x.org>" -> "Jo Doe"; a bare address stays. */
export function personFromRss(s: string | null): string | null {
  if (s === null) return null;
  const t = s.trim();
  const m =
    /^[^\s@()<>]+@[^\s@()<>]+\s*\(([^)]+)\)$/.exec(t) ??
    /^(.+?)\s*\([^\s@()]+@[^\s@()]+\)$/.exec(t) ??
    /^(.+?)\s*<[^\s@<>]+@[^\s@<>]+>$/.exec(t);
  return m?.[1]?.trim() || t || null;
}

function mapItem(item: XmlElement, core: readonly string[], url: string | null, now: Date, rdf: boolean): FeedItem {
  const c = (local: string): XmlElement | null => childNamed(item, core, local);
  const guidEl = c('guid');
  const guid = rdf ? first(attr(item, 'about', NS.rdf), txt(guidEl)) : txt(guidEl);
  let link = textLink(c('link'), url) ?? alternateLink(item, ATOM, url);
  if (!link && guid && guidEl && (attr(guidEl, 'isPermaLink') ?? 'true').trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guid)) {
    link = guid;
  }
  const atomAuthor = childNamed(item, ATOM, 'author');
  return finishItem(
    {
      guid,
      link,
      title: first(rssTitle(c('title')), rssTitle(childNamed(item, DC, 'title')), rssTitle(childNamed(item, ATOM, 'title'))),
      publishedRaw: first(
        txt(c('pubDate')),
        txt(childNamed(item, DC, 'date')),
        txt(childNamed(item, DCT, 'issued')),
        txt(childNamed(item, DCT, 'created')),
        txt(childNamed(item, ATOM, 'published')),
      ),
      // dc:date is the date of the item's last change as often as of its publication:
      // it stands for both when nothing more specific is given.
      updatedRaw: first(txt(childNamed(item, ATOM, 'updated')), txt(childNamed(item, DCT, 'modified')), txt(childNamed(item, DC, 'date'))),
      author: first(
        personFromRss(rssText(c('author'))),
        personFromRss(rssText(childNamed(item, DC, 'creator'))),
        personFromRss(rssText(childNamed(item, DC, 'author'))),
        rssText(childNamed(item, ITUNES_NS, 'author')),
        atomAuthor ? txt(childNamed(atomAuthor, ATOM, 'name')) : null,
      ),
      summary:
        rssBody(c('description')) ??
        rssBody(childNamed(item, DC, 'description')) ??
        atom10Body(childNamed(item, ATOM, 'summary')) ??
        rssBody(childNamed(item, ITUNES_NS, 'summary')),
      content:
        rssBody(childNamed(item, [NS.content], 'encoded')) ??
        rssBody(childNamed(item, [NS.xhtml], 'body')) ??
        atom10Body(childNamed(item, ATOM, 'content')) ??
        rssBody(c('fullitem')),
      base: baseOf(item, url),
    },
    now,
  );
}

function channelFields(channel: XmlElement | null, core: readonly string[], url: string | null) {
  if (!channel) return { title: null, link: null, language: null };
  const c = (local: string): XmlElement | null => childNamed(channel, core, local);
  return {
    title: first(rssTitle(c('title')), rssTitle(childNamed(channel, DC, 'title')), rssTitle(childNamed(channel, ATOM, 'title'))),
    link: textLink(c('link'), url) ?? alternateLink(channel, ATOM, url),
    language: first(txt(c('language')), txt(childNamed(channel, DC, 'language')), langOf(channel)),
  };
}

/** RSS 0.9x / 2.0: `<rss><channel>...<item/></channel></rss>` (items outside the channel are accepted). */
export function mapRss2(root: XmlElement, url: string | null, now: Date): MappedFeed {
  const core = [...new Set([root.ns, ''])];
  const channel = root.local === 'channel' ? root : childNamed(root, core, 'channel');
  const itemEls = [...(channel ? childrenNamed(channel, core, 'item') : []), ...(channel !== root ? childrenNamed(root, core, 'item') : [])];
  return { ...channelFields(channel, core, url), items: itemEls.map((i) => mapItem(i, core, url, now, false)) };
}

/** RSS 1.0 / 0.90 (RDF): items are siblings of the channel. */
export function mapRss1(root: XmlElement, url: string | null, now: Date): MappedFeed {
  const core = [NS.rss10, NS.rss090, ''];
  const channel = childNamed(root, core, 'channel');
  const itemEls = [...childrenNamed(root, core, 'item'), ...(channel ? childrenNamed(channel, core, 'item') : [])];
  return { ...channelFields(channel, core, url), items: itemEls.map((i) => mapItem(i, core, url, now, true)) };
}
