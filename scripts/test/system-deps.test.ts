/** The runner's system dependencies, against a PATH of fake tools (the machine's own are never touched). */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSystemDeps, neededFor, SYSTEM_DEPS } from './system-deps.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fakeBin(tools: Record<string, string>): string {
  const bin = mkdtempSync(join(tmpdir(), 'cw-fakebin-'));
  dirs.push(bin);
  for (const [name, body] of Object.entries(tools)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

const ok = 'exit 0';
const quiet = () => undefined;

describe('ensureSystemDeps', () => {
  it('finds tools on PATH and installs nothing', () => {
    const bin = fakeBin({ chromium: ok, 'docker-compose': ok, openssl: ok, 'apt-get': 'exit 9' });
    const r = ensureSystemDeps({ deps: SYSTEM_DEPS, env: { PATH: bin }, isRoot: true, log: quiet });
    expect(r).toEqual({ ok: true, found: { chromium: join(bin, 'chromium'), 'docker-compose': join(bin, 'docker-compose'), openssl: join(bin, 'openssl') } });
  });

  it('installs what is missing with apt-get when root', () => {
    const log = join(tmpdir(), `cw-apt-${process.pid}-${Date.now()}.log`);
    const bin = fakeBin({
      openssl: ok,
      // a stand-in for apt-get: records its arguments and "installs" the packages into PATH
      'apt-get': `PATH="$PATH:/usr/bin:/bin"\necho "$@" >> ${log}\nfor a in "$@"; do case "$a" in chromium|docker-compose) printf '#!/bin/sh\\nexit 0\\n' > "$(dirname "$0")/$a"; chmod +x "$(dirname "$0")/$a";; esac; done`,
    });
    const messages: string[] = [];
    const r = ensureSystemDeps({ deps: SYSTEM_DEPS, env: { PATH: bin }, isRoot: true, log: (m) => messages.push(m) });
    expect(r.ok).toBe(true);
    expect(messages).toEqual(['installing chromium docker-compose (apt-get, Debian packages)']);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    rmSync(log);
    expect(calls[0]).toMatch(/^update /);
    expect(calls[1]).toMatch(/^install -y .*chromium docker-compose$/);
  });

  it('names what is missing in one line when it cannot install (no apt-get)', () => {
    const bin = fakeBin({ openssl: ok });
    const r = ensureSystemDeps({ deps: SYSTEM_DEPS, env: { PATH: bin }, isRoot: true, log: quiet });
    expect(r).toEqual({
      ok: false,
      line: 'missing: chromium (for tests/browser), docker-compose (for tests/ops/compose.test.ts); cannot install them here (no apt-get): apt-get install -y chromium docker-compose, or run npm test as root on Debian',
    });
  });

  it('does not try apt-get when not root', () => {
    const bin = fakeBin({ openssl: ok, chromium: ok, 'apt-get': 'exit 0' });
    const r = ensureSystemDeps({ deps: SYSTEM_DEPS, env: { PATH: bin }, isRoot: false, log: quiet });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.line).toMatch(/^missing: docker-compose .*\(not root\)/);
  });

  it('fails when apt-get does not deliver', () => {
    const bin = fakeBin({ openssl: ok, 'docker-compose': ok, 'apt-get': 'exit 100' });
    const r = ensureSystemDeps({ deps: SYSTEM_DEPS, env: { PATH: bin }, isRoot: true, log: quiet });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.line).toBe('missing: chromium (for tests/browser); apt-get could not install them (update exit 100, install exit 100)');
  });

  it('takes CHROMIUM_PATH over PATH', () => {
    const other = fakeBin({ 'my-chromium': ok });
    const bin = fakeBin({ 'docker-compose': ok, openssl: ok });
    const r = ensureSystemDeps({ deps: SYSTEM_DEPS, env: { PATH: bin, CHROMIUM_PATH: join(other, 'my-chromium') }, isRoot: false, log: quiet });
    expect(r.ok && r.found.chromium).toBe(join(other, 'my-chromium'));
  });

  it('as a command: exit 1 and the one line on stderr', () => {
    const bin = fakeBin({ openssl: ok });
    const r = spawnSync(process.execPath, [join(import.meta.dirname, 'system-deps.mjs')], { env: { PATH: bin }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^\[claimwire\] missing: chromium \(for tests\/browser\), docker-compose/)]);
  });
});

describe('neededFor', () => {
  it('needs everything for a full run and only the selected specs\' tools otherwise', () => {
    expect(neededFor([]).map((d) => d.name)).toEqual(['chromium', 'docker-compose', 'openssl']);
    expect(neededFor(['tests/browser/dashboard.test.ts']).map((d) => d.name)).toEqual(['chromium']);
    expect(neededFor(['./tests/']).map((d) => d.name)).toEqual(['chromium', 'docker-compose']);
    expect(neededFor(['services/gateway']).map((d) => d.name)).toEqual([]);
  });
});
