import { describe, expect, it } from 'vitest';
import { fixtures } from '@claimwire/testing';
import { decodeClaim, decodeEvent, encodeClaim, encodeDecoded, type IncomingMessage } from './codec';
import { contentModeOf } from './envelope';
import { STRUCTURED_JSON } from './structured-mode';

const toll = fixtures.toll();

/** A structured-mode message as another producer (a CloudEvents SDK) would write it. */
function structured(event: Record<string, unknown>, contentType = 'application/cloudevents+json; charset=UTF-8'): IncomingMessage {
  return { key: 'k', value: Buffer.from(JSON.stringify(event)), headers: { 'content-type': contentType } };
}

const fullEvent = {
  specversion: '1.0',
  id: toll.claimId,
  source: 'urn:other:producer',
  type: 'claimwire.claim.toll.v1',
  time: '2026-02-05T11:00:00+01:00',
  subject: 'toll/ukraine/military/killed',
  datacontenttype: 'application/json',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  sampled: true,
  hops: 3,
  data: toll,
};

function decoded(msg: IncomingMessage) {
  const r = decodeEvent(msg);
  if (!r.ok) throw new Error(`expected a decoded event, got ${r.error.reason}: ${r.error.message}`);
  return r.value;
}

describe('content modes', () => {
  it('tells structured from binary by the content-type header', () => {
    expect(contentModeOf({ 'content-type': 'application/cloudevents+json; charset=UTF-8' })).toBe('structured');
    expect(contentModeOf({ 'content-type': 'Application/CloudEvents+JSON' })).toBe('structured');
    expect(contentModeOf({ 'content-type': 'application/json' })).toBe('binary');
    expect(contentModeOf({})).toBe('binary');
  });

  it('producers still write binary mode', () => {
    const msg = encodeClaim(toll, 'test');
    expect(contentModeOf(msg.headers)).toBe('binary');
    expect(JSON.parse(msg.value.toString())).toEqual(toll);
  });

  it('reads a structured-mode event: attributes, extensions and data from the value', () => {
    const v = decoded(structured(fullEvent));
    expect(v.event).toEqual({ type: 'claimwire.claim.toll.v1', data: toll });
    const { data: _d, traceparent, sampled, hops, ...core } = fullEvent;
    expect(v.ce).toEqual({ ...core, extensions: { traceparent, sampled, hops } });
  });

  it('reads the same claim in either mode', () => {
    const binary = encodeClaim(toll, 'urn:other:producer', new Date('2026-02-05T10:00:00Z'));
    const { data: _d, ...attrs } = fullEvent;
    const same = { ...attrs, time: '2026-02-05T10:00:00.000Z', data: toll };
    const a = decoded(binary);
    const b = decoded(structured({ ...same, traceparent: undefined, sampled: undefined, hops: undefined }));
    expect(b).toEqual(a);
  });

  it('reads structured data without datacontenttype as JSON, and data_base64', () => {
    const { datacontenttype: _c, data: _d, ...rest } = fullEvent;
    const v = decoded(structured({ ...rest, data_base64: Buffer.from(JSON.stringify(toll)).toString('base64') }, 'application/cloudevents+json'));
    expect(v.ce.datacontenttype).toBe('application/json');
    expect(v.event.data).toEqual(toll);
  });

  it('takes a structured event from its value, not from ce_ headers beside it', () => {
    const msg = structured(fullEvent);
    msg.headers = { ...msg.headers, ce_id: 'other', ce_type: 'claimwire.claim.strike.v1', ce_extra: 'x' };
    const v = decoded(msg);
    expect(v.ce.id).toBe(toll.claimId);
    expect(v.ce.extensions).not.toHaveProperty('extra');
  });

  it('binary mode: content-type with parameters, ce_ headers that name no attribute are ignored', () => {
    const msg = encodeClaim(toll, 'test');
    msg.headers = { ...msg.headers, 'content-type': 'application/json; charset=utf-8', ce_Upper: 'x', ce_way_too_long_for_a_name: 'y', 'x-other': 'z' };
    const v = decoded(msg);
    expect(v.ce.datacontenttype).toBe('application/json; charset=utf-8');
    expect(v.ce.extensions).toEqual({});
  });
});

describe('structured-mode input that cannot be read gives a reason, never a throw', () => {
  const { id: _id, ...noId } = fullEvent;
  const { data: _data, ...noData } = fullEvent;
  const cases: [string, IncomingMessage, string, RegExp][] = [
    ['empty value', { key: null, value: null, headers: { 'content-type': STRUCTURED_JSON } }, 'bad_json', /empty/],
    ['not JSON', { key: null, value: Buffer.from('{"specversion":'), headers: { 'content-type': STRUCTURED_JSON } }, 'bad_json', /not JSON/],
    ['a JSON array (a batch)', structured([fullEvent] as unknown as Record<string, unknown>), 'bad_headers', /not a CloudEvents JSON object/],
    ['a batch content type', structured(fullEvent, 'application/cloudevents-batch+json'), 'bad_headers', /event format/],
    ['a format other than JSON', structured(fullEvent, 'application/cloudevents+avro'), 'bad_headers', /event format/],
    ['no id', structured(noId), 'bad_headers', /missing CloudEvents attribute id/],
    ['a null id', structured({ ...fullEvent, id: null }), 'bad_headers', /missing CloudEvents attribute id/],
    ['an empty source', structured({ ...fullEvent, source: '' }), 'bad_headers', /attribute source/],
    ['a numeric type', structured({ ...fullEvent, type: 7 }), 'bad_headers', /attribute type/],
    ['spec version 0.3', structured({ ...fullEvent, specversion: '0.3' }), 'bad_headers', /attribute specversion "0.3"/],
    ['a time that is no timestamp', structured({ ...fullEvent, time: 'yesterday' }), 'bad_headers', /attribute time/],
    ['data that is not JSON by its content type', structured({ ...fullEvent, datacontenttype: 'text/plain' }), 'bad_headers', /datacontenttype/],
    ['an object-valued extension', structured({ ...fullEvent, trace: { a: 1 } }), 'bad_headers', /attribute trace/],
    ['a fractional extension', structured({ ...fullEvent, ratio: 0.5 }), 'bad_headers', /attribute ratio/],
    ['both data and data_base64', structured({ ...fullEvent, data_base64: 'e30=' }), 'bad_headers', /both data and data_base64/],
    ['data_base64 that is not JSON', structured({ ...noData, data_base64: Buffer.from('{oops').toString('base64') }), 'bad_json', /data_base64 is not JSON/],
    ['an unknown type', structured({ ...fullEvent, type: 'claimwire.claim.rumour.v9' }), 'unknown_type', /rumour/],
    ['no data', structured(noData), 'invalid_payload', /payload invalid/],
    ['invalid data', structured({ ...fullEvent, data: { ...toll, measure: 'exploded' } }), 'invalid_payload', /measure/],
    // binary headers with the structured content type: the value is read as the whole event
    ['data alone under application/cloudevents+json', { ...encodeClaim(toll, 'x'), headers: { ...encodeClaim(toll, 'x').headers, 'content-type': 'application/cloudevents+json' } }, 'bad_headers', /missing CloudEvents attribute/],
  ];
  it.each(cases)('%s', (_name, msg, reason, message) => {
    const r = decodeEvent(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.reason).toBe(reason);
      expect(r.error.message).toMatch(message);
    }
  });

  it('names the binary header at fault', () => {
    const good = encodeClaim(toll, 'x');
    const r = decodeEvent({ ...good, headers: { ...good.headers, ce_time: 'soon' } });
    expect(!r.ok && r.error).toEqual({ reason: 'bad_headers', message: expect.stringMatching(/^invalid CloudEvents header ce_time "soon"/) });
    const { ce_source: _s, ...noSource } = good.headers;
    const r2 = decodeEvent({ ...good, headers: noSource });
    expect(!r2.ok && r2.error.message).toBe('missing CloudEvents header ce_source');
  });
});

describe('extension attributes survive a decode and re-encode', () => {
  it('binary → decode → encode → decode is equal, with the same headers', () => {
    const msg = encodeClaim(toll, 'test');
    msg.headers = { ...msg.headers, ce_traceparent: fullEvent.traceparent, ce_partitionkey: 'p-1', ce_dataschema: 'urn:schema:toll' };
    const first = decoded(msg);
    expect(first.ce.extensions).toEqual({ traceparent: fullEvent.traceparent, partitionkey: 'p-1' });
    expect(first.ce.dataschema).toBe('urn:schema:toll');
    const again = encodeDecoded(first, msg.key);
    expect(again.headers).toEqual(msg.headers);
    expect(again.key).toBe(msg.key);
    expect(decoded(again)).toEqual(first);
  });

  it('structured → decode → binary encode keeps extensions as ce_ headers, in their string form', () => {
    const first = decoded(structured(fullEvent));
    const binary = encodeDecoded(first, 'k');
    expect(contentModeOf(binary.headers)).toBe('binary');
    expect(binary.headers).toMatchObject({ ce_traceparent: fullEvent.traceparent, ce_sampled: 'true', ce_hops: '3', ce_time: fullEvent.time, 'content-type': 'application/json' });
    const second = decoded(binary);
    expect(second.ce).toEqual({ ...first.ce, extensions: { traceparent: fullEvent.traceparent, sampled: 'true', hops: '3' } });
    expect(decodeClaim(binary).ok).toBe(true);
  });

  it('structured → decode → structured encode → decode is equal, extension types and all', () => {
    const first = decoded(structured(fullEvent));
    const again = encodeDecoded(first, 'k', 'structured');
    expect(again.headers).toEqual({ 'content-type': STRUCTURED_JSON });
    expect(JSON.parse(again.value.toString())).toEqual(fullEvent);
    expect(decoded(again)).toEqual(first);
  });
});
