import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { allowPrivateSchema, createAddressGuard, SsrfBlockedError, type Resolver } from './ssrf';

const fixed = (answers: Record<string, string[]>): Resolver => async (host) => {
  const a = answers[host];
  if (a === undefined) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
  return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

function lookupAll(guard: ReturnType<typeof createAddressGuard>, host: string, all: boolean) {
  return new Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }>((resolve) =>
    guard.lookup(host, { all }, (err, address, family) => resolve({ err, address, family })),
  );
}

describe('createAddressGuard', () => {
  it('refuses non-public addresses unless allow-listed by CIDR or host', () => {
    const g = createAddressGuard({ allowPrivate: ['10.0.0.0/8', '127.0.0.1', 'localhost', '*.corp.example', 'fd00::/8'] });
    expect(g.checkAddress('x.test', '10.1.2.3').allowed).toBe(true);
    expect(g.checkAddress('x.test', '127.0.0.1').allowed).toBe(true);
    expect(g.checkAddress('x.test', '127.0.0.2').allowed).toBe(false);
    expect(g.checkAddress('localhost', '::1').allowed).toBe(true);
    expect(g.checkAddress('LOCALHOST.', '127.0.0.9').allowed).toBe(true);
    expect(g.checkAddress('feeds.corp.example', '192.168.1.1').allowed).toBe(true);
    expect(g.checkAddress('corp.example', '192.168.1.1').allowed).toBe(false);
    expect(g.checkAddress('evilcorp.example', '192.168.1.1').allowed).toBe(false);
    expect(g.checkAddress('x.test', 'fd00::5').allowed).toBe(true);
    expect(g.checkAddress('x.test', '169.254.169.254')).toEqual({
      allowed: false,
      reason: '169.254.169.254 is link-local / cloud metadata (169.254.0.0/16)',
    });
    expect(g.checkAddress('x.test', '8.8.8.8').allowed).toBe(true);
  });

  it('judges literal hosts up front, names later', () => {
    const g = createAddressGuard();
    expect(g.checkHost('[::1]')).toMatchObject({ allowed: false, literal: true });
    expect(g.checkHost('127.0.0.1')).toMatchObject({ allowed: false, literal: true });
    expect(g.checkHost('93.184.216.34')).toMatchObject({ allowed: true, literal: true });
    expect(g.checkHost('example.org')).toMatchObject({ allowed: true, literal: false });
  });

  it('lookup filters refused answers and fails when none remain (both callback shapes)', async () => {
    const g = createAddressGuard({
      resolve: fixed({ mixed: ['10.0.0.1', '93.184.216.34'], inner: ['127.0.0.1', '::1'], pub6: ['2606:4700::1'] }),
    });
    const all = await lookupAll(g, 'mixed', true);
    expect(all.err).toBeNull();
    expect(all.address).toEqual([{ address: '93.184.216.34', family: 4 }]);
    const one = await lookupAll(g, 'pub6', false);
    expect(one).toMatchObject({ err: null, address: '2606:4700::1', family: 6 });
    const blocked = await lookupAll(g, 'inner', true);
    expect(blocked.err).toBeInstanceOf(SsrfBlockedError);
    expect(blocked.err?.code).toBe('ESSRFBLOCKED');
    expect(blocked.err?.message).toMatch(/127\.0\.0\.1 is loopback.*::1 is loopback/);
    const missing = await lookupAll(g, 'nope', false);
    expect(missing.err?.code).toBe('ENOTFOUND');
  });

  it('rejects malformed allow-list entries', () => {
    expect(() => createAddressGuard({ allowPrivate: ['10.0.0.0/99'] })).toThrow();
    expect(() => createAddressGuard({ allowPrivate: ['http://x'] })).toThrow();
    expect(allowPrivateSchema.parse(['  localhost ', '10.0.0.0/8'])).toEqual(['localhost', '10.0.0.0/8']);
  });
});
