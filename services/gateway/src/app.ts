import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '@claimwire/logging';
import type { Sql } from '@claimwire/sql';
import { registerEtags } from './http/etag';
import { badRequest, problemErrorHandler, sendProblem } from './http/problem';
import { activeSchemaResolver } from './readmodel-schema';
import { registerHealthRoutes } from './routes/health';
import { registerReadModelRoutes } from './routes/read-models';

export interface BuildOptions {
  sql: Sql;
  logger: Logger;
  /** Longest accepted request URL (path + query), in bytes. */
  maxUrlLength?: number;
}

/** Build the gateway app without listening: tests drive it with app.inject(). */
export async function build(o: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: o.logger as FastifyBaseLogger,
    bodyLimit: 64 * 1024,
    maxParamLength: 200,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    disableRequestLogging: false,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const maxUrl = o.maxUrlLength ?? 4096;
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.length > maxUrl) throw badRequest([{ parameter: '(query)', message: `request URL longer than ${maxUrl} bytes` }]);
  });
  app.setErrorHandler(problemErrorHandler);
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, req, {
      type: 'https://claimwire.dev/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: `no route ${req.method} ${req.url.split('?')[0]}`,
    }),
  );
  await app.register(cors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: ['etag', 'x-request-id'] });
  registerEtags(app);
  registerHealthRoutes(app, { postgres: () => o.sql.ping() });
  registerReadModelRoutes(app, { db: o.sql, schema: activeSchemaResolver(o.sql) });
  return app;
}
