import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_CSP, loadDashboardAssets, registerDashboard } from './dashboard';
import { mapFiles } from './map/assets';

let app: FastifyInstance;
let root: string;
let dir: string;

beforeAll(async () => {
  // a folder of our own, with files that must never be served next to the ones that must
  root = mkdtempSync(join(tmpdir(), 'cw-dash-'));
  dir = join(root, 'dashboard');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'app.js'), 'export const x = 1;');
  writeFileSync(join(dir, 'style.css'), 'body{}');
  writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, '.secret.js'), 'no');
  writeFileSync(join(dir, 'notes.txt'), 'no');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'x.js'), 'no');
  writeFileSync(join(dir, '..', 'outside.js'), 'no');
  app = Fastify();
  await registerDashboard(app, { dir });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ notFound: true }));
});
afterAll(async () => {
  await app?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the dashboard static files', () => {
  it('serves the page at / with its content type, an ETag, revalidation and a strict CSP', async () => {
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toBe(DASHBOARD_CSP);
    expect(r.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(r.body).toContain('<title>t</title>');
    const again = await app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': r.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const head = await app.inject({ method: 'HEAD', url: '/' });
    expect(head.statusCode).toBe(200);
  });

  it('serves scripts, styles and the icon with their types', async () => {
    const types: Record<string, string> = { 'app.js': 'text/javascript; charset=utf-8', 'style.css': 'text/css; charset=utf-8', 'icon.svg': 'image/svg+xml' };
    for (const [file, type] of Object.entries(types)) {
      const r = await app.inject({ method: 'GET', url: `/dashboard/${file}` });
      expect(r.statusCode, file).toBe(200);
      expect(r.headers['content-type']).toBe(type);
      expect(r.headers['content-security-policy']).toBeUndefined();
    }
  });

  it('serves nothing outside its fixed list: no dot files, unknown types, sub folders or traversal', async () => {
    for (const url of [
      '/dashboard/.secret.js',
      '/dashboard/notes.txt',
      '/dashboard/sub/x.js',
      '/dashboard/sub%2Fx.js',
      '/dashboard/..%2Foutside.js',
      '/dashboard/%2e%2e%2foutside.js',
      '/dashboard/../outside.js',
      '/dashboard/index.html/',
      '/dashboard/missing.js',
      '/dashboard/',
    ]) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
    }
  });

  it('loads the real dashboard folder: the page and every module it imports', () => {
    const assets = loadDashboardAssets();
    // the map's files (d3-geo, d3-array, the outline) are served beside them
    const names = [...assets.keys(), ...mapFiles().map((f) => f.name)];
    expect(names).toEqual(expect.arrayContaining(['index.html', 'app.js', 'style.css', 'icon.svg']));
    // every relative import of every module is a file that is served
    for (const a of assets.values()) {
      if (!a.name.endsWith('.js')) continue;
      for (const m of a.body.toString('utf8').matchAll(/from '\.\/([^']+)'/g)) expect(names, `${a.name} imports ${m[1]}`).toContain(m[1]);
    }
    // the page names its files relative to itself (it must work behind a path prefix)
    const html = assets.get('index.html')!.body.toString('utf8');
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
  });
});
