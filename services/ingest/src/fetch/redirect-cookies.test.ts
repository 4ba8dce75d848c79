import { describe, expect, it } from 'vitest';
import { cookieHeader, emptyJar, storeCookies } from './redirect-cookies';

describe('redirect cookie jar', () => {
  it('stores host-only name=value pairs and drops expired ones', () => {
    const jar = emptyJar();
    storeCookies(jar, 'A.example', ['sid=1; Path=/; HttpOnly', 'consent=yes; Domain=example', 'bad', '=novalue']);
    expect(cookieHeader(jar, 'a.example')).toBe('sid=1; consent=yes');
    expect(cookieHeader(jar, 'b.example')).toBeUndefined();
    expect(cookieHeader(jar, 'sub.a.example')).toBeUndefined();
    storeCookies(jar, 'a.example', ['sid=2', 'consent=; Max-Age=0']);
    expect(cookieHeader(jar, 'a.example')).toBe('sid=2');
    storeCookies(jar, 'a.example', undefined);
    expect(cookieHeader(jar, 'a.example')).toBe('sid=2');
  });
});
