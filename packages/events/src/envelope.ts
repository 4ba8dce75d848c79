import { randomUUID } from 'node:crypto';

/** CloudEvents 1.0 attributes carried as ce_* Kafka headers (binary content mode). */
export interface CloudEventAttributes {
  id: string;
  source: string;
  type: string;
  specversion: '1.0';
  time: string;
  subject: string;
  datacontenttype: 'application/json';
}

export interface WireMessage {
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

export function toHeaders(ce: CloudEventAttributes): Record<string, string> {
  return {
    ce_id: ce.id,
    ce_source: ce.source,
    ce_type: ce.type,
    ce_specversion: ce.specversion,
    ce_time: ce.time,
    ce_subject: ce.subject,
    'content-type': ce.datacontenttype,
  };
}

export type HeaderError = { field: string; message: string };

export function fromHeaders(headers: Record<string, string | undefined>): CloudEventAttributes | HeaderError {
  const need = ['ce_id', 'ce_source', 'ce_type', 'ce_specversion'] as const;
  for (const h of need) {
    if (!headers[h]) return { field: h, message: `missing CloudEvents header ${h}` };
  }
  if (headers.ce_specversion !== '1.0') {
    return { field: 'ce_specversion', message: `unsupported CloudEvents specversion ${headers.ce_specversion}` };
  }
  const ct = headers['content-type'];
  if (ct && !/^application\/(cloudevents\+)?json\b/i.test(ct)) {
    return { field: 'content-type', message: `unsupported content-type ${ct}` };
  }
  return {
    id: headers.ce_id as string,
    source: headers.ce_source as string,
    type: headers.ce_type as string,
    specversion: '1.0',
    time: headers.ce_time ?? '',
    subject: headers.ce_subject ?? '',
    datacontenttype: 'application/json',
  };
}

export function newEventId(): string {
  return randomUUID();
}
