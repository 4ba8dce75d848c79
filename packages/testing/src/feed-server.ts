import { createServer, type Server } from 'node:http';

export interface FeedServer {
  url(path: string): string;
  /** Set (or replace) what a path serves. */
  set(path: string, body: string | Buffer, contentType?: string): void;
  hits(path: string): number;
  close(): Promise<void>;
}

/** A local HTTP server that serves feed documents from memory, with ETag support. */
export async function startFeedServer(): Promise<FeedServer> {
  const docs = new Map<string, { body: Buffer; type: string; etag: string }>();
  const hits = new Map<string, number>();
  let version = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const doc = docs.get(path);
    if (!doc) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (req.headers['if-none-match'] === doc.etag) {
      res.writeHead(304, { etag: doc.etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': doc.type, etag: doc.etag });
    res.end(doc.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, body, type = 'application/rss+xml; charset=utf-8') => {
      version++;
      docs.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), type, etag: `"v${version}"` });
    },
    hits: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A minimal, valid RSS 2.0 document. */
export function rss(channel: { title: string; link: string }, items: { guid: string; title: string; link: string; pubDate: string; description: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(channel.title)}</title><link>${esc(channel.link)}</link><description>test</description>
${items
  .map(
    (i) => `<item><guid isPermaLink="false">${esc(i.guid)}</guid><title>${esc(i.title)}</title><link>${esc(i.link)}</link><pubDate>${i.pubDate}</pubDate><description>${esc(i.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
