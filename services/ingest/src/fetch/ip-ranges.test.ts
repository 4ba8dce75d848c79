import { describe, expect, it } from 'vitest';
import { cidrContains, embeddedIpv4, formatIp, nonPublicReason, parseCidr, parseIp, parseIpv4, parseIpv6 } from './ip-ranges';

const reason = (s: string) => {
  const ip = parseIp(s);
  if (ip === null) throw new Error(`unparseable ${s}`);
  return nonPublicReason(ip);
};

describe('parsing', () => {
  it('parses IPv4 strictly', () => {
    expect(parseIpv4('192.168.1.1')).toBe(0xc0a80101n);
    for (const bad of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.-4', '', 'a.b.c.d']) {
      expect(parseIpv4(bad), bad).toBeNull();
    }
  });
  it('parses IPv6 forms', () => {
    expect(parseIpv6('::1')).toBe(1n);
    expect(parseIpv6('::')).toBe(0n);
    expect(parseIpv6('[fe80::1%eth0]')).toBe((0xfe80n << 112n) | 1n);
    expect(parseIpv6('::ffff:127.0.0.1')).toBe((0xffffn << 32n) | 0x7f000001n);
    expect(parseIpv6('2001:db8:0:0:0:0:0:1')).toBe(parseIpv6('2001:db8::1'));
    for (const bad of ['1::2::3', ':::', '12345::', '1:2:3:4:5:6:7:8:9', 'g::1', '1:2:3:4:5:6:7', '::ffff:999.0.0.1']) {
      expect(parseIpv6(bad), bad).toBeNull();
    }
  });
  it('round-trips through formatIp', () => {
    expect(formatIp(parseIp('10.1.2.3')!)).toBe('10.1.2.3');
    expect(formatIp(parseIp('2001:db8::1')!)).toBe('2001:db8:0:0:0:0:0:1');
  });
  it('parses CIDRs and bare addresses', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ family: 4, base: 0x0a000000n, prefix: 8 });
    expect(parseCidr('10.9.9.9/8')?.base).toBe(0x0a000000n);
    expect(parseCidr('::1')?.prefix).toBe(128);
    expect(parseCidr('10.0.0.0/33')).toBeNull();
    expect(parseCidr('fc00::/129')).toBeNull();
    expect(parseCidr('localhost')).toBeNull();
    expect(parseCidr('0.0.0.0/0')?.prefix).toBe(0);
  });
  it('cidrContains respects boundaries and families', () => {
    const c = parseCidr('172.16.0.0/12')!;
    expect(cidrContains(c, parseIp('172.16.0.0')!)).toBe(true);
    expect(cidrContains(c, parseIp('172.31.255.255')!)).toBe(true);
    expect(cidrContains(c, parseIp('172.32.0.0')!)).toBe(false);
    expect(cidrContains(c, parseIp('172.15.255.255')!)).toBe(false);
    expect(cidrContains(c, parseIp('::ffff:172.16.0.1')!)).toBe(false);
    expect(cidrContains(parseCidr('0.0.0.0/0')!, parseIp('8.8.8.8')!)).toBe(true);
  });
});

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['10.0.0.1', /private/],
    ['172.16.5.4', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.1', /private/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /carrier-grade/],
    ['100.127.255.255', /carrier-grade/],
    ['0.0.0.0', /this-network/],
    ['0.1.2.3', /this-network/],
    ['255.255.255.255', /broadcast/],
    ['224.0.0.251', /multicast/],
    ['239.255.255.250', /multicast/],
    ['198.18.0.1', /benchmarking/],
    ['192.0.2.10', /documentation/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fc00::1', /unique local/],
    ['fd12:3456::1', /unique local/],
    ['fe80::1', /link-local/],
    ['febf::1', /link-local/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /IPv6 form of 127\.0\.0\.1: loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:169.254.169.254', /link-local/],
    ['::ffff:10.0.0.1', /private/],
    ['::127.0.0.1', /loopback/],
    ['64:ff9b::a9fe:a9fe', /link-local/],
    ['2002:7f00:1::', /IPv6 form of 127\.0\.0\.1/],
    ['2001:db8::1', /documentation/],
    ['2001::1', /Teredo/],
    ['100::1', /discard/],
    ['4000::1', /global unicast/],
  ])('%s is refused', (addr, why) => {
    expect(reason(addr)).toMatch(why);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '100.63.255.255', '100.128.0.0', '172.15.0.1', '172.32.0.1', '192.169.0.1', '169.253.0.1', '223.255.255.255', '2606:4700:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])(
    '%s is public',
    (addr) => {
      expect(reason(addr)).toBeNull();
    },
  );

  it('extracts embedded IPv4 from mapped, NAT64 and 6to4 forms only', () => {
    expect(formatIp(embeddedIpv4(parseIp('::ffff:1.2.3.4')!)!)).toBe('1.2.3.4');
    expect(formatIp(embeddedIpv4(parseIp('2002:102:304::')!)!)).toBe('1.2.3.4');
    expect(embeddedIpv4(parseIp('2606:4700::1')!)).toBeNull();
    expect(embeddedIpv4(parseIp('1.2.3.4')!)).toBeNull();
  });
});
