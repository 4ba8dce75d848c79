import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problemTypeUri, type ProblemTypeUri } from '../problems/catalogue';

/** RFC 9457 problem details. */
export interface Problem {
  /** One of the catalogue's types: a relative URI of the page that explains it. */
  type: ProblemTypeUri;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** The query or path parameter at fault, when there is one. */
  parameter?: string;
  errors?: { parameter: string; message: string }[];
}

export class ProblemError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }
}

export function badRequest(errors: { parameter: string; message: string }[]): ProblemError {
  const first = errors[0];
  return new ProblemError({
    type: problemTypeUri('invalid-parameter'),
    title: 'Invalid request parameter',
    status: 400,
    detail: errors.map((e) => `${e.parameter}: ${e.message}`).join('; '),
    ...(first ? { parameter: first.parameter } : {}),
    errors,
  });
}

export function notFound(what: string, id: string): ProblemError {
  return new ProblemError({
    type: problemTypeUri('not-found'),
    title: 'Not found',
    status: 404,
    detail: `${what} ${JSON.stringify(id)} does not exist`,
  });
}

/** Accept named only formats the endpoint at `path` does not produce (text/csv where there is no CSV export). */
export function notAcceptable(path: string): ProblemError {
  return new ProblemError({
    type: problemTypeUri('not-acceptable'),
    title: 'Not acceptable',
    status: 406,
    detail: `${path} has no CSV export; it answers application/json`,
  });
}

export function sendProblem(reply: FastifyReply, req: FastifyRequest, p: Problem): FastifyReply {
  return reply
    .code(p.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({ ...p, instance: p.instance ?? req.url.split('?')[0] });
}

/** Every error leaves as problem+json; anything unexpected is a logged 500 without internals. */
export function problemErrorHandler(err: FastifyError | ProblemError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof ProblemError) return sendProblem(reply, req, err.problem);
  const status = (err as FastifyError).statusCode ?? 500;
  if (status >= 500) {
    req.log.error({ err }, 'request failed');
    return sendProblem(reply, req, {
      type: problemTypeUri(status === 503 ? 'unavailable' : 'internal'),
      title: status === 503 ? 'Unavailable' : 'Internal error',
      status: status === 503 ? 503 : 500,
      detail: status === 503 ? 'a dependency is unavailable; try again shortly' : 'the request could not be served',
    });
  }
  return sendProblem(reply, req, {
    type: problemTypeUri(status === 429 ? 'rate-limited' : 'bad-request'),
    title: status === 413 ? 'Payload too large' : status === 429 ? 'Too many requests' : 'Bad request',
    status,
    detail: err.message,
  });
}
