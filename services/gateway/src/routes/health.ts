import type { FastifyPluginAsync } from 'fastify';

export interface HealthOptions {
  /** Each dependency /readyz checks, by name (false or a throw: failing). */
  checks: Record<string, () => Promise<boolean>>;
}

/** GET /healthz (the process is up) and /readyz (its dependencies answer); not in /openapi.json. */
export const healthPlugin: FastifyPluginAsync<HealthOptions> = async (app, { checks }) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, await check().catch(() => false)] as const),
    );
    const ok = results.every(([, v]) => v);
    reply.code(ok ? 200 : 503).header('cache-control', 'no-store');
    return { status: ok ? 'ready' : 'not ready', checks: Object.fromEntries(results.map(([n, v]) => [n, v ? 'ok' : 'failing'])) };
  });
};
