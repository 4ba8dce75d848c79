/** TLS: a self-signed certificate is refused as 'tls'; trusted via `ca`, the same server works. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from './feed-fetcher';
import type { Resolver } from './ssrf';

function haveOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const resolve: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

// openssl is installed by `npm test` when missing (scripts/test/system-deps.mjs); without it this fails, it is not skipped
describe('https', () => {
  it('has openssl to make a certificate with', () => {
    expect(haveOpenssl()).toBe(true);
  });

  let dir = '';
  let cert = '';
  let server: https.Server;
  let port = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimwire-tls-'));
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=feeds.test',
        '-addext', 'subjectAltName=DNS:feeds.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss/>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  const opts = { allowPrivate: ['feeds.test'], resolve, connectTimeoutMs: 2000, totalTimeoutMs: 4000 };

  it('refuses an untrusted certificate with kind tls', async () => {
    const o = await fetchFeed({ url: `https://feeds.test:${port}/` }, opts);
    expect(o.kind).toBe('tls');
    if (!o.ok) expect(o.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('refuses a certificate for another name with kind tls', async () => {
    const o = await fetchFeed({ url: `https://other.test:${port}/` }, { ...opts, allowPrivate: ['other.test'], ca: cert });
    expect(o.kind).toBe('tls');
  });

  it('fetches over https when the CA is trusted', async () => {
    const o = await fetchFeed({ url: `https://feeds.test:${port}/` }, { ...opts, ca: cert });
    expect(o.kind).toBe('ok');
    if (o.kind === 'ok') expect(Buffer.from(o.body).toString()).toBe('<rss/>');
  });
});

describe('stalled TLS handshake', () => {
  it('counts against the connect timeout', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s)); // accepts TCP, never speaks TLS
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const p = (silent.address() as AddressInfo).port;
    try {
      const o = await fetchFeed(
        { url: `https://feeds.test:${p}/` },
        { allowPrivate: ['feeds.test'], resolve, connectTimeoutMs: 200, totalTimeoutMs: 3000 },
      );
      expect(o.kind).toBe('timeout');
      if (!o.ok) expect(o.timeoutPhase).toBe('connect');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});
