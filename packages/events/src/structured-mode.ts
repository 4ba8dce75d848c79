import { isAttributeName, parseAttributes, type CloudEventAttributes } from './attributes';
import { failed, type Failed } from './decode-failure';
import { readJson } from './json-value';

/**
 * Structured content mode of the Kafka binding with the JSON event format: the value is the
 * whole event (attributes, extensions and data as top-level members), the `content-type`
 * header says so.
 */
export const STRUCTURED_JSON = 'application/cloudevents+json; charset=UTF-8';

export type Envelope = { ok: true; ce: CloudEventAttributes; data: unknown };

export function fromStructured(value: Buffer | null): Envelope | Failed {
  const read = readJson(value);
  if (!read.ok) return read;
  const event = read.json;
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    return failed('bad_headers', 'structured-mode value is not a CloudEvents JSON object');
  }
  const { data, data_base64: base64, ...members } = event as Record<string, unknown>;
  const raw: Record<string, unknown> = {};
  // a member that is no attribute name is not an attribute; a null attribute is absent
  for (const [name, v] of Object.entries(members)) if (isAttributeName(name) && v !== null) raw[name] = v;
  const attrs = parseAttributes(raw, (name) => `attribute ${name}`);
  if (!attrs.ok) return failed('bad_headers', attrs.message);
  if (base64 === undefined || base64 === null) return { ok: true, ce: attrs.ce, data };
  if (data !== undefined) return failed('bad_headers', 'structured-mode event has both data and data_base64');
  if (typeof base64 !== 'string') return failed('bad_json', 'data_base64 is not a string');
  const decoded = readJson(Buffer.from(base64, 'base64'), 'data_base64');
  return decoded.ok ? { ok: true, ce: attrs.ce, data: decoded.json } : decoded;
}

export function toStructured(ce: CloudEventAttributes, data: unknown): { value: Buffer; headers: Record<string, string> } {
  const { extensions, ...core } = ce;
  const event = { ...core, ...extensions, data };
  return { value: Buffer.from(JSON.stringify(event)), headers: { 'content-type': STRUCTURED_JSON } };
}
