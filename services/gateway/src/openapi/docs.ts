import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * /openapi.json serves the generated document; /docs is Swagger UI over it (assets served
 * locally by @fastify/swagger-ui, no CDN). @fastify/swagger runs in static mode: it does not
 * derive anything from fastify routes, it hands out the document built from the zod schemas.
 */
export async function registerDocs(app: FastifyInstance, document: Record<string, unknown>): Promise<void> {
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => document);
}
