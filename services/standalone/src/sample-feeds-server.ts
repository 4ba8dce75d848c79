import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export const SAMPLE_FEEDS_PATH = '/sample-feeds/';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
};

export interface Endpoint {
  host: string;
  port: number;
}

/**
 * The loopback host:port pairs that feed URLs name under /sample-feeds/: the places the
 * standalone process must serve the shipped sample feeds at.
 */
export function sampleFeedEndpoints(urls: readonly string[]): Endpoint[] {
  const out = new Map<string, Endpoint>();
  for (const raw of urls) {
    const u = new URL(raw);
    if (u.protocol !== 'http:' || !LOOPBACK.has(u.hostname) || !u.pathname.startsWith(SAMPLE_FEEDS_PATH)) continue;
    const host = u.hostname === '[::1]' ? '::1' : u.hostname;
    const port = Number(u.port || 80);
    out.set(`${host}:${port}`, { host, port });
  }
  return [...out.values()];
}

export interface SampleFeedsServer {
  url: string;
  close(): Promise<void>;
}

/** Serve the files of `dir` (flat, no subfolders) at /sample-feeds/<name>. */
export async function startSampleFeedsServer(dir: string, at: Endpoint): Promise<SampleFeedsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const name = path.startsWith(SAMPLE_FEEDS_PATH) ? decodeURIComponent(path.slice(SAMPLE_FEEDS_PATH.length)) : '';
    const ext = /\.[a-z]+$/.exec(name)?.[0] ?? '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/^[\w][\w.-]*$/.test(name) || !TYPES[ext]) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    readFile(join(dir, name)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[ext] as string, 'content-length': body.length, 'cache-control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`cannot serve the sample feeds: ${at.host}:${at.port} is in use (change the port in the feeds file's sample-feed URLs)`)
          : err,
      ),
    );
    server.listen(at.port, at.host, () => resolve());
  });
  return {
    url: `http://${at.host.includes(':') ? `[${at.host}]` : at.host}:${at.port}${SAMPLE_FEEDS_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
