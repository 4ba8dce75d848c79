import http from 'node:http';

/** One Server-Sent Event as a client dispatches it (or a block with only an id or a comment). */
export interface ReceivedEvent {
  id: string | undefined;
  event: string;
  data: string;
  /** performance.timeOrigin + performance.now() when its block was complete (ms since the epoch). */
  receivedAt: number;
}

export interface EventStreamClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every event with data, in order. */
  events: ReceivedEvent[];
  /** Comment lines (without the leading colon and space). */
  comments: string[];
  /** The last id seen (EventSource's lastEventId): what a reconnect sends as Last-Event-ID. */
  lastEventId: string;
  /** The body of a response that is not a stream (a problem). */
  body: string;
  /** Resolves when the server closes the stream. */
  ended: Promise<void>;
  onEvent(fn: (e: ReceivedEvent) => void): void;
  /** Waits until `n` events have arrived (fails after timeoutMs). */
  waitForEvents(n: number, timeoutMs?: number): Promise<ReceivedEvent[]>;
  close(): void;
}

/**
 * A minimal EventSource for specs and benchmarks: GET `url` with the given headers and parse
 * the text/event-stream as the WHATWG parser does (fields id, event, data, retry; comments;
 * a block ends at a blank line). No reconnects: a spec reconnects itself, with Last-Event-ID.
 */
export function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      const listeners: ((e: ReceivedEvent) => void)[] = [];
      let endResolve: () => void = () => undefined;
      const client: EventStreamClient = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        events: [],
        comments: [],
        lastEventId: '',
        body: '',
        ended: new Promise<void>((r) => {
          endResolve = r;
        }),
        onEvent: (fn) => listeners.push(fn),
        waitForEvents: (n, timeoutMs = 10_000) =>
          new Promise((ok, fail) => {
            if (client.events.length >= n) return ok(client.events.slice(0, n));
            const timer = setTimeout(() => fail(new Error(`${client.events.length} of ${n} events within ${timeoutMs} ms`)), timeoutMs);
            listeners.push(() => {
              if (client.events.length === n) {
                clearTimeout(timer);
                ok(client.events.slice(0, n));
              }
            });
          }),
        close: () => {
          req.destroy();
          endResolve();
        },
      };
      res.on('end', () => endResolve());
      res.on('close', () => endResolve());
      res.on('error', () => endResolve());
      const isStream = /^text\/event-stream/.test(res.headers['content-type'] ?? '');
      let buffer = '';
      let block: { id?: string; event?: string; data: string[] } = { data: [] };
      res.on('data', (chunk: string) => {
        if (!isStream) {
          client.body += chunk;
          return;
        }
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.search(/\r\n|\r|\n/)) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1));
          if (line === '') {
            if (block.id !== undefined) client.lastEventId = block.id;
            if (block.data.length) {
              const e: ReceivedEvent = { id: block.id ?? client.lastEventId, event: block.event ?? 'message', data: block.data.join('\n'), receivedAt: performance.timeOrigin + performance.now() };
              client.events.push(e);
              for (const fn of listeners) fn(e);
            }
            block = { data: [] };
            continue;
          }
          if (line.startsWith(':')) {
            client.comments.push(line.slice(1).trimStart());
            continue;
          }
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'id') block.id = value;
          else if (field === 'event') block.event = value;
          else if (field === 'data') block.data.push(value);
        }
      });
      resolve(client);
    });
    req.on('error', reject);
  });
}
