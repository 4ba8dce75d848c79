import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '@claimwire/testing';

/** `docker compose` (v2 plugin) or `docker-compose` (v1), whichever is installed. */
function composeCommand(): string[] | null {
  for (const cmd of [['docker', 'compose'], ['docker-compose']]) {
    const r = spawnSync(cmd[0] as string, [...cmd.slice(1), 'version'], { encoding: 'utf8' });
    if (r.status === 0) return cmd;
  }
  return null;
}

const compose = composeCommand();
const COMPOSE_FILE = resolve(REPO_ROOT, 'docker-compose.yml');

function config(file: string, args: string[] = []) {
  const [bin, ...pre] = compose as string[];
  return spawnSync(bin as string, [...pre, '-f', file, '--profile', 'metrics', 'config', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, COMPOSE_PROJECT_NAME: 'claimwire' },
  });
}

// `npm test` installs docker-compose when it can (scripts/test/system-deps.mjs); without it these checks fail, they are never skipped
describe('docker-compose.yml', () => {
  it('has a compose tool to validate with', () => {
    expect(compose, 'neither `docker compose` nor `docker-compose` is installed').not.toBeNull();
  });

  it('is valid (`config -q`)', () => {
    const r = config(COMPOSE_FILE, ['-q']);
    expect(r.stderr).not.toMatch(/error|invalid/i);
    expect(r.status).toBe(0);
  });

  it('is rejected when broken, so the check above can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-compose-'));
    const broken = join(dir, 'docker-compose.yml');
    copyFileSync(COMPOSE_FILE, broken);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('restart: unless-stopped', 'restart: [not, a, policy]'));
    expect(config(broken, ['-q']).status).not.toBe(0);
  });

  it('runs every service with a health check, a restart policy and the one shared non-root image', () => {
    const r = config(COMPOSE_FILE);
    expect(r.status).toBe(0);
    const doc = parse(r.stdout) as { services: Record<string, any>; volumes: Record<string, unknown> };
    const s = doc.services;
    expect(Object.keys(s).sort()).toEqual(['extractor', 'gateway', 'ingest', 'kafka', 'postgres', 'projector', 'prometheus', 'setup']);
    for (const [name, svc] of Object.entries(s)) {
      if (name === 'setup') {
        expect(svc.restart).toBe('no');
        continue;
      }
      expect(svc.restart, name).toBe('unless-stopped');
      expect(svc.healthcheck?.test, name).toBeTruthy();
      expect(svc.healthcheck?.disable ?? false, name).toBe(false);
    }
    // built once (by setup), reused by the four services
    const built = Object.entries(s).filter(([, svc]) => svc.build).map(([n]) => n);
    expect(built).toEqual(['setup']);
    for (const n of ['setup', 'ingest', 'extractor', 'projector', 'gateway']) expect(s[n].image, n).toBe('claimwire:local');
    for (const n of ['ingest', 'extractor', 'projector', 'gateway']) {
      expect(s[n].depends_on?.setup?.condition, n).toBe('service_completed_successfully');
    }
    // state on named volumes; Prometheus only under its profile
    expect(s.kafka.volumes.some((v: any) => (typeof v === 'string' ? v : v.source).startsWith('kafka-data'))).toBe(true);
    expect(s.postgres.volumes.some((v: any) => (typeof v === 'string' ? v : v.source).startsWith('postgres-data'))).toBe(true);
    expect(Object.keys(doc.volumes)).toEqual(expect.arrayContaining(['kafka-data', 'postgres-data']));
    expect(s.prometheus.profiles).toEqual(['metrics']);
  });

  it('builds an image that runs as the unprivileged node user and installs production dependencies only', () => {
    const dockerfile = readFileSync(resolve(REPO_ROOT, 'Dockerfile'), 'utf8');
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(finalStage).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });
});
