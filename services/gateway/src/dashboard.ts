import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { mapFiles } from './map/assets';

/**
 * The dashboard: a handful of static files (plain ES modules, CSS, one SVG icon) from
 * services/gateway/dashboard, served at / and /dashboard/<file>. They are read once when the
 * gateway starts and served from memory, so a request can only ever name a file of that fixed
 * list: no path is joined from the URL, hence no directory traversal. The page reads nothing
 * but the public /v1 API, with relative URLs (it works behind any prefix a proxy adds), and
 * the map's files (map/assets.ts: d3-geo, d3-array, the outline from world-atlas), made when
 * the gateway starts and served the same way.
 */

export const DASHBOARD_DIR = fileURLToPath(new URL('../dashboard/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/** What a file name must look like to be served: flat, no dot files, a known type. */
const SERVABLE = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)+$/;

/** The page may load only its own files and talk only to its own origin. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export interface DashboardAsset {
  name: string;
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Reads every servable file of dir (not recursive) into memory, keyed by file name. */
export function loadDashboardAssets(dir: string = DASHBOARD_DIR): Map<string, DashboardAsset> {
  const assets = new Map<string, DashboardAsset>();
  for (const name of readdirSync(dir)) {
    const contentType = CONTENT_TYPES[extname(name).toLowerCase()];
    if (!contentType || !SERVABLE.test(name)) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    assets.set(name, dashboardAsset(name, readFileSync(path), contentType));
  }
  return assets;
}

export function dashboardAsset(name: string, body: Buffer, contentType: string): DashboardAsset {
  return { name, body, contentType, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

function send(req: FastifyRequest, reply: FastifyReply, asset: DashboardAsset): FastifyReply {
  reply
    .header('content-type', asset.contentType)
    .header('etag', asset.etag)
    // small files without fingerprints in their names: always revalidate (a 304 is cheap)
    .header('cache-control', 'no-cache')
    .header('x-content-type-options', 'nosniff');
  if (asset.contentType.startsWith('text/html')) {
    reply.header('content-security-policy', DASHBOARD_CSP).header('referrer-policy', 'no-referrer');
  }
  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim() === asset.etag || t.trim() === '*')) return reply.code(304).send();
  return reply.send(asset.body);
}

export interface DashboardOptions {
  /** Folder of the static files (default: services/gateway/dashboard). */
  dir?: string;
}

/** GET / (the page) and GET /dashboard/:file (its scripts, styles and icon). */
export async function registerDashboard(app: FastifyInstance, o: DashboardOptions = {}): Promise<void> {
  const assets = loadDashboardAssets(o.dir);
  for (const f of mapFiles()) assets.set(f.name, dashboardAsset(f.name, f.body, f.contentType));
  const index = assets.get('index.html');
  if (!index) throw new Error(`dashboard: no index.html in ${o.dir ?? DASHBOARD_DIR}`);
  app.get('/', { schema: { hide: true } }, async (req, reply) => send(req, reply, index));
  app.get<{ Params: { file: string } }>('/dashboard/:file', { schema: { hide: true } }, async (req, reply) => {
    const asset = assets.get(req.params.file);
    if (!asset) return reply.callNotFound();
    return send(req, reply, asset);
  });
}
