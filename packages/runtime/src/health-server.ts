import { createServer, type Server } from 'node:http';

export type Check = () => Promise<boolean>;

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export interface HealthRoutes {
  /** name -> check; /readyz answers 200 only when every check passes. */
  checks: Record<string, Check>;
  /** Extra GET routes (e.g. /metrics), returning [contentType, body]. */
  routes?: Record<string, () => Promise<[string, string]>>;
}

/** A dependency that does not answer within this is failing: /readyz itself must answer fast. */
export const CHECK_TIMEOUT_MS = 2000;

function withDeadline(p: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.catch(() => false),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A tiny HTTP server for the worker services: /healthz (alive), /readyz (dependencies). */
export async function startHealthServer(port: number, host: string, r: HealthRoutes): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'application/json', '{"error":"method not allowed"}');
    if (path === '/healthz') return send(200, 'application/json', '{"status":"ok"}');
    if (path === '/readyz') {
      void Promise.all(
        Object.entries(r.checks).map(async ([name, check]) => [name, await withDeadline(check(), CHECK_TIMEOUT_MS)] as const),
      ).then((results) => {
        const checks = Object.fromEntries(results.map(([n, ok]) => [n, ok ? 'ok' : 'failing']));
        const ok = results.every(([, v]) => v);
        send(ok ? 200 : 503, 'application/json', JSON.stringify({ status: ok ? 'ready' : 'not ready', checks }));
      });
      return;
    }
    const route = path ? r.routes?.[path] : undefined;
    if (route) {
      void route().then(
        ([type, body]) => send(200, type, body),
        (err: Error) => send(500, 'text/plain', err.message),
      );
      return;
    }
    send(404, 'application/json', '{"error":"not found"}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address();
  return {
    port: typeof addr === 'object' && addr ? addr.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
