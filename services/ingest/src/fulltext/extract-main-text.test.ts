import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';
import { extractMainText } from './extract-main-text';
import { fetchArticlePage } from './fetch-article';

const para = (s: string) => `<p>${s} ${'The delegations met again in the afternoon and agreed to keep talking through the night. '.repeat(3)}</p>`;
const page = (opts: { base?: string } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ceasefire talks resume in Geneva | Example Wire</title>
${opts.base ? `<base href="${opts.base}">` : ''}
<script>var tracking = "do not include me";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Ceasefire talks resume in Geneva</h1>
<p class="byline">By A. Reporter</p>
${para('Negotiators from both sides returned to the table on Tuesday, officials said.')}
${para('A spokesperson described the mood as <a href="/world/talks-background">cautiously hopeful</a>.')}
<ul><li>First point of the draft.</li><li>Second point of the draft.</li></ul>
<p>Line one of the statement.<br>Line two of the statement.</p>
${para('Further rounds are expected next week, according to <a href="https://other.example/report#x">a separate report</a>.')}
<p><a href="javascript:void(0)">share</a> <a href="mailto:desk@example.org">mail</a></p>
</article></main>
<aside><h3>Most read</h3><a href="/sport/x">Sport story</a></aside>
<footer>© Example Wire <a href="/terms">Terms</a></footer>
</body></html>`;

describe('extractMainText', () => {
  it('returns title, paragraph text and absolute content links', () => {
    const r = extractMainText(page(), 'https://news.example/world/2030/ceasefire-talks');
    expect(r).not.toBeNull();
    if (r === null) return;
    expect(r.title).toMatch(/Ceasefire talks resume in Geneva/);
    expect(r.text).toContain('Negotiators from both sides returned to the table on Tuesday');
    expect(r.text).toContain('cautiously hopeful');
    expect(r.text).toMatch(/First point of the draft\.\n\nSecond point of the draft\./);
    expect(r.text).toContain('\n\nLine one of the statement.\nLine two of the statement.\n\n');
    expect(r.text).not.toContain('do not include me');
    expect(r.text).not.toContain('Most read');
    expect(r.text).not.toContain('Terms');
    expect(r.links).toEqual(['https://news.example/world/talks-background', 'https://other.example/report#x']);
    expect(r.lang).toBe('en');
  });

  it('resolves links against <base href> when present', () => {
    const r = extractMainText(page({ base: 'https://cdn.example/mirror/' }), 'https://news.example/a');
    expect(r?.links[0]).toBe('https://cdn.example/world/talks-background');
  });

  it('returns null for pages without main text and never throws on junk', () => {
    expect(extractMainText('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://x.example/')).toBeNull();
    expect(extractMainText('', 'https://x.example/')).toBeNull();
    expect(extractMainText('<<<>>>\u0000<p', 'not a url')).toBeNull();
  });

  it('is deterministic', () => {
    const a = extractMainText(page(), 'https://news.example/x');
    const b = extractMainText(page(), 'https://news.example/x');
    expect(a).toEqual(b);
  });
});

describe('decodeHtml', () => {
  it('uses BOM, then Content-Type charset, then <meta>, else UTF-8', () => {
    const latin1 = Buffer.from('<p>Zürich</p>', 'latin1');
    expect(decodeHtml(latin1, 'text/html; charset=ISO-8859-1').text).toBe('<p>Zürich</p>');
    const meta = Buffer.concat([Buffer.from('<meta charset="windows-1251">'), Buffer.from([0xca, 0xe8, 0xbf, 0xe2])]);
    expect(decodeHtml(meta, 'text/html').text).toContain('Київ');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Київ')]);
    expect(decodeHtml(bom, 'text/html; charset=iso-8859-1')).toMatchObject({ text: 'Київ', charset: 'utf-8' });
    expect(decodeHtml(Buffer.from('Київ'), 'text/html; charset=no-such-charset').text).toBe('Київ');
  });
});

describe('fetchArticlePage', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/article') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page());
      } else if (req.url === '/moved') {
        res.writeHead(301, { location: '/article' });
        res.end();
      } else if (req.url === '/pdf') {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const opts = () => ({ allowPrivate: ['127.0.0.1'], totalTimeoutMs: 3000 });

  it('follows redirects and resolves links against the final URL', async () => {
    const r = await fetchArticlePage({ url: `http://127.0.0.1:${port}/moved` }, opts());
    expect(r.kind).toBe('extracted');
    if (r.kind !== 'extracted') return;
    expect(r.finalUrl).toBe(`http://127.0.0.1:${port}/article`);
    expect(r.article.links[0]).toBe(`http://127.0.0.1:${port}/world/talks-background`);
  });

  it('reports non-HTML, fetch failures and SSRF refusals', async () => {
    expect((await fetchArticlePage({ url: `http://127.0.0.1:${port}/pdf` }, opts())).kind).toBe('not_html');
    const missing = await fetchArticlePage({ url: `http://127.0.0.1:${port}/nope` }, opts());
    expect(missing.kind === 'fetch_failed' && missing.fetch.status).toBe(404);
    const blocked = await fetchArticlePage({ url: `http://127.0.0.1:${port}/article` }, {});
    expect(blocked.kind === 'fetch_failed' && blocked.fetch.kind).toBe('ssrf_blocked');
  });
});
