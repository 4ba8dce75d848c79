/**
 * Pure IP address parsing and range classification (no I/O).
 *
 * Used by the SSRF guard to decide whether an address the fetcher is about to connect to is a
 * public unicast address. Addresses are handled as bigint so IPv4 and IPv6 share one code path.
 */

export type IpFamily = 4 | 6;

export interface IpAddress {
  family: IpFamily;
  /** 32-bit (IPv4) or 128-bit (IPv6) value. */
  value: bigint;
}

export interface Cidr {
  family: IpFamily;
  base: bigint;
  prefix: number;
}

const V4_BITS = 32;
const V6_BITS = 128;

function bitsOf(family: IpFamily): number {
  return family === 4 ? V4_BITS : V6_BITS;
}

/** Parses a dotted-quad IPv4 address (strict: four decimal parts 0-255, no leading zeros). */
export function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

/** Parses an IPv6 address, incl. `::` compression, an embedded dotted IPv4 tail and a `%zone`. */
export function parseIpv6(input: string): bigint | null {
  let text = input;
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (text.length === 0 || !text.includes(':')) return null;

  const groups: number[] = [];
  const parseGroups = (segment: string, allowV4Tail: boolean): number[] | null => {
    if (segment === '') return [];
    const out: number[] = [];
    const items = segment.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i] ?? '';
      if (allowV4Tail && i === items.length - 1 && item.includes('.')) {
        const v4 = parseIpv4(item);
        if (v4 === null) return null;
        out.push(Number((v4 >> 16n) & 0xffffn), Number(v4 & 0xffffn));
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(item)) return null;
      out.push(parseInt(item, 16));
    }
    return out;
  };

  const doubleColon = text.indexOf('::');
  if (doubleColon >= 0) {
    if (text.indexOf('::', doubleColon + 1) >= 0) return null;
    const head = parseGroups(text.slice(0, doubleColon), false);
    const tail = parseGroups(text.slice(doubleColon + 2), true);
    if (head === null || tail === null) return null;
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    groups.push(...head, ...new Array<number>(missing).fill(0), ...tail);
  } else {
    const all = parseGroups(text, true);
    if (all === null || all.length !== 8) return null;
    groups.push(...all);
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

/** Parses an IPv4 or IPv6 literal (IPv6 may be bracketed). Returns null for anything else. */
export function parseIp(text: string): IpAddress | null {
  const v4 = parseIpv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = parseIpv6(text);
  if (v6 !== null) return { family: 6, value: v6 };
  return null;
}

/** Parses `10.0.0.0/8`, `fc00::/7`, or a bare address (treated as /32 or /128). */
export function parseCidr(text: string): Cidr | null {
  const slash = text.lastIndexOf('/');
  const addrText = slash >= 0 ? text.slice(0, slash) : text;
  const ip = parseIp(addrText.trim());
  if (ip === null) return null;
  const bits = bitsOf(ip.family);
  let prefix = bits;
  if (slash >= 0) {
    const p = text.slice(slash + 1).trim();
    if (!/^[0-9]{1,3}$/.test(p)) return null;
    prefix = Number(p);
    if (prefix > bits) return null;
  }
  return { family: ip.family, base: maskTo(ip.value, prefix, bits), prefix };
}

function maskTo(value: bigint, prefix: number, bits: number): bigint {
  if (prefix === 0) return 0n;
  const hostBits = BigInt(bits - prefix);
  return (value >> hostBits) << hostBits;
}

export function cidrContains(cidr: Cidr, ip: IpAddress): boolean {
  if (cidr.family !== ip.family) return false;
  return maskTo(ip.value, cidr.prefix, bitsOf(ip.family)) === cidr.base;
}

function cidr(text: string): Cidr {
  const c = parseCidr(text);
  if (c === null) throw new Error(`bad built-in CIDR ${text}`);
  return c;
}

interface NamedRange {
  range: Cidr;
  reason: string;
}

/** IPv4 ranges that are never a public feed server (RFC 6890 special-purpose registry and more). */
const BLOCKED_V4: NamedRange[] = [
  { range: cidr('0.0.0.0/8'), reason: 'this-network (0.0.0.0/8)' },
  { range: cidr('10.0.0.0/8'), reason: 'private (10.0.0.0/8)' },
  { range: cidr('100.64.0.0/10'), reason: 'carrier-grade NAT (100.64.0.0/10)' },
  { range: cidr('127.0.0.0/8'), reason: 'loopback (127.0.0.0/8)' },
  { range: cidr('169.254.0.0/16'), reason: 'link-local / cloud metadata (169.254.0.0/16)' },
  { range: cidr('172.16.0.0/12'), reason: 'private (172.16.0.0/12)' },
  { range: cidr('192.0.0.0/24'), reason: 'IETF protocol assignments (192.0.0.0/24)' },
  { range: cidr('192.0.2.0/24'), reason: 'documentation (192.0.2.0/24)' },
  { range: cidr('192.88.99.0/24'), reason: '6to4 relay anycast (192.88.99.0/24)' },
  { range: cidr('192.168.0.0/16'), reason: 'private (192.168.0.0/16)' },
  { range: cidr('198.18.0.0/15'), reason: 'benchmarking (198.18.0.0/15)' },
  { range: cidr('198.51.100.0/24'), reason: 'documentation (198.51.100.0/24)' },
  { range: cidr('203.0.113.0/24'), reason: 'documentation (203.0.113.0/24)' },
  { range: cidr('224.0.0.0/4'), reason: 'multicast (224.0.0.0/4)' },
  { range: cidr('240.0.0.0/4'), reason: 'reserved / broadcast (240.0.0.0/4)' },
];

/** Only global unicast (2000::/3) can be a feed server; these carve-outs inside it are blocked too. */
const GLOBAL_UNICAST_V6 = cidr('2000::/3');
const BLOCKED_V6_GLOBAL: NamedRange[] = [
  { range: cidr('2001::/32'), reason: 'Teredo tunnel (2001::/32)' },
  { range: cidr('2001:2::/48'), reason: 'benchmarking (2001:2::/48)' },
  { range: cidr('2001:10::/28'), reason: 'ORCHID (2001:10::/28)' },
  { range: cidr('2001:20::/28'), reason: 'ORCHIDv2 (2001:20::/28)' },
  { range: cidr('2001:db8::/32'), reason: 'documentation (2001:db8::/32)' },
  { range: cidr('3fff::/20'), reason: 'documentation (3fff::/20)' },
];
const NAMED_V6_OUTSIDE_GLOBAL: NamedRange[] = [
  { range: cidr('::/128'), reason: 'unspecified (::)' },
  { range: cidr('::1/128'), reason: 'loopback (::1)' },
  { range: cidr('64:ff9b:1::/48'), reason: 'local-use NAT64 (64:ff9b:1::/48)' },
  { range: cidr('100::/64'), reason: 'discard-only (100::/64)' },
  { range: cidr('fc00::/7'), reason: 'unique local (fc00::/7)' },
  { range: cidr('fe80::/10'), reason: 'link-local (fe80::/10)' },
  { range: cidr('fec0::/10'), reason: 'site-local (fec0::/10)' },
  { range: cidr('ff00::/8'), reason: 'multicast (ff00::/8)' },
];

/** Prefixes whose low 32 bits (or, for 6to4, bits 16-47) carry an IPv4 address. */
const V4_MAPPED = cidr('::ffff:0:0/96');
const V4_TRANSLATED = cidr('::ffff:0:0:0/96');
const V4_COMPATIBLE = cidr('::/96');
const NAT64_WELL_KNOWN = cidr('64:ff9b::/96');
const SIX_TO_FOUR = cidr('2002::/16');

/** Returns the IPv4 address embedded in an IPv6 address (mapped, compatible, NAT64, 6to4). */
export function embeddedIpv4(ip: IpAddress): IpAddress | null {
  if (ip.family !== 6) return null;
  if (
    cidrContains(V4_MAPPED, ip) ||
    cidrContains(V4_TRANSLATED, ip) ||
    cidrContains(NAT64_WELL_KNOWN, ip) ||
    // ::/96 minus :: and ::1 (handled as unspecified / loopback)
    (cidrContains(V4_COMPATIBLE, ip) && ip.value > 1n)
  ) {
    return { family: 4, value: ip.value & 0xffffffffn };
  }
  if (cidrContains(SIX_TO_FOUR, ip)) {
    return { family: 4, value: (ip.value >> 80n) & 0xffffffffn };
  }
  return null;
}

/**
 * Why an address must not be connected to, or null when it is public unicast.
 * IPv6 forms that embed an IPv4 address are judged by that IPv4 address.
 */
export function nonPublicReason(ip: IpAddress): string | null {
  if (ip.family === 4) {
    for (const r of BLOCKED_V4) if (cidrContains(r.range, ip)) return r.reason;
    return null;
  }
  for (const r of NAMED_V6_OUTSIDE_GLOBAL) if (cidrContains(r.range, ip)) return r.reason;
  const v4 = embeddedIpv4(ip);
  if (v4 !== null) {
    const inner = nonPublicReason(v4);
    return inner === null ? null : `IPv6 form of ${formatIp(v4)}: ${inner}`;
  }
  if (!cidrContains(GLOBAL_UNICAST_V6, ip)) return 'not IPv6 global unicast (outside 2000::/3)';
  for (const r of BLOCKED_V6_GLOBAL) if (cidrContains(r.range, ip)) return r.reason;
  return null;
}

export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) {
    const v = ip.value;
    return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join('.');
  }
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((ip.value >> s) & 0xffffn).toString(16));
  return groups.join(':');
}
