import { describe, expect, it } from 'vitest';
import { fixtures } from '@claimwire/testing';
import { claimId, canonicalJson } from './ids';
import { claimSubject, decodeArticle, decodeClaim, decodeEvent, encodeArticle, encodeClaim } from './codec';
import { buildDeadLetter, parseDeadLetter } from './dead-letter';

describe('CloudEvents binary mode', () => {
  it('puts attributes in ce_* headers, data in the value and the entity in the key', () => {
    const a = fixtures.article();
    const msg = encodeArticle(a, 'test/source', new Date('2026-02-05T11:00:00Z'));
    expect(msg.key).toBe(a.articleId);
    expect(msg.headers).toMatchObject({
      ce_type: 'claimwire.article.ingested.v1',
      ce_specversion: '1.0',
      ce_source: 'test/source',
      ce_subject: a.articleId,
      ce_time: '2026-02-05T11:00:00.000Z',
      'content-type': 'application/json',
    });
    expect(JSON.parse(msg.value.toString())).toEqual(a);
    const back = decodeArticle(msg);
    expect(back.ok && back.value.event.data).toEqual(a);
  });

  it('keys a claim by its subject and uses the claim id as the event id', () => {
    const c = fixtures.toll();
    const msg = encodeClaim(c, 'test');
    expect(msg.key).toBe('toll/ukraine/military/killed');
    expect(msg.headers.ce_id).toBe(c.claimId);
    expect(msg.headers.ce_type).toBe('claimwire.claim.toll.v1');
    const back = decodeClaim(msg);
    expect(back.ok && back.value.event.data).toEqual(c);
  });

  it('gives talks of the same parties the same subject whatever their order', () => {
    expect(claimSubject(fixtures.talks({ parties: ['ukraine', 'russia'] }))).toBe(claimSubject(fixtures.talks({ parties: ['russia', 'ukraine'] })));
  });

  it('keys talks by their track, so a round reported with and without its mediator shares a partition', () => {
    const trilateral = fixtures.talks({ parties: ['united-states', 'ukraine', 'russia'], sides: ['russia', 'ukraine'] });
    const bilateral = fixtures.talks({ parties: ['ukraine', 'russia'], sides: ['russia', 'ukraine'] });
    expect(claimSubject(trilateral)).toBe(claimSubject(bilateral));
    expect(claimSubject(trilateral)).toBe('talks/russia+ukraine');
  });

  it('refuses to encode an invalid event', () => {
    expect(() => encodeClaim({ ...fixtures.toll(), value: -5 }, 'test')).toThrow();
  });
});

describe('decoding poison', () => {
  const good = encodeClaim(fixtures.strike(), 'test');
  it.each([
    ['missing headers', { ...good, headers: {} }, 'bad_headers'],
    ['unknown type', { ...good, headers: { ...good.headers, ce_type: 'claimwire.claim.toll.v9' } }, 'unknown_type'],
    ['not JSON', { ...good, value: Buffer.from('{not json') }, 'bad_json'],
    ['empty value', { ...good, value: null }, 'bad_json'],
    ['schema violation', { ...good, value: Buffer.from(JSON.stringify({ kind: 'strike' })) }, 'invalid_payload'],
    ['wrong spec version', { ...good, headers: { ...good.headers, ce_specversion: '0.3' } }, 'bad_headers'],
  ])('%s gives a reason, never a throw', (_name, msg, reason) => {
    const r = decodeEvent(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.reason).toBe(reason);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });

  it('names the offending field of an invalid payload', () => {
    const bad = { ...fixtures.toll(), measure: 'exploded' };
    const r = decodeEvent({ ...good, headers: { ...good.headers, ce_type: 'claimwire.claim.toll.v1' }, value: Buffer.from(JSON.stringify(bad)) });
    expect(!r.ok && r.error.message).toMatch(/measure/);
  });

  it('an article where a claim was expected is unexpected_type', () => {
    const r = decodeClaim(encodeArticle(fixtures.article(), 'x'));
    expect(!r.ok && r.error.reason).toBe('unexpected_type');
  });
});

describe('dead letters', () => {
  it('keep the original bytes, headers and position, and the reason', () => {
    const value = Buffer.from([0xff, 0x00, 0x81]);
    const dl = buildDeadLetter({ reason: 'bad_json', error: 'boom', failedBy: 'spec', topic: 'claims', partition: 3, offset: '42', key: 'k', value, headers: { a: 'b' } });
    const parsed = parseDeadLetter(dl.value);
    expect(parsed?.source).toEqual({ topic: 'claims', partition: 3, offset: '42' });
    expect(Buffer.from(parsed?.original.valueBase64 ?? '', 'base64')).toEqual(value);
    expect(parsed?.original.headers).toEqual({ a: 'b' });
    expect(dl.headers['dlq-reason']).toBe('bad_json');
  });
});

describe('ids', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });
  it('canonical JSON is byte for byte what ids were first hashed from', () => {
    // ids are hashes of this text: any change of output would re-key every claim and article
    const v = { b: [1, undefined, 'x', { q: undefined }], a: { z: null, y: undefined, é: 1, Z: 2, '10': true, '9': false }, s: 'quote" and \u2028' };
    expect(canonicalJson(v)).toBe('{"a":{"10":true,"9":false,"Z":2,"z":null,"é":1},"b":[1,null,"x",{}],"s":"quote\\" and \u2028"}');
    expect(claimId({ articleId: 'art_x', revision: 1, extractorVersion: '1', evidenceStart: 10, body: { v: 1 } })).toBe('clm_9ae33d6b4d97ff9eb8a3efe0');
  });
  it('claim ids are deterministic and change with any input', () => {
    const base = { articleId: 'art_x', revision: 1, extractorVersion: '1', evidenceStart: 10, body: { v: 1 } };
    expect(claimId(base)).toBe(claimId({ ...base }));
    expect(claimId(base)).not.toBe(claimId({ ...base, extractorVersion: '2' }));
    expect(claimId(base)).not.toBe(claimId({ ...base, body: { v: 2 } }));
    expect(claimId(base)).toMatch(/^clm_[0-9a-f]{24}$/);
  });
});
