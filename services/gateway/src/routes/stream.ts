import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '@claimwire/logging';
import { createExportSlots } from '../http/export-slots';
import { ProblemError } from '../http/problem';
import { parseQuery } from '../http/query';
import type { EventStreamRoute } from '../http/route';
import { problemTypeUri } from '../problems/catalogue';
import { StreamedClaim, StreamHeaders, StreamQuery } from '../schemas/stream';
import { ClaimHub } from '../stream/claim-hub';
import { ClaimStream } from '../stream/claim-stream';
import { clampResume, resumeAfter } from '../stream/resume';
import { sseComment, sseRetry } from '../stream/sse';
import { checkFilterIds, type V1Deps } from './shared';

export interface StreamLimits {
  /** Streams open at once; one more is answered 503 with Retry-After (MAX_STREAMS). */
  maxStreams: number;
  /** Bytes a live stream may have unsent before it is dropped (STREAM_MAX_BUFFER_KB). */
  maxBufferedBytes: number;
  /** Heartbeat comments this often (STREAM_HEARTBEAT_MS). */
  heartbeatMs: number;
  /** Safety poll for new claims besides the notifications (ms). */
  pollMs: number;
  /** The reconnect delay the stream tells EventSource (ms). */
  retryMs: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { maxStreams: 1000, maxBufferedBytes: 256 * 1024, heartbeatMs: 15_000, pollMs: 5_000, retryMs: 3_000 };

/** Seconds a client turned away (too many streams) is told to wait. */
const RETRY_AFTER_S = 10;

/** GET /v1/stream, as /openapi.json describes it. */
export function streamRoutes(limits: StreamLimits = DEFAULT_STREAM_LIMITS): EventStreamRoute[] {
  return [
    {
      kind: 'event-stream',
      path: '/v1/stream',
      operationId: 'streamClaims',
      tag: 'provenance',
      summary: 'Claims as they are projected, live (Server-Sent Events)',
      description: [
        'Each claim is sent as a `claim` event the moment its projection commits, in the order claims were projected; the event `id` is the claim\'s projection sequence number.',
        'Reconnect with `Last-Event-ID` (EventSource does so on its own) to get exactly the claims projected after that id, filters applied; without it the stream starts at the newest claim.',
        `Every ${Math.round(limits.heartbeatMs / 1000)} s a comment line (\`: heartbeat\`) keeps proxies from closing an idle stream; it may carry an \`id:\` with the position read up to, so a filtered stream resumes from there.`,
        `A client that reads slower than claims arrive is disconnected once ${Math.round(limits.maxBufferedBytes / 1024)} KB wait unsent for it (the gateway never buffers without bound); it resumes with Last-Event-ID and reads its backlog at its own pace.`,
        `At most ${limits.maxStreams} streams are open at once (MAX_STREAMS); one more is answered 503 with Retry-After.`,
        'An unknown `feed` is a 404 (a feed configured but without articles yet is not unknown).',
        'Retracted claims (an article re-extracted) are not announced; the stream ends when a rebuilt projection version takes over (ids start again there).',
      ].join(' '),
      query: StreamQuery,
      headers: StreamHeaders,
      events: [{ name: 'claim', data: StreamedClaim, description: 'one claim, as GET /v1/claims lists it, with when it was projected.' }],
      errors: [404, 503],
    },
  ];
}

export interface StreamPluginOptions {
  deps: V1Deps;
  limits: StreamLimits;
  logger: Logger;
}

/**
 * The stream resource: GET /v1/stream over one shared ClaimHub. The response is written by
 * hand (the reply is hijacked): the headers fastify's hooks set (CORS, request id, rate
 * limit) go out with it. The hub and every open stream end when the app closes.
 */
export async function streamPlugin(app: FastifyInstance, o: StreamPluginOptions): Promise<void> {
  const { limits, logger } = o;
  const hub = new ClaimHub({ db: o.deps.db, schema: o.deps.schema, logger, pollMs: limits.pollMs, heartbeatMs: limits.heartbeatMs });
  // the same counter the CSV exports use, with its own limit
  const slots = createExportSlots(limits.maxStreams);
  app.addHook('preClose', async () => hub.stop());

  app.get('/v1/stream', async (req: FastifyRequest, reply: FastifyReply) => {
    const query = parseQuery(StreamQuery, { ...((req.query ?? {}) as Record<string, unknown>) });
    const after = resumeAfter(req.headers['last-event-id'], query.lastEventId);
    // an unknown feed is a 404 as in /v1/claims, not a stream that stays silent (a configured one without articles yet streams)
    if (query.feed !== undefined) {
      try {
        await checkFilterIds(o.deps, await o.deps.schema(), { feed: query.feed });
      } catch (err) {
        if (err instanceof ProblemError) throw err;
        req.log.warn({ err }, 'claim stream could not check its feed');
        throw new ProblemError({ type: problemTypeUri('unavailable'), title: 'Unavailable', status: 503, detail: 'the read models cannot be read; retry shortly' });
      }
    }
    const release = slots.take();
    if (!release) {
      reply.header('retry-after', String(RETRY_AFTER_S));
      throw new ProblemError({
        type: problemTypeUri('unavailable'),
        title: 'Unavailable',
        status: 503,
        detail: `${limits.maxStreams} streams are already open; retry in ${RETRY_AFTER_S} s`,
      });
    }
    let from: number;
    try {
      await hub.start();
      // without an id (or with one the hub has not reached), "the newest" is what the database
      // holds now, not what the hub has handed out so far
      from = after !== undefined && after <= hub.head ? after : clampResume(after, await hub.newest());
    } catch (err) {
      release();
      req.log.warn({ err }, 'claim stream could not start');
      throw new ProblemError({ type: problemTypeUri('unavailable'), title: 'Unavailable', status: 503, detail: 'the read models cannot be read; retry shortly' });
    }
    const { lastEventId: _resume, ...filter } = query;

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // nginx and its kin: pass events through as they come
      'x-accel-buffering': 'no',
    });
    res.socket?.setNoDelay(true);
    res.write(sseRetry(limits.retryMs) + sseComment('claimwire claims stream', from));
    const stream = new ClaimStream({ hub, res, filter, after: from, maxBufferedBytes: limits.maxBufferedBytes, logger: logger.child({ reqId: req.id }) });
    const opened = Date.now();
    // run() joins the hub before its first await, so the counts below include or exclude this stream
    const running = stream.run();
    req.log.info({ filter, after: from, streams: hub.size }, 'stream opened');
    res.once('close', () => {
      release();
      req.log.info({ pos: stream.pos, seconds: Math.round((Date.now() - opened) / 1000), streams: hub.size }, 'stream closed');
    });
    running.catch((err: unknown) => {
      req.log.warn({ err, pos: stream.pos }, 'stream failed while catching up; the client resumes');
      res.destroy();
    });
  });
}

/** The plugin's routes, for /openapi.json (as the other resources' plugins carry theirs). */
streamPlugin.routes = streamRoutes;
