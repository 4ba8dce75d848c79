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

  it('reports every error in one run: fields, duplicate ids and allowPrivate entries together', () => {
    const p = file(
      'many.yaml',
      'allowPrivate: ["not a host!"]\nfeeds:\n  - id: twice\n    url: https://news.example/a\n  - id: twice\n    url: ftp://news.example/b\n  - id: late\n    url: https://news.example/c\n    interval: soon\n',
    );
    const r = validate('validate', p);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/allowPrivate\[0\]: expected an IP, a CIDR/);
    expect(r.stderr).toMatch(/feeds\[1\]\.url: must be an http\(s\) URL/);
    expect(r.stderr).toMatch(/feeds\[2\]\.interval.*not a duration/);
    expect(r.stderr).toMatch(/feeds\[1\]\.id: duplicate feed id "twice" \(also feeds\[0\]\)/);
    const yaml = validate('validate', file('syntax.yaml', 'feeds: []\nfeeds: []\nallowPrivate: [a\n'));
    expect(yaml.status).toBe(1);
    expect(yaml.stderr).toMatch(/not valid YAML: Map keys must be unique/);
    expect(yaml.stderr).toMatch(/not valid YAML: Flow sequence .* must .* end with a \]/);
  }, 30_000);

  it('warns about private and loopback hosts that ingest will refuse, and not about allowed ones', () => {
    const p = file(
      'private.yaml',
      'allowPrivate: ["10.1.0.0/16"]\nfeeds:\n  - id: loop\n    url: http://127.0.0.1:8081/a\n  - id: local-name\n    url: http://localhost:8081/b\n  - id: lan\n    url: http://192.168.1.20/c\n  - id: allowed\n    url: http://10.1.2.3/d\n  - id: off\n    url: http://127.0.0.2/e\n    enabled: false\n',
    );
    const r = validate('validate', p);
    expect(r.status).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings.map((w) => /feed "([^"]+)"/.exec(w)?.[1]).sort()).toEqual(['lan', 'local-name', 'loop']);
    for (const w of warnings) expect(w).toContain('allowPrivate');
    expect(r.stdout).toContain('5 feed(s), valid, 3 warning(s)');
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
