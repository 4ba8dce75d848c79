import type { FastifyInstance } from 'fastify';

export function registerHealthRoutes(app: FastifyInstance, checks: Record<string, () => Promise<boolean>>): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, await check().catch(() => false)] as const),
    );
    const ok = results.every(([, v]) => v);
    reply.code(ok ? 200 : 503).header('cache-control', 'no-store');
    return { status: ok ? 'ready' : 'not ready', checks: Object.fromEntries(results.map(([n, v]) => [n, v ? 'ok' : 'failing'])) };
  });
}
