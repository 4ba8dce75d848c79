import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Readable } from 'node:stream';
import type { ResponseCache } from '../cache/response-cache';
import { pageBody, type CachedPage } from '../cache/page-lru';
import { pageKey } from '../cache/page-key';
import { wantsOnlyCsv } from '../domain/accept';
import { boundedChunks } from '../domain/chunks';
import { csvLine, type CsvCell } from '../domain/csv';
import { featureCollectionChunks, type GeoJsonBatch } from '../domain/geojson';
import { problemTypeUri } from '../problems/catalogue';
import { ifNoneMatchHas, weakEtag } from './etag';
import type { ExportSlots } from './export-slots';
import { badRequest, notAcceptable, ProblemError } from './problem';
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
  /** A CSV export of the whole filter (paging ignored): ?format=csv or Accept: text/csv. */
  csv?: CsvExport<z.infer<Q>>;
  /** A GeoJSON FeatureCollection of the whole filter (paging ignored): ?format=geojson or Accept: application/geo+json. */
  geojson?: GeoJsonExport<z.infer<Q>>;
  /**
   * The handler reads the active read models and nothing else (no clock, no other table, nothing
   * from the request but its parameters): its JSON pages change only when the projector commits,
   * so the response cache may keep them. Exports are never cached.
   */
  fromReadModels?: boolean;
}

export interface GeoJsonExport<Q> {
  /** The FeatureCollection's schema (documented in OpenAPI). */
  schema: z.ZodType;
  /** The features, a batch at a time, each batch with the number of records it left out for want of coordinates. */
  batches: (query: Q) => Promise<AsyncIterable<GeoJsonBatch>>;
}

/**
 * A Server-Sent Events endpoint, described for /openapi.json (text/event-stream). Its plugin
 * registers it itself: a stream is no document a handler returns.
 */
export interface EventStreamRoute {
  kind: 'event-stream';
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: string;
  query: z.ZodObject;
  /** Request headers it reads (e.g. Last-Event-ID), lower-case names. */
  headers: z.ZodObject;
  /** The named events it sends, each with the JSON schema of its data. */
  events: readonly { name: string; data: z.ZodType; description: string }[];
  /** Problem statuses besides 400 (always possible). */
  errors?: number[];
}

/** Every kind of route /openapi.json documents. */
export type DocumentedRoute = ApiRoute | EventStreamRoute;

export const isEventStream = (r: DocumentedRoute): r is EventStreamRoute => 'kind' in r && r.kind === 'event-stream';

export interface CsvExport<Q> {
  /** Column names in order, each with what it holds (documented in OpenAPI). */
  columns: readonly (readonly [name: string, description: string])[];
  /** The records, a batch at a time, each in column order. */
  rows: (query: Q) => Promise<AsyncIterable<CsvCell[][]>>;
}

/** Keeps the generic types of a route literal (an identity function for inference). */
export function defineRoute<Q extends z.ZodObject, P extends z.ZodObject, R extends z.ZodType>(r: ApiRoute<Q, P, R>): ApiRoute {
  return r as unknown as ApiRoute;
}

export interface RegisterOptions {
  /** Parse every response with its schema (a mismatch is a 500, never a wrong document). Default true. */
  validateResponses?: boolean;
  /** The app's CSV export slots (one counter for every resource); more exports get 503 with Retry-After. */
  exportSlots: ExportSlots;
  /** JSON pages of the routes marked `fromReadModels`, kept between the projector's commits; none: every request asks Postgres. */
  responseCache?: ResponseCache | undefined;
}

type Format = 'json' | 'csv' | 'geojson';

/** What Accept names, for each format other than JSON. */
const ACCEPTS: Record<Exclude<Format, 'json'>, RegExp> = { csv: /\btext\/csv\b/, geojson: /\bapplication\/geo\+json\b/ };

/**
 * Which of the route's formats the client asked for: ?format= first, else Accept naming
 * text/csv or application/geo+json; JSON otherwise. Strips format from the query.
 */
function requestedFormat(req: FastifyRequest, query: Record<string, unknown>, offered: readonly Format[]): Format {
  const format = query.format;
  delete query.format;
  if (format !== undefined) {
    if (!offered.includes(format as Format)) throw badRequest([{ parameter: 'format', message: `one of: ${offered.join(', ')}` }]);
    return format as Format;
  }
  const accept = req.headers.accept ?? '';
  return offered.find((f): f is Exclude<Format, 'json'> => f !== 'json' && ACCEPTS[f].test(accept)) ?? 'json';
}

/**
 * Streams an export (CSV, GeoJSON) under one of the app's export slots: with none free, a 503
 * problem with Retry-After; the slot is given back when the response closes.
 */
async function streamExport(reply: FastifyReply, o: RegisterOptions, headers: Record<string, string>, chunks: () => Promise<AsyncIterable<string>>) {
  const finish = o.exportSlots.take();
  if (!finish) {
    reply.header('retry-after', '5');
    throw new ProblemError({
      type: problemTypeUri('unavailable'),
      title: 'Unavailable',
      status: 503,
      detail: `${o.exportSlots.max} exports (CSV or GeoJSON) are already running; retry in 5 s`,
    });
  }
  reply.raw.once('close', finish);
  try {
    // one chunk read ahead (objectMode's default is 16): the socket's backpressure reaches the cursor
    const body = Readable.from(await chunks(), { highWaterMark: 1 });
    return reply.headers(headers).send(body);
  } catch (err) {
    finish();
    throw err;
  }
}

function registerApiRoutes(app: FastifyInstance, routes: readonly ApiRoute[], o: RegisterOptions): void {
  const validate = o.validateResponses ?? true;
  for (const r of routes) {
    app.get(r.path, async (req: FastifyRequest, reply: FastifyReply) => {
      const params = r.params ? parseParams(r.params, req.params) : {};
      const raw = { ...((req.query ?? {}) as Record<string, unknown>) };
      const offered: Format[] = ['json', ...(r.csv ? (['csv'] as const) : []), ...(r.geojson ? (['geojson'] as const) : [])];
      // never JSON to a client that asked for CSV only: 406 where there is no CSV to give
      if (!r.csv && wantsOnlyCsv(req.headers.accept)) throw notAcceptable(r.path);
      if (offered.length === 1 && raw.format !== undefined) {
        throw badRequest([{ parameter: 'format', message: 'this endpoint answers JSON only (no CSV or GeoJSON export)' }]);
      }
      const format = offered.length > 1 ? requestedFormat(req, raw, offered) : 'json';
      if (format === 'csv' && r.csv) {
        const csv = r.csv;
        const query = parseQuery(r.query, raw);
        return streamExport(reply, o, { 'content-type': 'text/csv; charset=utf-8; header=present', 'content-disposition': `attachment; filename="${r.operationId}.csv"` }, async () => {
          const batches = await csv.rows(query);
          const header = csv.columns.map(([name]) => name);
          return boundedChunks(
            (async function* () {
              yield [csvLine(header)];
              for await (const batch of batches) yield batch.map(csvLine);
            })(),
          );
        });
      }
      if (format === 'geojson' && r.geojson) {
        const geojson = r.geojson;
        const query = parseQuery(r.query, raw);
        return streamExport(reply, o, { 'content-type': 'application/geo+json; charset=utf-8' }, async () => featureCollectionChunks(await geojson.batches(query)));
      }
      const cache = r.fromReadModels ? o.responseCache : undefined;
      const key = cache ? pageKey(r.path, req.params, raw, format) : null;
      const answer = async () => {
        const query = parseQuery(r.query, raw);
        const out = await r.handler({ query, params } as never, req);
        return validate ? r.response.parse(out) : out;
      };
      if (!cache || key === null) return answer();
      const hit = cache.lookup(key);
      if (hit) return sendPage(req, reply, hit);
      // taken before Postgres is asked: a commit notified while the query runs keeps its page out
      const ticket = cache.ticket();
      const read = async () => {
        const body = pageBody(JSON.stringify(await answer()));
        return { body, etag: weakEtag(body) };
      };
      return sendPage(req, reply, ticket === null ? await read() : await cache.fill(key, ticket, read));
    });
  }
}

/** A page as a cached one is sent: its bytes and stored ETag, or 304 when If-None-Match has it (no hashing either way). */
function sendPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage): FastifyReply {
  reply.header('etag', page.etag).header('cache-control', 'no-cache');
  if (ifNoneMatchHas(req.headers['if-none-match'], page.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(page.body);
}

export interface ApiPluginOptions<D> extends RegisterOptions {
  /** What the resource's handlers read from (the same for every resource of an app). */
  deps: D;
}

/** A resource's fastify plugin, carrying the route list it registers (which /openapi.json documents). */
export type ApiPlugin<D> = FastifyPluginAsync<ApiPluginOptions<D>> & { routes: (deps: D) => ApiRoute[] };

/**
 * The fastify plugin of one resource: registers its routes from their descriptions. Not
 * wrapped in fastify-plugin: the routes live in the plugin's own context, which inherits the
 * app's error and not-found handlers and its hooks (rate limit, ETags, metrics), all set
 * before the plugin is registered, and adds nothing the app could see.
 */
export function apiPlugin<D>(routes: (deps: D) => ApiRoute[]): ApiPlugin<D> {
  const plugin: FastifyPluginAsync<ApiPluginOptions<D>> = async (app, o) => registerApiRoutes(app, routes(o.deps), o);
  return Object.assign(plugin, { routes });
}
