import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'feeds-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run -s feeds -- validate FILE`, exactly as ops run it. */
function validate(...args: string[]) {
  const r = spawnSync('npm', ['run', '-s', 'feeds', '--', ...args], { cwd: root, encoding: 'utf-8', env: { ...process.env, FEEDS_FILE: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('feeds CLI', () => {
  it('validates a good file and lists its feeds', () => {
    const p = file(
      'good.yaml',
      'defaults:\n  interval: 15m\nfeeds:\n  - id: kyiv-desk\n    url: https://news.example/rss\n    fullText: true\n    headers:\n      X-Api-Key: abc\n  - id: paused\n    url: https://news.example/atom\n    interval: 1h\n    enabled: false\n',
    );
    const r = validate('validate', p);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ok\s+kyiv-desk\s+every 900s\s+full text\s+https:\/\/news\.example\/rss/);
    expect(r.stdout).toMatch(/paused paused\s+every 3600s/);
    expect(r.stdout).toContain(`${p}: 2 feed(s), valid`);
  }, 30_000);

  it('refuses a bad file, naming the feed and the field, with exit code 1', () => {
    const p = file('bad.yaml', 'feeds:\n  - id: ok-feed\n    url: https://news.example/rss\n  - id: broken\n    url: ftp://news.example/rss\n    interval: soon\n');
    const r = validate('validate', p);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/feeds\[1\]\.url: must be an http\(s\) URL \(feed "broken"\)/);
    expect(r.stderr).toMatch(/feeds\[1\]\.interval.*not a duration/);
  }, 30_000);

  it('reports a missing file and a missing command', () => {
    const missing = validate('validate', join(dir, 'nope.yaml'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.yaml');
    const usage = validate();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage/);
  }, 30_000);

  it('accepts the shipped config/feeds.yaml', () => {
    const r = validate('validate', join(root, 'config/feeds.yaml'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 30_000);
});
