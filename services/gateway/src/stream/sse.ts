/**
 * Server-Sent Events framing (the WHATWG HTML "event stream" format), pure: each function
 * gives the bytes of one block, ended by a blank line. A field value never holds a line break
 * (data is split into one `data:` line per line; ids and event names are ours and single-line).
 */

/** An event: `id:`, `event:` and one `data:` line per line of data. */
export function sseEvent(e: { id?: string | number; event?: string; data: string }): string {
  let out = '';
  if (e.id !== undefined) out += `id: ${singleLine(String(e.id))}\n`;
  if (e.event !== undefined) out += `event: ${singleLine(e.event)}\n`;
  for (const line of e.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/**
 * A comment block (`: text`), which every client ignores: a heartbeat that keeps proxies and
 * load balancers from closing an idle stream. With `id`, it also moves the client's last event
 * id (a block with an id and no data dispatches nothing, but EventSource keeps the id), so a
 * filtered stream resumes from where the gateway had read, not from its last matching claim.
 */
export function sseComment(text: string, id?: string | number): string {
  const lines = text.split(/\r\n|\r|\n/).map((l) => `: ${l}\n`).join('');
  return `${lines}${id !== undefined ? `id: ${singleLine(String(id))}\n` : ''}\n`;
}

/** How long a client waits before reconnecting after the stream drops (ms). */
export function sseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}

function singleLine(v: string): string {
  if (/[\r\n\0]/.test(v)) throw new Error(`an SSE field value must be one line: ${JSON.stringify(v)}`);
  return v;
}
