import { isAttributeName, parseAttributes, type AttributesResult, type CloudEventAttributes } from './attributes';

/**
 * Binary content mode of the Kafka binding: each attribute in a `ce_<name>` header, except
 * datacontenttype, which is the `content-type` header; the value is the data alone.
 */
const PREFIX = 'ce_';

export function toHeaders(ce: CloudEventAttributes): Record<string, string> {
  const h: Record<string, string> = { ce_id: ce.id, ce_source: ce.source, ce_type: ce.type, ce_specversion: ce.specversion };
  if (ce.time !== undefined) h.ce_time = ce.time;
  if (ce.subject !== undefined) h.ce_subject = ce.subject;
  h['content-type'] = ce.datacontenttype;
  if (ce.dataschema !== undefined) h.ce_dataschema = ce.dataschema;
  // Boolean and Integer extensions in their canonical string form
  for (const [name, value] of Object.entries(ce.extensions)) h[`${PREFIX}${name}`] = String(value);
  return h;
}

/** The attributes of a binary-mode message; `ce_` headers whose rest is no attribute name are not attributes. */
export function fromHeaders(headers: Record<string, string | undefined>): AttributesResult {
  const raw: Record<string, unknown> = {};
  for (const [header, value] of Object.entries(headers)) {
    if (value === undefined || !header.startsWith(PREFIX)) continue;
    const name = header.slice(PREFIX.length);
    // datacontenttype is content-type's, not a ce_ header's
    if (isAttributeName(name) && name !== 'datacontenttype') raw[name] = value;
  }
  if (headers['content-type'] !== undefined) raw.datacontenttype = headers['content-type'];
  return parseAttributes(raw, (name) => (name === 'datacontenttype' ? 'header content-type' : `header ${PREFIX}${name}`));
}
