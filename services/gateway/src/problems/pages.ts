import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../http/problem';
import { PROBLEM_TYPES, PROBLEMS_PATH, isProblemSlug, problemTypeUri, type ProblemSlug } from './catalogue';
import type { ProblemTypeDoc } from './schema';

export function problemTypeDoc(slug: ProblemSlug): ProblemTypeDoc {
  const t = PROBLEM_TYPES[slug];
  return { type: problemTypeUri(slug), title: t.title, statuses: [...t.statuses], explanation: t.explanation, remedy: t.remedy };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small standalone page: no scripts, no outside assets. */
export function problemTypeHtml(doc: ProblemTypeDoc): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.title)} (claimwire problem type)</title></head>
<body><main>
<h1>${e(doc.title)}</h1>
<p>Problem type <code>${e(doc.type)}</code>, answered with HTTP ${doc.statuses.map(String).join(' or ')}.</p>
<p>${e(doc.explanation)}</p>
<h2>What to do</h2>
<p>${e(doc.remedy)}</p>
<p><a href="/docs">API documentation</a></p>
</main></body></html>
`;
}

/** Whether the client would rather read HTML than JSON (a browser following the type URI). */
function wantsHtml(req: FastifyRequest): boolean {
  const accept = req.headers.accept ?? '';
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html >= 0 && (json < 0 || html < json);
}

/** GET /problems/{type}: the page behind each problem `type` URI, as JSON or (for browsers) HTML. */
export function registerProblemPages(app: FastifyInstance): void {
  app.get<{ Params: { type: string } }>(`${PROBLEMS_PATH}/:type`, { schema: { hide: true } }, async (req, reply) => {
    const slug = req.params.type;
    if (!isProblemSlug(slug)) throw notFound('problem type', slug);
    const doc = problemTypeDoc(slug);
    reply.header('cache-control', 'public, max-age=86400').header('vary', 'accept');
    if (wantsHtml(req)) return reply.type('text/html; charset=utf-8').send(problemTypeHtml(doc));
    return doc;
  });
}
