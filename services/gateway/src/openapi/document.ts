import { z } from 'zod';
import type { ApiRoute } from '../http/route';
import { Problem } from '../schemas';

type JsonSchema = Record<string, unknown>;

const REF_PREFIX = '#/components/schemas/';

/**
 * JSON Schema (2020-12, which OpenAPI 3.1 uses) of a zod schema. Schemas with a meta id go
 * to `defs` once and are referenced by $ref.
 */
function toSchema(schema: z.ZodType, io: 'input' | 'output', defs: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  const { $schema: _s, $defs, ...rest } = rewriteRefs(json);
  for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) defs[id] = def;
  const meta = z.globalRegistry.get(schema);
  if (meta?.id) {
    defs[meta.id] = rest;
    return { $ref: `${REF_PREFIX}${meta.id}` };
  }
  return rest;
}

/** Point zod's local "#/$defs/X" references at the document's components. */
function rewriteRefs(json: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${REF_PREFIX}`)) as JsonSchema;
}

/** /v1/tolls/:id -> /v1/tolls/{id} */
const openApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}');

const PROBLEM_TITLES: Record<number, string> = { 400: 'Invalid parameter', 404: 'Not found', 500: 'Internal error', 503: 'Unavailable' };

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

/** The OpenAPI 3.1 document of the given routes, generated from their zod schemas. */
export function buildOpenApiDocument(routes: readonly ApiRoute[], info: OpenApiInfo): Record<string, unknown> {
  const defs: Record<string, JsonSchema> = {};
  const problemRef = toSchema(Problem, 'output', defs);
  const problem = (status: number) => ({
    description: PROBLEM_TITLES[status] ?? 'Problem',
    content: { 'application/problem+json': { schema: problemRef } },
  });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const parameters = [
      ...Object.entries(r.params?.shape ?? {}).map(([name, s]) => param(name, 'path', s as z.ZodType, true, defs)),
      ...Object.entries(r.query.shape).map(([name, s]) => param(name, 'query', s as z.ZodType, !(s as z.ZodType).safeParse(undefined).success, defs)),
    ];
    const responses: Record<string, unknown> = {
      200: {
        description: 'OK. Carries an ETag; send it back as If-None-Match to get 304 when nothing changed.',
        headers: { ETag: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: toSchema(r.response, 'output', defs) } },
      },
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
      400: problem(400),
    };
    for (const status of r.errors ?? []) responses[String(status)] = problem(status);
    responses['500'] = problem(500);
    paths[openApiPath(r.path)] = {
      get: {
        operationId: r.operationId,
        summary: r.summary,
        ...(r.description ? { description: r.description } : {}),
        tags: [r.tag],
        parameters,
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: info.version,
      ...(info.description ? { description: info.description } : {}),
    },
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))) },
  };
}

function param(name: string, where: 'path' | 'query', s: z.ZodType, required: boolean, defs: Record<string, JsonSchema>) {
  const schema = toSchema(s, 'input', defs);
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  return { name, in: where, required, ...(description ? { description } : {}), schema };
}
