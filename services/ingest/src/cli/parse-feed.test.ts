import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./parse-feed.ts', import.meta.url));
const fixtures = fileURLToPath(new URL('../feed/fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parse-feed-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(files: string[]): { status: number; lines: Record<string, unknown>[] } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', cli, ...files], { encoding: 'utf-8' });
    return { status: 0, lines: out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, lines: err.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
  }
}

describe('parse-feed CLI', () => {
  it('prints one JSON line per feed with ISO dates, null when the feed has none', () => {
    const undated = join(dir, 'undated.xml');
    writeFileSync(undated, '<rss><channel><title>U</title><item><title>No date</title><link>http://u.example/1</link></item></channel></rss>');
    const { status, lines } = run([join(fixtures, 'rss2-news.xml'), undated]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ title: 'Frontline Wire', link: 'https://wire.example/' });
    const items = lines[0]!.items as Record<string, unknown>[];
    expect(Object.keys(items[0]!).sort()).toEqual(['author', 'content', 'id', 'link', 'published', 'summary', 'title', 'updated']);
    expect(items[0]).toMatchObject({ id: 'wire-2024-0512', published: '2024-05-12T06:30:00.000Z', updated: null });
    expect(lines[1]!.items).toEqual([
      { id: 'http://u.example/1', title: 'No date', link: 'http://u.example/1', published: null, updated: null, author: null, summary: null, content: null },
    ]);
  });

  it('prints an error line for a non-feed, still prints the others, and exits non-zero', () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, '<!doctype html><html><body><p>Hello</p></body></html>');
    const { status, lines } = run([html, join(fixtures, 'atom10-xml-base.xml')]);
    expect(status).not.toBe(0);
    expect(lines[0]).toEqual({ file: html, error: expect.stringMatching(/^not_a_feed: .*HTML page/) });
    expect(lines[1]).toMatchObject({ title: 'Daily Brief' });
  });
});
