import { describe, expect, it } from 'vitest';
import { parseFreshnessSeconds, parseRetryAfter } from './http-headers';
import { resolveRedirect } from './redirects';
import { parseContentEncoding } from './body-reader';
import { classifyError, TimeoutError } from './errors';

const now = new Date('2030-06-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('120', now)?.toISOString()).toBe('2030-06-01T12:02:00.000Z');
    expect(parseRetryAfter(' 0 ', now)?.toISOString()).toBe(now.toISOString());
    expect(parseRetryAfter('Sun, 02 Jun 2030 00:00:00 GMT', now)?.toISOString()).toBe('2030-06-02T00:00:00.000Z');
    expect(parseRetryAfter('Sunday, 02-Jun-30 00:00:00 GMT', now)).toBeInstanceOf(Date);
  });
  it('ignores junk', () => {
    for (const v of [undefined, '', '-5', '1.5', 'soon', 'Sun, 99 Foo 2030 xx:yy GMT']) {
      expect(parseRetryAfter(v, now), String(v)).toBeUndefined();
    }
  });
});

describe('parseFreshnessSeconds', () => {
  it('prefers max-age, honours no-cache, falls back to Expires - Date', () => {
    expect(parseFreshnessSeconds({ cacheControl: 'public, max-age=600' }, now)).toBe(600);
    expect(parseFreshnessSeconds({ cacheControl: 's-maxage=60, max-age=30' }, now)).toBe(60);
    expect(parseFreshnessSeconds({ cacheControl: 'no-cache, max-age=600' }, now)).toBeUndefined();
    expect(
      parseFreshnessSeconds({ expires: 'Sat, 01 Jun 2030 13:00:00 GMT', date: 'Sat, 01 Jun 2030 12:30:00 GMT' }, now),
    ).toBe(1800);
    expect(parseFreshnessSeconds({ expires: '0' }, now)).toBeUndefined();
    expect(parseFreshnessSeconds({}, now)).toBeUndefined();
  });
});

describe('resolveRedirect', () => {
  const cur = new URL('https://a.example/feeds/main.xml#frag');
  it('resolves relative and absolute targets', () => {
    const r = resolveRedirect(cur, 'other.xml');
    expect(r.ok && r.url.href).toBe('https://a.example/feeds/other.xml#frag');
    const abs = resolveRedirect(cur, 'http://b.example/x');
    expect(abs.ok && abs.url.href).toBe('http://b.example/x#frag');
    const proto = resolveRedirect(cur, '//c.example/y');
    expect(proto.ok && proto.url.href).toBe('https://c.example/y#frag');
  });
  it('refuses missing, invalid and non-http targets', () => {
    expect(resolveRedirect(cur, undefined).ok).toBe(false);
    expect(resolveRedirect(cur, '  ').ok).toBe(false);
    expect(resolveRedirect(cur, 'http://[bad').ok).toBe(false);
    expect(resolveRedirect(cur, 'javascript:alert(1)').ok).toBe(false);
    expect(resolveRedirect(cur, 'file:///etc/passwd').ok).toBe(false);
  });
});

describe('parseContentEncoding', () => {
  it('lists codings to undo, outermost first', () => {
    expect(parseContentEncoding(undefined)).toEqual([]);
    expect(parseContentEncoding('identity')).toEqual([]);
    expect(parseContentEncoding('x-gzip')).toEqual(['gzip']);
    expect(parseContentEncoding('deflate, br')).toEqual(['br', 'deflate']);
    expect(() => parseContentEncoding('compress')).toThrow(/unsupported/);
  });
});

describe('classifyError', () => {
  const e = (code: string, message = code) => Object.assign(new Error(message), { code });
  it('maps node error codes to kinds', () => {
    expect(classifyError(new TimeoutError('connect', 5), 'request')).toMatchObject({ kind: 'timeout', extra: { timeoutPhase: 'connect' } });
    expect(classifyError(e('ENOTFOUND'), 'request').kind).toBe('dns');
    expect(classifyError(e('ECONNREFUSED'), 'request').kind).toBe('connect');
    expect(classifyError(e('ECONNRESET'), 'request').kind).toBe('connect');
    expect(classifyError(e('ECONNRESET'), 'body').kind).toBe('truncated');
    expect(classifyError(e('CERT_HAS_EXPIRED'), 'request').kind).toBe('tls');
    expect(classifyError(e('ERR_TLS_CERT_ALTNAME_INVALID'), 'request').kind).toBe('tls');
    expect(classifyError(e('DEPTH_ZERO_SELF_SIGNED_CERT'), 'request').kind).toBe('tls');
    expect(classifyError(e('HPE_INVALID_CONSTANT'), 'request').kind).toBe('protocol');
    expect(classifyError(e('Z_DATA_ERROR'), 'body').kind).toBe('decompress');
    expect(classifyError(e('ESSRFBLOCKED'), 'request').kind).toBe('ssrf_blocked');
    expect(classifyError('weird', 'request').kind).toBe('network');
  });
});
