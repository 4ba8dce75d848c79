import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAddressGuard, loadFeedsFile, parseFeed } from '@claimwire/ingest';
import { freePort, REPO_ROOT, waitFor } from '@claimwire/testing';

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

const PASSWORD = 's3cret-from-env';

function config(file: string, args: string[] = [], env: Record<string, string | undefined> = { POSTGRES_PASSWORD: PASSWORD }) {
  const [bin, ...pre] = compose as string[];
  return spawnSync(bin as string, [...pre, '-f', file, '--profile', 'metrics', 'config', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, COMPOSE_PROJECT_NAME: 'claimwire', ...env },
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the resolved compose document
type Doc = { services: Record<string, any>; volumes: Record<string, unknown> };
function resolved(): Doc {
  const r = config(COMPOSE_FILE);
  expect(r.status, r.stderr).toBe(0);
  return parse(r.stdout) as Doc;
}
/** The file a container path under /app/config names in ./config. */
const hostConfigPath = (p: string) => resolve(REPO_ROOT, 'config', p.replace(/^\/app\/config\//, ''));

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
    expect(Object.keys(s).sort()).toEqual(['extractor', 'gateway', 'ingest', 'kafka', 'postgres', 'projector', 'prometheus', 'sample-feeds', 'setup']);
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
    for (const n of ['setup', 'ingest', 'extractor', 'projector', 'gateway', 'sample-feeds']) expect(s[n].image, n).toBe('claimwire:local');
    for (const n of ['ingest', 'extractor', 'projector', 'gateway']) {
      expect(s[n].depends_on?.setup?.condition, n).toBe('service_completed_successfully');
    }
    // state on named volumes; Prometheus only under its profile
    expect(s.kafka.volumes.some((v: any) => (typeof v === 'string' ? v : v.source).startsWith('kafka-data'))).toBe(true);
    expect(s.postgres.volumes.some((v: any) => (typeof v === 'string' ? v : v.source).startsWith('postgres-data'))).toBe(true);
    expect(Object.keys(doc.volumes)).toEqual(expect.arrayContaining(['kafka-data', 'postgres-data']));
    expect(s.prometheus.profiles).toEqual(['metrics']);
  });

  it('takes the Postgres password from the environment and refuses to start without one', () => {
    const without = config(COMPOSE_FILE, ['-q'], { POSTGRES_PASSWORD: undefined });
    expect(without.status).not.toBe(0);
    expect(without.stderr).toContain('POSTGRES_PASSWORD');
    const s = resolved().services;
    expect(s.postgres.environment.POSTGRES_PASSWORD).toBe(PASSWORD);
    for (const n of ['setup', 'ingest', 'extractor', 'projector', 'gateway']) {
      expect(new URL(s[n].environment.DATABASE_URL).password, n).toBe(PASSWORD);
    }
    expect(readFileSync(COMPOSE_FILE, 'utf8')).not.toMatch(/PASSWORD: claimwire|claimwire:claimwire@/);
  });

  it('probes liveness (/healthz), not readiness, and limits every container', () => {
    const s = resolved().services;
    for (const n of ['ingest', 'extractor', 'projector', 'gateway']) {
      const test = (s[n].healthcheck.test as string[]).join(' ');
      expect(test, n).toContain('/healthz');
      expect(test, n).not.toContain('/readyz');
    }
    for (const [name, svc] of Object.entries(s)) {
      const mem = svc.mem_limit ?? svc.deploy?.resources?.limits?.memory;
      const cpus = svc.cpus ?? svc.deploy?.resources?.limits?.cpus;
      expect(mem, `${name} memory limit`).toBeTruthy();
      expect(Number(cpus), `${name} cpu limit`).toBeGreaterThan(0);
    }
  });

  it('publishes the API only: /metrics on a port of its own that Prometheus scrapes inside the network', () => {
    const s = resolved().services;
    const published = Object.entries(s).flatMap(([n, svc]) =>
      ((svc.ports ?? []) as (string | { published: string | number; host_ip?: string })[]).map((p) => ({ n, p: typeof p === 'string' ? p : `${p.host_ip ?? ''}:${p.published}` })),
    );
    const public_ = published.filter(({ p }) => !p.startsWith('127.0.0.1:'));
    expect(public_.map(({ n }) => n)).toEqual(['gateway']);
    const metricsPort = Number(s.gateway.environment.METRICS_PORT);
    expect(metricsPort).toBeGreaterThan(0);
    expect(metricsPort).not.toBe(Number(s.gateway.environment.PORT));
    expect(JSON.stringify(s.gateway.ports)).not.toContain(String(metricsPort));
    const prom = parse(readFileSync(resolve(REPO_ROOT, 'infra/prometheus/prometheus.yml'), 'utf8')) as { scrape_configs: { job_name: string; dns_sd_configs?: { port: number }[] }[] };
    expect(prom.scrape_configs.find((j) => j.job_name === 'gateway')?.dns_sd_configs?.[0]?.port).toBe(metricsPort);
  });

  it('serves the sample feeds that the compose feeds file points ingest at, allowed past the SSRF guard', async () => {
    const s = resolved().services;
    const feedsFile = hostConfigPath(s.ingest.environment.FEEDS_FILE as string);
    const feeds = loadFeedsFile(feedsFile);
    expect(feeds.feeds.length).toBeGreaterThan(0);
    const sample = s['sample-feeds'];
    expect(s.ingest.depends_on['sample-feeds']?.condition).toBe('service_healthy');
    const listenPort = Number(String(sample.environment.SAMPLE_FEEDS_LISTEN).split(':').pop());
    // ingest refuses private addresses unless allowed: the compose network's are private
    const guard = createAddressGuard({ allowPrivate: feeds.allowPrivate });
    for (const f of feeds.feeds) {
      const u = new URL(f.url);
      expect(u.hostname, f.id).toBe('sample-feeds');
      expect(Number(u.port), f.id).toBe(listenPort);
      expect(guard.checkAddress(u.hostname, '172.18.0.5').allowed, f.id).toBe(true);
    }
    // run the service as compose does (its command and environment, paths mapped to ./config)
    const port = await freePort();
    const cmd = sample.command as string[];
    // the image runs the esbuild bundles (dist/): build them as the Dockerfile does
    if (cmd.some((a) => a.startsWith('dist/'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'ignore' });
    const proc = spawn(process.execPath, cmd.slice(1), {
      cwd: REPO_ROOT,
      env: { ...process.env, SAMPLE_FEEDS_DIR: hostConfigPath(sample.environment.SAMPLE_FEEDS_DIR), SAMPLE_FEEDS_LISTEN: `127.0.0.1:${port}` },
      stdio: 'ignore',
    });
    try {
      for (const f of feeds.feeds) {
        const u = new URL(f.url);
        const local = `http://127.0.0.1:${port}${u.pathname}`;
        const body = await waitFor(
          async () => {
            const r = await fetch(local);
            return r.ok ? Buffer.from(await r.arrayBuffer()) : false;
          },
          { timeoutMs: 30_000, what: local },
        );
        const parsed = parseFeed(body, { now: new Date() });
        expect(parsed.ok && parsed.feed.items.length, f.id).toBeGreaterThan(0);
      }
    } finally {
      proc.kill('SIGTERM');
    }
  });

  it('builds an image that runs as the unprivileged node user and ships the bundles and the modules they import only', () => {
    const dockerfile = readFileSync(resolve(REPO_ROOT, 'Dockerfile'), 'utf8');
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(finalStage).toMatch(/^USER node$/m);
    // the final stage runs esbuild bundles on Node 24 with only the modules they import
    expect(finalStage).toMatch(/^FROM node:24-slim$/m);
    expect(finalStage).toMatch(/^COPY --from=build \/prod\/node_modules /m);
    expect(dockerfile).toMatch(/scripts\/build\.mjs --modules \/prod\/node_modules/);
    expect(finalStage).not.toMatch(/tsx/);
  });
});
