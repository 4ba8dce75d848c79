import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './index';
import type { ParsedFeed, ParseOptions } from './types';

const now = new Date('2024-06-01T00:00:00Z');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function ok(body: Uint8Array | string, opts: Partial<ParseOptions> = {}): ParsedFeed {
  const r = parseFeed(typeof body === 'string' ? enc(body) : body, { now, ...opts });
  if (!r.ok) throw new Error(`expected a feed, got ${r.error.kind}: ${r.error.message}`);
  return r.feed;
}

function fail(body: Uint8Array | string, opts: Partial<ParseOptions> = {}) {
  const r = parseFeed(typeof body === 'string' ? enc(body) : body, { now, ...opts });
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('RSS 2.0', () => {
  const feed = ok(fixture('rss2-news.xml'), { url: 'https://wire.example/feed.xml' });

  it('reads the channel', () => {
    expect(feed).toMatchObject({
      format: 'rss2', title: 'Frontline Wire', link: 'https://wire.example/', language: 'en-gb',
      repaired: false, repairs: [], encoding: 'utf-8',
    });
    expect(feed.items).toHaveLength(2);
  });

  it('reads an item with content:encoded', () => {
    const it0 = feed.items[0]!;
    expect(it0).toMatchObject({
      id: 'wire-2024-0512', guid: 'wire-2024-0512', link: 'https://wire.example/2024/05/talks',
      title: 'Ceasefire talks resume in Geneva', publishedRaw: 'Sun, 12 May 2024 09:30:00 +0300',
      publishedSource: 'feed', author: 'A. Reporter', summary: 'Delegations met again on Sunday.', dateClamped: false,
    });
    expect(it0.published?.toISOString()).toBe('2024-05-12T06:30:00.000Z');
    expect(it0.contentHtml).toContain('<a href="/docs/statement.pdf">');
    expect(it0.text).toBe('Delegations met again on Sunday, officials said.\n\nRead the statement.');
    expect(it0.links).toEqual(['https://wire.example/docs/statement.pdf']);
  });

  it('takes the link from a permalink guid, dates from dc:date and text from the description', () => {
    const it1 = feed.items[1]!;
    expect(it1.link).toBe('https://wire.example/2024/05/strike');
    expect(it1.published?.toISOString()).toBe('2024-05-11T22:15:00.000Z');
    expect(it1.contentHtml).toBeNull();
    expect(it1.text).toBe('Two drones were shot down, the governor said.\n\nDetails to follow.');
  });
});

describe('RSS 1.0 (RDF)', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://rdf.example/"><title>RDF news</title><link>http://rdf.example/</link><dc:language>de</dc:language></channel>
  <item rdf:about="http://rdf.example/1"><title>One</title><link>http://rdf.example/1.html</link>
    <dc:date>2004-01-01T19:48:21+01:00</dc:date><dc:creator>Ed</dc:creator><description>Body &amp;amp; more</description></item>
</rdf:RDF>`;
  it('reads channel and items (siblings of the channel)', () => {
    const f = ok(rdf);
    expect(f).toMatchObject({ format: 'rss1', title: 'RDF news', link: 'http://rdf.example/', language: 'de' });
    expect(f.items[0]).toMatchObject({ guid: 'http://rdf.example/1', link: 'http://rdf.example/1.html', title: 'One', author: 'Ed', text: 'Body & more' });
    expect(f.items[0]!.published?.toISOString()).toBe('2004-01-01T18:48:21.000Z');
  });
});

describe('Atom 1.0 with xml:base', () => {
  const f = ok(fixture('atom10-xml-base.xml'), { url: 'https://elsewhere.example/feeds/brief' });

  it('reads the feed, resolving links through xml:base', () => {
    expect(f).toMatchObject({ format: 'atom1', title: 'Daily Brief', link: 'https://atom.example/news/', language: 'uk', repaired: false });
  });

  it('resolves entry links against the entry xml:base, content links against the content xml:base', () => {
    const e = f.items[0]!;
    expect(e.link).toBe('https://atom.example/archive/2024/toll.html');
    expect(e.links).toEqual(['https://cdn.example/body/photo.html']);
    expect(e.text).toBe('First photo.\n\nSecond.');
    expect(e.summary).toBe('Short summary.');
    expect(e.author).toBe('Desk'); // inherited from the feed
    expect(e.published?.toISOString()).toBe('2024-05-12T05:00:00.000Z');
    expect(e.updated?.toISOString()).toBe('2024-05-12T05:30:00.000Z');
  });

  it('falls back to updated for published and keeps text content paragraphs', () => {
    const e = f.items[1]!;
    expect(e.link).toBe('https://atom.example/news/two.html');
    expect(e).toMatchObject({ publishedRaw: null, publishedSource: 'updated', text: 'Line one\n\nLine two' });
    expect(e.published?.toISOString()).toBe('2024-05-10T10:00:00.000Z');
  });

  it('uses the final feed URL when there is no xml:base', () => {
    const g = ok('<feed xmlns="http://www.w3.org/2005/Atom"><link href="/home"/><entry><id>x</id><link href="e/1"/></entry></feed>', {
      url: 'https://final.example/feeds/atom.xml',
    });
    expect(g.link).toBe('https://final.example/home');
    expect(g.items[0]!.link).toBe('https://final.example/feeds/e/1');
  });
});

describe('Atom 0.3', () => {
  it('reads modes, issued/modified and links', () => {
    const f = ok(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
      <link rel="alternate" type="text/html" href="http://old.example/"/>
      <entry><title mode="escaped" type="text/html">A &lt;b&gt;bold&lt;/b&gt; move</title>
        <link rel="alternate" type="text/html" href="http://old.example/1"/><id>urn:old:1</id>
        <issued>2004-01-01T12:00:00-05:00</issued><modified>2004-01-02T00:00:00Z</modified>
        <content type="text/html" mode="base64">PHA+SGVsbG88L3A+</content></entry></feed>`);
    expect(f).toMatchObject({ format: 'atom03', title: 'Old', link: 'http://old.example/' });
    expect(f.items[0]).toMatchObject({ guid: 'urn:old:1', link: 'http://old.example/1', title: 'A bold move', contentHtml: '<p>Hello</p>', text: 'Hello' });
    expect(f.items[0]!.published?.toISOString()).toBe('2004-01-01T17:00:00.000Z');
    expect(f.items[0]!.updated?.toISOString()).toBe('2004-01-02T00:00:00.000Z');
  });
});

describe('JSON Feed', () => {
  it('reads 1.1 with authors and relative URLs', () => {
    const f = ok(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1', title: 'JSON wire', home_page_url: 'https://j.example/',
        feed_url: 'https://j.example/feed.json', language: 'en',
        items: [
          { id: 'j1', url: '/posts/1', title: 'First', content_html: '<p>Hi <a href="/x">x</a></p>', summary: 'S',
            date_published: '2024-05-01T10:00:00+02:00', date_modified: '2024-05-02T10:00:00Z', authors: [{ name: 'Jo' }] },
          { id: 42, content_text: 'Plain body' },
          'not an item',
        ],
      }),
    );
    expect(f).toMatchObject({ format: 'json11', title: 'JSON wire', link: 'https://j.example/', language: 'en' });
    expect(f.items).toHaveLength(2);
    expect(f.items[0]).toMatchObject({ guid: 'j1', link: 'https://j.example/posts/1', author: 'Jo', summary: 'S', text: 'Hi x', links: ['https://j.example/x'] });
    expect(f.items[0]!.published?.toISOString()).toBe('2024-05-01T08:00:00.000Z');
    expect(f.items[1]).toMatchObject({ guid: '42', text: 'Plain body', contentHtml: 'Plain body', publishedSource: 'first_seen' });
  });

  it('reads 1.0 with the singular author', () => {
    const f = ok(`{"version":"https://jsonfeed.org/version/1","title":"v1","items":[{"id":"a","author":{"name":"Old"},"content_text":"t"}]}`);
    expect(f.format).toBe('json1');
    expect(f.items[0]!.author).toBe('Old');
  });
});

describe('detection is by content, not by URL or content type', () => {
  it('reads Atom served as .rss with a JSON content type', () => {
    const f = ok('<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>', { url: 'http://x.example/feed.rss', contentType: 'application/json' });
    expect(f.format).toBe('atom1');
  });
  it('reads RSS after leading junk (a server warning)', () => {
    const f = ok('Warning: something in /var/www on line 3\n<?xml version="1.0"?><rss><channel><title>J</title></channel></rss>');
    expect(f).toMatchObject({ title: 'J', repaired: true });
  });
});

describe('errors', () => {
  it.each([
    ['empty body', '', 'empty'],
    ['whitespace only', '  \n\t ', 'empty'],
    ['an HTML page', '<!DOCTYPE html><html><head><title>Hi</title></head><body><p>page</p></body></html>', 'not_a_feed'],
    ['other XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'not_a_feed'],
    ['JSON that is not a JSON Feed', '{"items":[{"id":1}]}', 'not_a_feed'],
    ['broken JSON', '{"version":"https://jsonfeed.org/version/1", ', 'malformed'],
    ['plain text', 'hello world', 'not_a_feed'],
    ['no root element', '<?xml version="1.0"?><!-- nothing -->', 'malformed'],
  ])('%s', (_name, body, kind) => {
    const e = fail(body);
    expect(e.kind).toBe(kind);
    expect(e.message.length).toBeGreaterThan(5);
  });
});

describe('dates and ids', () => {
  it('clamps future dates to now and falls back to first-seen', () => {
    const f = ok(`<rss><channel>
      <item><guid>a</guid><pubDate>Tue, 01 Jan 2030 00:00:00 GMT</pubDate></item>
      <item><guid>b</guid><pubDate>someday</pubDate></item></channel></rss>`);
    expect(f.items[0]).toMatchObject({ published: now, dateClamped: true, publishedSource: 'feed', publishedRaw: 'Tue, 01 Jan 2030 00:00:00 GMT' });
    expect(f.items[1]).toMatchObject({ published: now, dateClamped: false, publishedSource: 'first_seen', publishedRaw: 'someday' });
  });

  it('gives items without guid or link a stable content id', () => {
    const doc = '<rss><channel><item><title>No id</title><description>body</description></item></channel></rss>';
    const a = ok(doc).items[0]!;
    const b = ok(doc, { now: new Date('2025-01-01T00:00:00Z') }).items[0]!;
    expect(a.guid).toBeNull();
    expect(a.id).toMatch(/^urn:sha256:[0-9a-f]{32}$/);
    expect(a.id).toBe(b.id);
  });
});

describe('repaired feeds are still parsed', () => {
  it('marks and lists the repairs', () => {
    const f = ok(`<rss version="2.0"><channel><title>Q&A&nbsp;daily</title>
      <item><title>Caf&eacute; \u0007strike</title><link>http://x.example/?a=1&b=2</link><description><p>raw <b>html</p></description></item>
      </channel></rss>`);
    expect(f.repaired).toBe(true);
    expect(f.repairs.join('\n')).toMatch(/bare '&'/);
    expect(f.repairs.join('\n')).toMatch(/HTML entity &nbsp;/);
    expect(f.repairs.join('\n')).toMatch(/control characters/);
    expect(f.title).toBe('Q&A\u00a0daily');
    expect(f.items[0]).toMatchObject({ title: 'Café strike', link: 'http://x.example/?a=1&b=2', text: 'raw html' });
  });

  it('repairs raw control characters and newlines inside JSON Feed strings', () => {
    // The literal below holds a raw U+0001 and a raw newline inside JSON strings.
    const f = ok('{"version":"https://jsonfeed.org/version/1.1","title":"T\u0001x","items":[{"id":"1","content_text":"line one\nline two"}]}');
    expect(f.repaired).toBe(true);
    expect(f.title).toBe('Tx');
    expect(f.items[0]!.text).toBe('line one\nline two');
  });

  it('decodes entities left in double-escaped RSS titles', () => {
    const f = ok('<rss><channel><title><![CDATA[Tom &amp; Jerry]]></title><item><title>A &amp;quot;quote&amp;quot;</title></item></channel></rss>');
    expect(f.title).toBe('Tom & Jerry');
    expect(f.items[0]!.title).toBe('A "quote"');
  });

  it('decodes a koi8-r feed declared over HTTP', async () => {
    const iconv = (await import('iconv-lite')).default;
    const body = new Uint8Array(iconv.encode('<rss><channel><title>Новости</title></channel></rss>', 'koi8-r'));
    const f = ok(body, { contentType: 'application/rss+xml; charset=KOI8-R' });
    expect(f).toMatchObject({ title: 'Новости', encoding: 'koi8-r' });
  });
});

describe('RSS authors', () => {
  it.each([
    ['jo@x.example (Jo Doe)', 'Jo Doe'],
    ['Jo Doe (jo@x.example)', 'Jo Doe'],
    ['Jo Doe <jo@x.example>', 'Jo Doe'],
    ['jo@x.example', 'jo@x.example'],
    ['Desk', 'Desk'],
  ])('%s -> %s', (raw, name) => {
    const f = ok(`<rss><channel><item><guid>1</guid><author>${raw.replace(/</g, '&lt;')}</author></item></channel></rss>`);
    expect(f.items[0]!.author).toBe(name);
  });
});
