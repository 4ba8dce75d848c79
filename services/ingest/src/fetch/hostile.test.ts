/**
 * Hostile-server suite: a real HTTP server on 127.0.0.1 (random port) misbehaving in every way a
 * feed host can, and the fetcher's outcome for each. The server is reached as `feeds.test` /
 * `other.test` through an injected resolver (both map to 127.0.0.1), so the allow-list can permit
 * those names while a redirect to a bare 127.0.0.1 is still refused.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from './feed-fetcher';
import type { Resolver } from './ssrf';
import type { FetchOptions, FetchOutcome } from './types';

const MB = 1024 * 1024;
let server: http.Server;
let port = 0;
let closedPort = 0;
const seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];
let bombMember: Buffer;

function streamFor(res: http.ServerResponse, chunks: () => Generator<Buffer>): void {
  const r = Readable.from(chunks());
  r.pipe(res);
  res.on('close', () => r.destroy());
}

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'x'}`);
  seen.push({ url: url.href, headers: req.headers });
  const p = url.pathname;
  const xml = (s: string) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(s);
  };

  if (p === '/ok') return xml('<rss version="2.0"><channel><title>ok</title></channel></rss>');
  if (p === '/big') {
    // 50 MB, chunked (no Content-Length), generated lazily so the server holds no 50 MB buffer.
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    return streamFor(res, function* () {
      for (let i = 0; i < (50 * MB) / chunk.length; i++) yield chunk;
    });
  }
  if (p === '/big-declared') {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * MB) });
    res.write('<rss>');
    return; // never finishes; the fetcher must refuse on the header alone
  }
  if (p === '/bomb') {
    // ~1 MB on the wire, 1 GB once inflated: 1024 gzip members of 1 MB of zeros each.
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    return streamFor(res, function* () {
      for (let i = 0; i < 1024; i++) yield bombMember;
    });
  }
  if (p === '/trickle') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const t = setInterval(() => res.write('a'), 20);
    res.on('close', () => clearInterval(t));
    return;
  }
  if (p === '/hang') return; // accepts, never answers
  if (p === '/cookie-gate') {
    // Sets a cookie and redirects to itself; serves the feed once the cookie comes back.
    if ((req.headers.cookie ?? '').includes('gate=passed')) return xml('<rss version="2.0"><channel><title>gated</title></channel></rss>');
    res.writeHead(302, { location: '/cookie-gate', 'set-cookie': 'gate=passed; Path=/; HttpOnly' });
    return void res.end();
  }
  if (p === '/cookie-loop') {
    res.writeHead(302, { location: '/cookie-loop', 'set-cookie': `n=${seen.length}` });
    return void res.end();
  }
  if (p === '/loop-a') return redirect(res, 302, '/loop-b');
  if (p === '/loop-b') return redirect(res, 302, '/loop-a');
  if (p.startsWith('/chain/')) {
    const [n, max] = p.slice('/chain/'.length).split('/').map(Number) as [number, number];
    if (n < max) return redirect(res, 302, `/chain/${n + 1}/${max}`);
    return xml('<rss version="2.0"><channel><title>end of chain</title></channel></rss>');
  }
  if (p === '/perm') return redirect(res, 301, '/perm2');
  if (p === '/perm2') return redirect(res, 308, 'http://other.test:' + port + '/ok');
  if (p === '/relative') return redirect(res, 302, '../ok?from=relative');
  if (p === '/to') return redirect(res, 302, url.searchParams.get('u') ?? '/');
  if (p === '/no-location') {
    res.writeHead(302);
    return void res.end();
  }
  if (p === '/404') return status(res, 404);
  if (p === '/410') return status(res, 410);
  if (p === '/500') return status(res, 500);
  if (p === '/429') return status(res, 429, { 'retry-after': '120' });
  if (p === '/503') return status(res, 503, { 'retry-after': 'Wed, 21 Oct 2099 07:28:00 GMT' });
  if (p === '/cond') {
    const etag = '"v1"';
    const lm = 'Tue, 15 Nov 1994 12:45:26 GMT';
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lm) {
      // Like many servers, repeat the ETag but not Last-Modified on a 304.
      res.writeHead(304, { etag: '"v1"' });
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'application/atom+xml', etag, 'last-modified': lm });
    return void res.end('<feed xmlns="http://www.w3.org/2005/Atom"/>');
  }
  if (p === '/empty') {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '0' });
    return void res.end();
  }
  if (p === '/html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return void res.end('<!doctype html><html><head><title>Not a feed</title></head><body><p>Hi</p></body></html>');
  }
  if (p === '/wrong-charset') {
    // Declares Latin-1 but sends UTF-8: the fetcher passes both through untouched.
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=ISO-8859-1' });
    return void res.end(Buffer.from('<rss><channel><title>Київ – Zürich</title></channel></rss>', 'utf8'));
  }
  if (p === '/gzip') return encoded(res, 'gzip', zlib.gzipSync('<rss>gzip</rss>'));
  if (p === '/deflate') return encoded(res, 'deflate', zlib.deflateSync('<rss>deflate</rss>'));
  if (p === '/deflate-raw') return encoded(res, 'deflate', zlib.deflateRawSync('<rss>raw</rss>'));
  if (p === '/br') return encoded(res, 'br', zlib.brotliCompressSync('<rss>br</rss>'));
  if (p === '/fake-gzip') return encoded(res, 'gzip', Buffer.from('<rss>plain</rss>'));
  if (p === '/corrupt-gzip') return encoded(res, 'gzip', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(64, 0xff)]));
  if (p === '/corrupt-br') return encoded(res, 'br', Buffer.alloc(64, 0xff));
  if (p === '/unknown-encoding') return encoded(res, 'compress', Buffer.from('x'));
  if (p === '/truncated') {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '1000' });
    res.write('<rss>only a bit');
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  if (p === '/garbage') {
    res.socket?.end('THIS IS NOT HTTP\r\n\r\n');
    return;
  }
  if (p === '/echo') return xml(JSON.stringify(req.headers));
  status(res, 404);
}

function redirect(res: http.ServerResponse, code: number, location: string): void {
  res.writeHead(code, { location });
  res.end();
}
function status(res: http.ServerResponse, code: number, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(code, { 'content-type': 'text/plain', ...headers });
  res.end(`status ${code}`);
}
function encoded(res: http.ServerResponse, encoding: string, body: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': encoding });
  res.end(body);
}

let resolverCalls: string[] = [];
const testResolver: Resolver = async (hostname) => {
  resolverCalls.push(hostname);
  if (hostname === 'feeds.test' || hostname === 'other.test' || hostname === 'rebind.test' || hostname === 'localhost') {
    return [{ address: '127.0.0.1', family: 4 }];
  }
  if (hostname === 'hang.test') return new Promise(() => {});
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
};

const base = (): FetchOptions => ({
  allowPrivate: ['feeds.test', 'other.test'],
  resolve: testResolver,
  connectTimeoutMs: 500,
  totalTimeoutMs: 2000,
});
const at = (path: string) => `http://feeds.test:${port}${path}`;

/** Runs a fetch while sampling RSS; returns the outcome and the peak RSS growth in bytes. */
async function withRss(run: () => Promise<FetchOutcome>): Promise<{ outcome: FetchOutcome; growth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const t = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const outcome = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { outcome, growth: peak - before };
  } finally {
    clearInterval(t);
  }
}

function expectFail(o: FetchOutcome, kind: string): asserts o is Extract<FetchOutcome, { ok: false }> {
  if (o.ok) throw new Error(`expected ${kind}, got ${o.kind}`);
  expect(o.kind, o.message).toBe(kind);
}

beforeAll(async () => {
  bombMember = zlib.gzipSync(Buffer.alloc(MB), { level: 9 });
  server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  const tmp = http.createServer();
  await new Promise<void>((r) => tmp.listen(0, '127.0.0.1', r));
  closedPort = (tmp.address() as AddressInfo).port;
  await new Promise<void>((r) => tmp.close(() => r()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('hostile servers', () => {
  it('50 MB body: too_large, memory stays bounded', async () => {
    const { outcome, growth } = await withRss(() => fetchFeed({ url: at('/big') }, base()));
    expectFail(outcome, 'too_large');
    expect(outcome.message).toMatch(/10485760/);
    expect(growth).toBeLessThan(35 * MB);
  });

  it('declared Content-Length over the cap: too_large without reading', async () => {
    const o = await fetchFeed({ url: at('/big-declared') }, base());
    expectFail(o, 'too_large');
    expect(o.message).toMatch(/Content-Length/);
  });

  it('gzip bomb (1 MB wire, 1 GB inflated): too_large after the decoded cap, memory bounded', async () => {
    expect(bombMember.length * 1024).toBeLessThan(2 * MB);
    const { outcome, growth } = await withRss(() => fetchFeed({ url: at('/bomb') }, base()));
    expectFail(outcome, 'too_large');
    expect(outcome.message).toMatch(/decoded/);
    expect(growth).toBeLessThan(40 * MB);
  });

  it('smaller cap applies to decoded bytes too', async () => {
    const o = await fetchFeed({ url: at('/bomb') }, { ...base(), maxBytes: 100_000 });
    expectFail(o, 'too_large');
  });

  it('body trickling in byte by byte: total timeout', async () => {
    const t0 = Date.now();
    const o = await fetchFeed({ url: at('/trickle') }, { ...base(), totalTimeoutMs: 400 });
    expectFail(o, 'timeout');
    expect(o.timeoutPhase).toBe('total');
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it('server that never answers: total timeout', async () => {
    const o = await fetchFeed({ url: at('/hang') }, { ...base(), totalTimeoutMs: 300 });
    expectFail(o, 'timeout');
  });

  it('DNS that never answers: connect timeout', async () => {
    const o = await fetchFeed({ url: `http://hang.test:${port}/ok` }, { ...base(), connectTimeoutMs: 200 });
    expectFail(o, 'timeout');
    expect(o.timeoutPhase).toBe('connect');
  });

  it('redirect loop: redirect_loop', async () => {
    const o = await fetchFeed({ url: at('/loop-a') }, base());
    expectFail(o, 'redirect_loop');
    expect(o.redirects).toHaveLength(2);
  });

  it('self-redirect that sets a cookie is followed once (not a loop); a jar never leaks across fetches', async () => {
    const o = await fetchFeed({ url: at('/cookie-gate') }, base());
    expect(o.kind).toBe('ok');
    expect(o.redirects).toHaveLength(1);
    const again = await fetchFeed({ url: at('/cookie-gate') }, base());
    expect(again.redirects).toHaveLength(1);
    // A server changing the cookie forever is stopped by the redirect limit.
    expectFail(await fetchFeed({ url: at('/cookie-loop') }, base()), 'too_many_redirects');
  });

  it('6 redirects: too_many_redirects; exactly 5 is fine', async () => {
    const six = await fetchFeed({ url: at('/chain/0/6') }, base());
    expectFail(six, 'too_many_redirects');
    const five = await fetchFeed({ url: at('/chain/0/5') }, base());
    expect(five.kind).toBe('ok');
    expect(five.finalUrl).toBe(at('/chain/5/5'));
    expect(five.redirects).toHaveLength(5);
  });

  it('relative Location is resolved and the final URL reported', async () => {
    const o = await fetchFeed({ url: at('/relative') }, base());
    expect(o.kind).toBe('ok');
    expect(o.finalUrl).toBe(at('/ok?from=relative'));
    expect(o.permanentUrl).toBeUndefined();
  });

  it('chain of permanent redirects reports permanentUrl', async () => {
    const o = await fetchFeed({ url: at('/perm') }, base());
    expect(o.kind).toBe('ok');
    expect(o.permanentUrl).toBe(`http://other.test:${port}/ok`);
  });

  it('redirect to 127.0.0.1 when not allow-listed: ssrf_blocked', async () => {
    const o = await fetchFeed({ url: at(`/to?u=${encodeURIComponent(`http://127.0.0.1:${port}/ok`)}`) }, base());
    expectFail(o, 'ssrf_blocked');
    expect(o.message).toMatch(/loopback/);
  });

  it('redirect to 127.0.0.1 in disguise (decimal, IPv4-mapped IPv6, localhost name): ssrf_blocked', async () => {
    for (const target of [`http://2130706433:${port}/ok`, `http://[::ffff:127.0.0.1]:${port}/ok`, `http://localhost:${port}/ok`]) {
      const o = await fetchFeed({ url: at(`/to?u=${encodeURIComponent(target)}`) }, base());
      expectFail(o, 'ssrf_blocked');
    }
  });

  it('redirect to 169.254.169.254 (cloud metadata): blocked before connecting', async () => {
    resolverCalls = [];
    const t0 = Date.now();
    const o = await fetchFeed({ url: at(`/to?u=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`) }, base());
    expectFail(o, 'ssrf_blocked');
    expect(o.message).toMatch(/link-local/);
    expect(o.finalUrl).toBe('http://169.254.169.254/latest/meta-data/');
    expect(Date.now() - t0).toBeLessThan(400); // no connect attempt (would time out / fail otherwise)
    expect(resolverCalls).toEqual(['feeds.test']);
  });

  it('DNS rebinding: a public-looking name that resolves to loopback is refused at connect time', async () => {
    const o = await fetchFeed({ url: `http://rebind.test:${port}/ok` }, base());
    expectFail(o, 'ssrf_blocked');
    const allowed = await fetchFeed({ url: `http://rebind.test:${port}/ok` }, { ...base(), allowPrivate: ['127.0.0.0/8'] });
    expect(allowed.kind).toBe('ok');
    expect(allowed.remoteAddress).toBe('127.0.0.1');
  });

  it('404, 410, 500: http_4xx / http_5xx with status', async () => {
    const o404 = await fetchFeed({ url: at('/404') }, base());
    expectFail(o404, 'http_4xx');
    expect(o404.status).toBe(404);
    const o410 = await fetchFeed({ url: at('/410') }, base());
    expectFail(o410, 'http_4xx');
    expect(o410.status).toBe(410);
    expect(o410.message).toMatch(/gone/);
    const o500 = await fetchFeed({ url: at('/500') }, base());
    expectFail(o500, 'http_5xx');
    expect(o500.status).toBe(500);
  });

  it('429 and 503 with Retry-After (seconds and HTTP-date) carry retryAfter', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const o429 = await fetchFeed({ url: at('/429') }, { ...base(), now: () => now });
    expectFail(o429, 'http_4xx');
    expect(o429.status).toBe(429);
    expect(o429.retryAfter?.toISOString()).toBe('2030-01-01T00:02:00.000Z');
    const o503 = await fetchFeed({ url: at('/503') }, base());
    expectFail(o503, 'http_5xx');
    expect(o503.retryAfter?.toISOString()).toBe('2099-10-21T07:28:00.000Z');
  });

  it('conditional GET: validators returned, 304 -> not_modified, forceUnconditional refetches', async () => {
    const first = await fetchFeed({ url: at('/cond') }, base());
    expect(first.kind).toBe('ok');
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe('Tue, 15 Nov 1994 12:45:26 GMT');
    const again = await fetchFeed({ url: at('/cond'), etag: first.etag, lastModified: first.lastModified }, base());
    expect(again.kind).toBe('not_modified');
    expect(again.etag).toBe('"v1"');
    expect(again.lastModified).toBe('Tue, 15 Nov 1994 12:45:26 GMT'); // carried over from the request
    const byDate = await fetchFeed({ url: at('/cond'), lastModified: first.lastModified }, base());
    expect(byDate.kind).toBe('not_modified');
    const forced = await fetchFeed(
      { url: at('/cond'), etag: first.etag, lastModified: first.lastModified, forceUnconditional: true },
      base(),
    );
    expect(forced.kind).toBe('ok');
  });

  it('empty body: ok with 0 bytes (classification is the parser’s job)', async () => {
    const o = await fetchFeed({ url: at('/empty') }, base());
    expect(o.kind).toBe('ok');
    if (o.kind === 'ok') expect(o.body.byteLength).toBe(0);
  });

  it('HTML page: ok, content type passed through', async () => {
    const o = await fetchFeed({ url: at('/html') }, base());
    expect(o.kind).toBe('ok');
    if (o.kind === 'ok') expect(o.contentType).toBe('text/html; charset=utf-8');
  });

  it('wrong declared charset: ok, contentType exactly as given, bytes untouched', async () => {
    const o = await fetchFeed({ url: at('/wrong-charset') }, base());
    expect(o.kind).toBe('ok');
    if (o.kind !== 'ok') return;
    expect(o.contentType).toBe('application/rss+xml; charset=ISO-8859-1');
    expect(Buffer.from(o.body).toString('utf8')).toContain('Київ – Zürich');
  });

  it('gzip, deflate (zlib and raw), br decode; gzip-labelled plain text is read as-is', async () => {
    const bodies: Record<string, string> = {};
    for (const p of ['/gzip', '/deflate', '/deflate-raw', '/br', '/fake-gzip']) {
      const o = await fetchFeed({ url: at(p) }, base());
      expect(o.kind, p).toBe('ok');
      if (o.kind === 'ok') bodies[p] = Buffer.from(o.body).toString();
    }
    expect(bodies).toEqual({
      '/gzip': '<rss>gzip</rss>',
      '/deflate': '<rss>deflate</rss>',
      '/deflate-raw': '<rss>raw</rss>',
      '/br': '<rss>br</rss>',
      '/fake-gzip': '<rss>plain</rss>',
    });
  });

  it('corrupt gzip and unknown encodings: decompress', async () => {
    expectFail(await fetchFeed({ url: at('/corrupt-gzip') }, base()), 'decompress');
    expectFail(await fetchFeed({ url: at('/corrupt-br') }, base()), 'decompress');
    expectFail(await fetchFeed({ url: at('/unknown-encoding') }, base()), 'decompress');
  });

  it('connection cut mid-body: truncated', async () => {
    expectFail(await fetchFeed({ url: at('/truncated') }, base()), 'truncated');
  });

  it('non-HTTP garbage: protocol', async () => {
    expectFail(await fetchFeed({ url: at('/garbage') }, base()), 'protocol');
  });

  it('closed port: connect; unknown host: dns; bad URLs', async () => {
    expectFail(await fetchFeed({ url: `http://feeds.test:${closedPort}/` }, base()), 'connect');
    expectFail(await fetchFeed({ url: 'http://nowhere.test/' }, base()), 'dns');
    expectFail(await fetchFeed({ url: 'not a url' }, base()), 'invalid_url');
    expectFail(await fetchFeed({ url: 'file:///etc/passwd' }, base()), 'unsupported_scheme');
    expectFail(await fetchFeed({ url: at('/to?u=' + encodeURIComponent('file:///etc/passwd')) }, base()), 'bad_redirect');
    expectFail(await fetchFeed({ url: at('/no-location') }, base()), 'bad_redirect');
  });

  it('credentials in the URL become Basic auth (also when malformed), never reported back', async () => {
    const o = await fetchFeed({ url: `http://us%zzer:p%40ss@feeds.test:${port}/echo` }, base());
    expect(o.kind).toBe('ok');
    if (o.kind !== 'ok') return;
    const echoed = JSON.parse(Buffer.from(o.body).toString()) as Record<string, string>;
    expect(Buffer.from((echoed.authorization ?? '').replace('Basic ', ''), 'base64').toString()).toBe('us%zzer:p@ss');
    expect(o.finalUrl).toBe(at('/echo'));
  });

  it('a bad header value from config is an outcome, not a throw', async () => {
    const o = await fetchFeed({ url: at('/ok'), headers: { 'x-bad': 'line\nbreak' } }, base());
    expectFail(o, 'invalid_request');
  });

  it('abort signal: aborted', async () => {
    const ac = new AbortController();
    const p = fetchFeed({ url: at('/hang') }, { ...base(), signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    expectFail(await p, 'aborted');
  });

  it('sends an honest User-Agent, Accept and Accept-Encoding; drops credentials across origins', async () => {
    seen.length = 0;
    const o = await fetchFeed(
      {
        url: at(`/to?u=${encodeURIComponent(`http://other.test:${port}/echo`)}`),
        headers: { Authorization: 'Bearer secret', 'X-Custom': 'yes', Host: 'evil' },
      },
      base(),
    );
    expect(o.kind).toBe('ok');
    const [first, second] = seen;
    expect(first?.headers['user-agent']).toMatch(/^claimwire\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/claimwire\/claimwire; feed fetcher\)$/);
    expect(first?.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(first?.headers.accept).toMatch(/application\/rss\+xml/);
    expect(first?.headers.authorization).toBe('Bearer secret');
    expect(first?.headers.host).toBe(`feeds.test:${port}`);
    expect(second?.headers.authorization).toBeUndefined();
    expect(second?.headers['x-custom']).toBe('yes');
  });
});
