/**
 * SSRF guard: decides, for the address a socket is ACTUALLY about to connect to, whether the
 * fetcher may connect. Hostnames are judged inside the socket's `lookup` (so a DNS answer that
 * changes between a pre-check and the connect — DNS rebinding — cannot slip through); IP-literal
 * hosts (which Node connects to without a lookup) are judged before the request is made.
 */
import { promises as dnsPromises } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { z } from 'zod';
import { cidrContains, nonPublicReason, parseCidr, parseIp, type Cidr } from './ip-ranges';

/** A DNS resolver returning every address for a host; injectable for tests. */
export type Resolver = (hostname: string, family: 0 | 4 | 6) => Promise<LookupAddress[]>;

export const defaultResolver: Resolver = (hostname, family) =>
  dnsPromises.lookup(hostname, { all: true, family, verbatim: true });

/** Error raised inside the socket lookup when every resolved address is refused. */
export class SsrfBlockedError extends Error {
  readonly code = 'ESSRFBLOCKED';
  constructor(
    message: string,
    readonly hostname: string,
    readonly address?: string,
  ) {
    super(message);
    this.name = 'SsrfBlockedError';
  }
}

const HOST_PATTERN = /^(\*\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?$/i;

/**
 * One allow-list entry: an IP, a CIDR (`10.0.0.0/8`, `fd00::/8`), a host name (`localhost`) or
 * a wildcard host (`*.corp.example`, matching sub-domains only).
 */
export const allowEntrySchema = z
  .string()
  .trim()
  .min(1)
  .refine((s) => parseCidr(s) !== null || HOST_PATTERN.test(s), {
    message: 'expected an IP, a CIDR (10.0.0.0/8) or a host name (localhost, *.corp.example)',
  });

export const allowPrivateSchema = z.array(allowEntrySchema).default([]);

export interface AddressDecision {
  allowed: boolean;
  /** Why the address is refused (absent when allowed). */
  reason?: string;
}

export interface AddressGuard {
  /** Judges an address for a host. The host-name allow-list and the CIDR allow-list both apply. */
  checkAddress(hostname: string, address: string): AddressDecision;
  /**
   * Judges a URL host before connecting. For an IP literal this is the final verdict; for a
   * name it only applies the allow-list shortcut (the real check happens in `lookup`).
   */
  checkHost(hostname: string): AddressDecision & { literal: boolean };
  /** A `lookup` for node:net / node:http that refuses non-public answers. */
  lookup: LookupFn;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;
export type LookupFn = (hostname: string, options: unknown, callback: LookupCallback) => void;

function normaliseHost(hostname: string): string {
  let h = hostname.toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

export function createAddressGuard(
  options: { allowPrivate?: readonly string[]; resolve?: Resolver } = {},
): AddressGuard {
  const entries = allowPrivateSchema.parse(options.allowPrivate ?? []);
  const cidrs: Cidr[] = [];
  const exactHosts = new Set<string>();
  const suffixHosts: string[] = [];
  for (const entry of entries) {
    const c = parseCidr(entry);
    if (c !== null) cidrs.push(c);
    else if (entry.startsWith('*.')) suffixHosts.push(normaliseHost(entry.slice(1)));
    else exactHosts.add(normaliseHost(entry));
  }
  const resolve = options.resolve ?? defaultResolver;

  const hostAllowed = (hostname: string): boolean => {
    const h = normaliseHost(hostname);
    if (exactHosts.has(h)) return true;
    return suffixHosts.some((s) => h.endsWith(s) && h.length > s.length);
  };

  const checkAddress = (hostname: string, address: string): AddressDecision => {
    const ip = parseIp(address);
    if (ip === null) return { allowed: false, reason: `not an IP address: ${address}` };
    const reason = nonPublicReason(ip);
    if (reason === null) return { allowed: true };
    if (hostAllowed(hostname)) return { allowed: true };
    if (cidrs.some((c) => cidrContains(c, ip))) return { allowed: true };
    return { allowed: false, reason: `${address} is ${reason}` };
  };

  const checkHost = (hostname: string): AddressDecision & { literal: boolean } => {
    const h = normaliseHost(hostname);
    if (parseIp(h) === null) return { allowed: true, literal: false };
    return { ...checkAddress(hostname, h), literal: true };
  };

  const lookup: LookupFn = (hostname, rawOptions, callback) => {
    const opts = (typeof rawOptions === 'object' && rawOptions !== null ? rawOptions : {}) as {
      family?: number | string;
      all?: boolean;
    };
    const fam = opts.family === 4 || opts.family === 'IPv4' ? 4 : opts.family === 6 || opts.family === 'IPv6' ? 6 : 0;
    resolve(hostname, fam).then(
      (answers) => {
        const allowed: LookupAddress[] = [];
        const refused: string[] = [];
        for (const a of answers) {
          const d = checkAddress(hostname, a.address);
          if (d.allowed) allowed.push(a);
          else refused.push(d.reason ?? a.address);
        }
        const first = allowed[0];
        if (first === undefined) {
          const why = refused.length > 0 ? refused.join('; ') : 'no addresses';
          callback(new SsrfBlockedError(`refused to connect to ${hostname}: ${why}`, hostname), '', 0);
          return;
        }
        if (opts.all === true) callback(null, allowed);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };

  return { checkAddress, checkHost, lookup };
}
