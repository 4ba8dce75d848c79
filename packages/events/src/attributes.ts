import { z } from 'zod';

/**
 * The CloudEvents 1.0 context attributes, validated at the boundary whatever the content
 * mode: the required ones, the optional ones the core spec defines, and any extension.
 */

/** An attribute name: lower-case a-z and 0-9 (the spec advises at most 20 characters but requires no limit, so longer names are kept, not lost). */
const ATTRIBUTE_NAME = /^[a-z0-9]+$/;

/** `data` is the event's payload, never an attribute. */
export function isAttributeName(name: string): boolean {
  return ATTRIBUTE_NAME.test(name) && name !== 'data';
}

/** JSON data: application/json or a +json suffix, with optional parameters. */
export const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;

/** Extension values as the JSON event format carries them; binary mode has strings only. */
export type ExtensionValue = string | boolean | number;

/** An optional attribute given as '' is absent (a Kafka header can hold an empty string). */
const emptyIsAbsent = (v: unknown) => (v === '' ? undefined : v);

const Attributes = z
  .object({
    specversion: z.literal('1.0'),
    id: z.string().min(1),
    source: z.string().min(1),
    type: z.string().min(1),
    time: z.preprocess(emptyIsAbsent, z.iso.datetime({ offset: true }).optional()),
    subject: z.preprocess(emptyIsAbsent, z.string().optional()),
    dataschema: z.preprocess(emptyIsAbsent, z.string().optional()),
    datacontenttype: z.preprocess(emptyIsAbsent, z.string().regex(JSON_MEDIA_TYPE, 'not a JSON media type').default('application/json')),
  })
  // extensions: String, Boolean or Integer (32-bit); URI, Binary and Timestamp travel as strings
  .catchall(z.union([z.string(), z.boolean(), z.int32()]));

export interface CloudEventAttributes {
  id: string;
  source: string;
  type: string;
  specversion: '1.0';
  time?: string;
  subject?: string;
  dataschema?: string;
  datacontenttype: string;
  /** Every other attribute, by name: kept so that a decode and re-encode loses nothing. */
  extensions: Record<string, ExtensionValue>;
}

export type AttributesResult = { ok: true; ce: CloudEventAttributes } | { ok: false; message: string };

/**
 * Validate raw attributes (name to value; names not valid attribute names must already be
 * left out). `label` names an attribute as the message carries it, for error messages.
 */
export function parseAttributes(raw: Record<string, unknown>, label: (name: string) => string): AttributesResult {
  const r = Attributes.safeParse(raw);
  if (!r.success) {
    const problems = r.error.issues.slice(0, 3).map((i) => {
      const name = String(i.path[0] ?? '');
      const value = raw[name];
      if (value === undefined) return `missing CloudEvents ${label(name)}`;
      return `invalid CloudEvents ${label(name)} ${JSON.stringify(value).slice(0, 100)}: ${i.message}`;
    });
    return { ok: false, message: problems.join('; ') };
  }
  const { id, source, type, specversion, time, subject, dataschema, datacontenttype, ...extensions } = r.data;
  const ce: CloudEventAttributes = { id, source, type, specversion, datacontenttype, extensions };
  if (time !== undefined) ce.time = time;
  if (subject !== undefined) ce.subject = subject;
  if (dataschema !== undefined) ce.dataschema = dataschema;
  return { ok: true, ce };
}
