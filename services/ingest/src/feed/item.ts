/** Turn what a format mapper read into a finished FeedItem: dates, text, links, id. */
import { createHash } from 'node:crypto';
import { readDate } from './dates';
import { htmlToText, textToHtml } from './html-to-text';
import type { FeedItem } from './types';

/** A text construct as read from the feed. */
export interface Body {
  value: string;
  kind: 'html' | 'text';
}

export interface ItemDraft {
  guid: string | null;
  link: string | null;
  title: string | null;
  publishedRaw: string | null;
  updatedRaw: string | null;
  author: string | null;
  summary: Body | null;
  content: Body | null;
  /** Base URL for links inside summary/content. */
  base: string | null;
}

function clean(s: string | null): string | null {
  if (s === null) return null;
  const t = s.trim();
  return t === '' ? null : t;
}

function toHtml(b: Body | null): string | null {
  if (!b) return null;
  const v = b.value.trim();
  if (v === '') return null;
  return b.kind === 'html' ? v : textToHtml(v);
}

/** Collapse whitespace in a one-line field such as a title. */
export function oneLine(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

export function finishItem(d: ItemDraft, now: Date): FeedItem {
  const pub = readDate(d.publishedRaw, now);
  const upd = readDate(d.updatedRaw, now);
  const summaryHtml = toHtml(d.summary);
  const contentHtml = toHtml(d.content);
  const content = contentHtml ? htmlToText(contentHtml, d.base) : null;
  const summary = summaryHtml ? htmlToText(summaryHtml, d.base) : null;
  const links = [...(content?.links ?? [])];
  for (const l of summary?.links ?? []) if (!links.includes(l)) links.push(l);

  let published = pub.date;
  let publishedSource: FeedItem['publishedSource'] = 'feed';
  if (!published && upd.date) {
    published = upd.date;
    publishedSource = 'updated';
  } else if (!published) {
    published = new Date(now.getTime());
    publishedSource = 'first_seen';
  }

  const guid = clean(d.guid);
  const link = clean(d.link);
  const title = oneLine(d.title);
  const text = content?.text || summary?.text || '';
  const id =
    guid ??
    link ??
    `urn:sha256:${createHash('sha256')
      .update(JSON.stringify([title, pub.raw, upd.raw, contentHtml ?? summaryHtml]))
      .digest('hex')
      .slice(0, 32)}`;

  return {
    id,
    guid,
    link,
    title,
    published,
    publishedRaw: pub.raw,
    publishedSource,
    updated: upd.date,
    updatedRaw: upd.raw,
    author: oneLine(d.author),
    summary: summary ? summary.text || null : null,
    summaryHtml,
    contentHtml,
    text,
    links,
    dateClamped: pub.clamped || upd.clamped,
  };
}
