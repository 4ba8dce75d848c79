import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const now = new Date('2024-06-01T00:00:00Z');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Time one parse; the safety cases must fail fast. */
function timed(s: string) {
  const t0 = performance.now();
  const r = parseFeed(enc(s), { now });
  return { r, ms: performance.now() - t0 };
}

const secretDir = mkdtempSync(join(tmpdir(), 'claimwire-xxe-'));
const secretFile = join(secretDir, 'secret.txt');
writeFileSync(secretFile, 'TOP-SECRET-CONTENT');
afterAll(() => rmSync(secretDir, { recursive: true, force: true }));

describe('XML safety', () => {
  it('refuses the billion laughs quickly', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [${lol.join('\n')}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
    const { r, ms } = timed(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('xml_unsafe');
    expect(ms).toBeLessThan(500);
  });

  it('refuses the quadratic blow-up (one large entity referenced very often) by its budget', () => {
    const big = 'x'.repeat(9_000);
    const refs = '&a;'.repeat(200_000);
    const { r, ms } = timed(`<!DOCTYPE rss [<!ENTITY a "${big}">]><rss><channel><title>${refs}</title></channel></rss>`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('xml_unsafe');
    expect(ms).toBeLessThan(2000);
  });

  it('refuses an external entity (XXE) and never reads the file', () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secretFile}">]>
      <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>`;
    const { r, ms } = timed(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('xml_unsafe');
      expect(r.error.message).toMatch(/external entity 'xxe'/);
    }
    expect(JSON.stringify(r)).not.toContain('TOP-SECRET');
    expect(ms).toBeLessThan(500);
  });

  it('refuses a PUBLIC external entity too', () => {
    const r = parseFeed(enc(`<!DOCTYPE rss [<!ENTITY e PUBLIC "-//x//EN" "http://127.0.0.1:1/e">]><rss><channel/></rss>`), { now });
    expect(r.ok ? 'ok' : r.error.kind).toBe('xml_unsafe');
  });

  it('ignores external parameter entities (not fetched) and parses the feed', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY % ext SYSTEM "file://${secretFile}"> %ext;]><rss><channel><title>T</title></channel></rss>`;
    const r = parseFeed(enc(doc), { now });
    expect(r.ok && r.feed.title).toBe('T');
    expect(JSON.stringify(r)).not.toContain('TOP-SECRET');
  });

  it('expands a plain internal entity once', () => {
    const r = parseFeed(enc(`<!DOCTYPE rss [<!ENTITY org "Claim &#38; Wire">]><rss><channel><title>&org; news</title></channel></rss>`), { now });
    expect(r.ok && r.feed.title).toBe('Claim & Wire news');
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const { r, ms } = timed(`<rss><channel>${'<x>'.repeat(100_000)}</channel></rss>`);
    expect(r.ok ? 'ok' : r.error.kind).toBe('xml_unsafe');
    expect(ms).toBeLessThan(1000);
  });
});
