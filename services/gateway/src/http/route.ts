import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseParams, parseQuery } from './query';

/**
 * One endpoint, described once: its path, query and path-parameter schemas, the response
 * schema its handler's result is validated against, and the problems it can answer with.
 * The routes are registered from these and /openapi.json is generated from the same list.
 */
export interface ApiRoute<Q extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  /** Fastify path, e.g. /v1/tolls/:id */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  query: Q;
  params?: P;
  response: R;
  /** Problem statuses besides 400 (always possible). */
  errors?: number[];
  handler: (input: { query: z.infer<Q>; params: z.infer<P> }, req: FastifyRequest) => Promise<z.input<R>>;
}

/** Keeps the generic types of a route literal (an identity function for inference). */
export function defineRoute<Q extends z.ZodObject, P extends z.ZodObject, R extends z.ZodType>(r: ApiRoute<Q, P, R>): ApiRoute {
  return r as unknown as ApiRoute;
}

export interface RegisterOptions {
  /** Parse every response with its schema (a mismatch is a 500, never a wrong document). Default true. */
  validateResponses?: boolean;
}

export function registerApiRoutes(app: FastifyInstance, routes: readonly ApiRoute[], o: RegisterOptions = {}): void {
  const validate = o.validateResponses ?? true;
  for (const r of routes) {
    app.get(r.path, async (req: FastifyRequest, _reply: FastifyReply) => {
      const params = r.params ? parseParams(r.params, req.params) : {};
      const query = parseQuery(r.query, req.query);
      const out = await r.handler({ query, params } as never, req);
      return validate ? r.response.parse(out) : out;
    });
  }
}
