/** What an Accept header (RFC 9110 §12.5.1) lets through, as far as the gateway's formats go. */

interface MediaRange {
  type: string;
  q: number;
}

function mediaRanges(accept: string): MediaRange[] {
  return accept
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
      const qParam = params.find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, q: Number.isFinite(q) ? q : 1 };
    })
    .filter((r) => r.type !== '' && r.q > 0);
}

/** Whether a JSON answer is acceptable: no Accept, or one naming application/json, application/*, * / * or a +json type. */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return mediaRanges(accept).some((r) => r.type === '*/*' || r.type === 'application/*' || r.type === 'application/json' || r.type.endsWith('+json'));
}

/** Whether Accept names text/csv (with q > 0). */
export function namesCsv(accept: string | undefined): boolean {
  return accept !== undefined && mediaRanges(accept).some((r) => r.type === 'text/csv');
}

/** A client that asked for CSV and nothing a JSON answer satisfies: a route without a CSV export answers it 406. */
export function wantsOnlyCsv(accept: string | undefined): boolean {
  return namesCsv(accept) && !acceptsJson(accept);
}
