/** A local RSS feed whose items appear over time, remembering when each was first served. */
import { createServer, type Server } from 'node:http';

export interface FeedItem {
  guid: string;
  title: string;
  link: string;
  pubDate: string;
  description: string;
}

export interface TimedFeed {
  url: string;
  add(items: FeedItem[]): void;
  /** performance.now() + timeOrigin (ms since epoch) when a response holding the item was first sent in full. */
  firstServed: Map<string, number>;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Serves the newest `window` items; ETag changes whenever items are added. */
export async function startTimedFeed(window = 50): Promise<TimedFeed> {
  const items: FeedItem[] = [];
  const firstServed = new Map<string, number>();
  let version = 0;
  const server: Server = createServer((req, res) => {
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    const shown = items.slice(-window);
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bench wire</title><link>https://wire.bench</link><description>bench</description>
${shown.map((i) => `<item><guid isPermaLink="false">${esc(i.guid)}</guid><title>${esc(i.title)}</title><link>${esc(i.link)}</link><pubDate>${i.pubDate}</pubDate><description>${esc(i.description)}</description></item>`).join('\n')}
</channel></rss>`;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(body, () => {
      const now = Date.now();
      for (const i of shown) if (!firstServed.has(i.guid)) firstServed.set(i.guid, now);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/feed.xml`,
    add: (more) => {
      items.push(...more);
      version++;
    },
    firstServed,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
