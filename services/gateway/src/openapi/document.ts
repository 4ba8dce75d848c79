import { z } from 'zod';
import { isEventStream, type ApiRoute, type DocumentedRoute, type EventStreamRoute } from '../http/route';
import { PROBLEM_SLUGS, PROBLEM_TYPES, PROBLEMS_PATH, problemTypeUri, type ProblemSlug } from '../problems/catalogue';
import { ProblemTypeDoc, ProblemTypeParams } from '../problems/schema';
import { Problem } from '../schemas';
import { HEADERS, RATE_LIMIT_HEADERS, headerRefs } from './headers';
import { TAG_DESCRIPTIONS } from './tags';

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
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) return rest;
  const ref = `${REF_PREFIX}${id}`;
  // zod writes a root schema that has an id as {"$ref": "#/$defs/<id>"} with the body in
  // $defs: the body is already in defs then, and the root must not replace it with a
  // reference to itself
  if (rest.$ref !== ref) defs[id] = rest;
  if (!defs[id]) throw new Error(`zod gave no JSON schema for ${id}`);
  return { $ref: ref };
}

/** Point zod's local "#/$defs/X" references at the document's components. */
function rewriteRefs(json: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${REF_PREFIX}`)) as JsonSchema;
}

/** /v1/tolls/:id -> /v1/tolls/{id} */
const openApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}');

/** The problem types an error status answers with, for the response's description. */
function problemSlugs(status: number): ProblemSlug[] {
  return PROBLEM_SLUGS.filter((s) => (PROBLEM_TYPES[s].statuses as readonly number[]).includes(status));
}

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

/** The OpenAPI 3.1 document of the given routes, generated from their zod schemas. */
export function buildOpenApiDocument(routes: readonly DocumentedRoute[], info: OpenApiInfo): Record<string, unknown> {
  const defs: Record<string, JsonSchema> = {};
  const problemRef = toSchema(Problem, 'output', defs);
  const problem = (status: number, extraHeaders: Record<string, unknown> = {}) => {
    const slugs = problemSlugs(status);
    const first = slugs[0] ? PROBLEM_TYPES[slugs[0]].title : 'Problem';
    return {
      description: `${first}: problem+json with \`type\` ${slugs.map((s) => `\`${problemTypeUri(s)}\``).join(' or ')} (GET it for an explanation).`,
      headers: { ...headerRefs('X-Request-Id'), ...extraHeaders },
      content: { 'application/problem+json': { schema: problemRef } },
    };
  };
  const tooManyRequests = problem(429, headerRefs('Retry-After', ...RATE_LIMIT_HEADERS));
  tooManyRequests.description = `Too many requests from this client address (only while rate limiting is on, RATE_LIMIT_PER_MINUTE). Wait Retry-After seconds. ${tooManyRequests.description}`;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    if (isEventStream(r)) {
      paths[openApiPath(r.path)] = { get: eventStreamOperation(r, defs, problem, tooManyRequests) };
      continue;
    }
    const parameters = [
      ...Object.entries(r.params?.shape ?? {}).map(([name, s]) => param(name, 'path', s as z.ZodType, true, defs)),
      ...Object.entries(r.query.shape).map(([name, s]) => param(name, 'query', s as z.ZodType, !(s as z.ZodType).safeParse(undefined).success, defs)),
      ...(r.csv || r.geojson ? [formatParam(r)] : []),
      ifNoneMatch,
    ];
    const responses: Record<string, unknown> = {
      200: {
        description: 'OK. Carries an ETag; send it back as If-None-Match to get 304 when nothing changed.',
        headers: headerRefs('ETag', 'Cache-Control', 'X-Request-Id', ...RATE_LIMIT_HEADERS),
        content: {
          'application/json': { schema: toSchema(r.response, 'output', defs) },
          ...(r.csv
            ? {
                'text/csv': {
                  schema: {
                    type: 'string',
                    description: `RFC 4180 CSV with a header row, streamed. Columns in order: ${r.csv.columns.map(([n, d]) => `\`${n}\` (${d})`).join(', ')}. Text cells that a spreadsheet would run as a formula start with '.`,
                  },
                },
              }
            : {}),
          ...(r.geojson ? { 'application/geo+json': { schema: toSchema(r.geojson.schema, 'output', defs) } } : {}),
        },
      },
      304: {
        description: 'Not modified: If-None-Match named the current ETag. No body; the ETag is sent again.',
        headers: headerRefs('ETag', 'Cache-Control', 'X-Request-Id', ...RATE_LIMIT_HEADERS),
      },
      400: problem(400),
    };
    for (const status of r.errors ?? []) responses[String(status)] = problem(status);
    // Accept: text/csv where there is no CSV: never JSON in its place
    if (!r.csv) responses['406'] = problem(406);
    if (r.csv || r.geojson) responses['503'] = problem(503, headerRefs('Retry-After'));
    responses['429'] = tooManyRequests;
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
  paths[`${PROBLEMS_PATH}/{type}`] = problemTypePath(defs, problem(404), tooManyRequests);
  const tags = [...new Set([...routes.map((r) => r.tag), 'problems'])];
  return {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: info.version,
      ...(info.description ? { description: info.description } : {}),
    },
    // relative: the API is served from wherever /openapi.json was fetched
    servers: [{ url: '/', description: 'This gateway' }],
    // a public, read-only API: no operation needs credentials
    security: [],
    tags: tags.map((name) => ({ name, ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}) })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
      headers: HEADERS,
    },
  };
}

/** The `format` parameter of a route with exports: the formats it offers besides JSON. */
function formatParam(r: ApiRoute) {
  const offered = [
    ...(r.csv ? [['csv', 'csv: the whole filter as CSV (paging ignored); the same as Accept: text/csv.']] : []),
    ...(r.geojson ? [['geojson', 'geojson: the whole filter as a GeoJSON FeatureCollection (RFC 7946; paging ignored); the same as Accept: application/geo+json.']] : []),
  ];
  return {
    name: 'format',
    in: 'query',
    required: false,
    description: offered.map(([, d]) => d).join(' '),
    schema: { type: 'string', enum: ['json', ...offered.map(([f]) => f)] },
  };
}

/**
 * A Server-Sent Events endpoint: a text/event-stream response whose events' data are JSON
 * documents of the given schemas (OpenAPI 3.1 has no item schema for streams, so each is
 * attached as the JSON Schema `contentSchema` of the stream's text and named in the description).
 */
function eventStreamOperation(
  r: EventStreamRoute,
  defs: Record<string, JsonSchema>,
  problem: (status: number, extraHeaders?: Record<string, unknown>) => unknown,
  tooManyRequests: unknown,
) {
  const events = r.events.map((e) => ({ ...e, schema: toSchema(e.data, 'output', defs) }));
  const eventList = events
    .map((e) => `\`${e.name}\` (data: ${typeof e.schema.$ref === 'string' ? `\`${e.schema.$ref.slice(REF_PREFIX.length)}\`` : 'JSON'}): ${e.description}`)
    .join(' ');
  const [first] = events;
  const responses: Record<string, unknown> = {
    200: {
      description: `The stream: \`text/event-stream\` (Server-Sent Events), open until either side closes it. Events: ${eventList}`,
      headers: headerRefs('X-Request-Id', ...RATE_LIMIT_HEADERS),
      content: {
        'text/event-stream': {
          schema: {
            type: 'string',
            description: 'Blocks of `id:`, `event:` and `data:` lines, each ended by a blank line; `:` lines are comments (heartbeats).',
            ...(first ? { contentMediaType: 'application/json', contentSchema: first.schema } : {}),
          },
        },
      },
    },
    400: problem(400),
  };
  for (const status of r.errors ?? []) responses[String(status)] = problem(status, status === 503 ? headerRefs('Retry-After') : {});
  responses['429'] = tooManyRequests;
  responses['500'] = problem(500);
  return {
    operationId: r.operationId,
    summary: r.summary,
    description: r.description,
    tags: [r.tag],
    parameters: [
      ...Object.entries(r.query.shape).map(([name, s]) => param(name, 'query', s as z.ZodType, false, defs)),
      ...Object.entries(r.headers.shape).map(([name, s]) => param(headerName(name), 'header', s as z.ZodType, false, defs)),
    ],
    responses,
  };
}

/** last-event-id -> Last-Event-ID (as the SSE specification spells it). */
const headerName = (name: string) => name.split('-').map((w) => (w === 'id' ? 'ID' : `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`)).join('-');

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The ETag of a copy the client holds: 304 without a body when it is still current.',
  schema: { type: 'string' },
};

/** GET /problems/{type}: served by problems/pages.ts, outside the /v1 route list. */
function problemTypePath(defs: Record<string, JsonSchema>, notFound: unknown, tooManyRequests: unknown) {
  const type = ProblemTypeParams.shape.type;
  return {
    get: {
      operationId: 'getProblemType',
      summary: 'What a problem type means',
      description:
        'The page behind every problem `type` URI: JSON by default, a short HTML page when the client prefers text/html (a browser following the link).',
      tags: ['problems'],
      parameters: [param('type', 'path', type, true, defs)],
      responses: {
        200: {
          description: 'The explanation of the problem type.',
          content: {
            'application/json': { schema: toSchema(ProblemTypeDoc, 'output', defs) },
            'text/html': { schema: { type: 'string' } },
          },
        },
        404: notFound,
        429: tooManyRequests,
      },
    },
  };
}

function param(name: string, where: 'path' | 'query' | 'header', s: z.ZodType, required: boolean, defs: Record<string, JsonSchema>) {
  const schema = toSchema(s, 'input', defs);
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  return { name, in: where, required, ...(description ? { description } : {}), schema };
}
