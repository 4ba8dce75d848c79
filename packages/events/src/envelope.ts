import { randomUUID } from 'node:crypto';
import type { CloudEventAttributes } from './attributes';
import { fromHeaders, toHeaders } from './binary-mode';
import { failed, type Failed } from './decode-failure';
import { readJson } from './json-value';
import { fromStructured, toStructured, type Envelope } from './structured-mode';

/**
 * The CloudEvents envelope on Kafka, in either content mode of the Kafka protocol binding 1.0:
 * binary (what claimwire's producers write) or structured. A receiver tells them apart by the
 * `content-type` header: a CloudEvents media type means structured, anything else binary.
 */
export type ContentMode = 'binary' | 'structured';

export interface WireMessage {
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

const CLOUDEVENTS_MEDIA_TYPE = /^application\/cloudevents/i;
/** The one event format read in structured mode: JSON. */
const JSON_EVENT_FORMAT = /^application\/cloudevents\+json\s*(?:;.*)?$/i;

export function contentModeOf(headers: Record<string, string | undefined>): ContentMode {
  return CLOUDEVENTS_MEDIA_TYPE.test(headers['content-type'] ?? '') ? 'structured' : 'binary';
}

/** The attributes and the (parsed JSON) data of a message, or why they cannot be read. */
export function readEnvelope(headers: Record<string, string | undefined>, value: Buffer | null): Envelope | Failed {
  if (contentModeOf(headers) === 'structured') {
    const ct = headers['content-type'] as string;
    if (!JSON_EVENT_FORMAT.test(ct)) return failed('bad_headers', `unsupported CloudEvents event format ${ct}`);
    return fromStructured(value);
  }
  const attrs = fromHeaders(headers);
  if (!attrs.ok) return failed('bad_headers', attrs.message);
  const data = readJson(value);
  return data.ok ? { ok: true, ce: attrs.ce, data: data.json } : data;
}

/** The value and headers of an event in the given mode (binary unless asked). */
export function writeEnvelope(ce: CloudEventAttributes, data: unknown, mode: ContentMode = 'binary'): { value: Buffer; headers: Record<string, string> } {
  if (mode === 'structured') return toStructured(ce, data);
  return { value: Buffer.from(JSON.stringify(data)), headers: toHeaders(ce) };
}

export function newEventId(): string {
  return randomUUID();
}
