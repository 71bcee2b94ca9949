// Which addresses the crawler may connect to: never loopback, link-local, private or otherwise
// special-purpose ones, so a policy link or a redirect cannot make it read the machine it runs on
// or the network behind it (cloud metadata at 169.254.169.254, routers, intranet pages).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Special-purpose ranges (IANA registries for IPv4 and IPv6): none is a public web server. */
export const SPECIAL_RANGES: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[] = [
  ['0.0.0.0', 8, 'ipv4'], // "this network"
  ['10.0.0.0', 8, 'ipv4'], // RFC 1918
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'], // loopback
  ['169.254.0.0', 16, 'ipv4'], // link-local, cloud metadata
  ['172.16.0.0', 12, 'ipv4'], // RFC 1918
  ['192.0.0.0', 24, 'ipv4'], // IETF protocol assignments
  ['192.0.2.0', 24, 'ipv4'], // documentation
  ['192.168.0.0', 16, 'ipv4'], // RFC 1918
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['198.51.100.0', 24, 'ipv4'], // documentation
  ['203.0.113.0', 24, 'ipv4'], // documentation
  ['224.0.0.0', 4, 'ipv4'], // multicast
  ['240.0.0.0', 4, 'ipv4'], // reserved, broadcast
  ['::', 128, 'ipv6'], // unspecified
  ['::1', 128, 'ipv6'], // loopback
  ['64:ff9b:1::', 48, 'ipv6'], // local-use NAT64
  ['100::', 64, 'ipv6'], // discard
  ['2001:db8::', 32, 'ipv6'], // documentation
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['ff00::', 8, 'ipv6'], // multicast
];

const SPECIAL = new BlockList();
for (const [network, prefix, type] of SPECIAL_RANGES) SPECIAL.addSubnet(network, prefix, type);

/** IPv4 written inside IPv6 (::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d): the IPv4 address it reaches. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:(?:0:)?|64:ff9b::)(.+)$/i.exec(address);
  if (!m) return null;
  const rest = m[1]!;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return null;
  const n = (parseInt(hex[1]!, 16) << 16) | parseInt(hex[2]!, 16);
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}

/** Whether an IP address is loopback, link-local, private or another special-purpose one. */
export function isSpecialAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(bare);
  if (version === 4) return SPECIAL.check(bare, 'ipv4');
  if (version !== 6) return false;
  const v4 = embeddedIpv4(bare);
  return SPECIAL.check(bare, 'ipv6') || (v4 !== null && SPECIAL.check(v4, 'ipv4'));
}

/** A host name's addresses, as the system resolver gives them. */
export type ResolveHost = (host: string) => Promise<string[]>;

export const systemResolver: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Why a connection to `url`'s host must not be made, or null when it may: an IP literal in a
 * special-purpose range, or a name that resolves to one (any of its addresses).
 */
export async function refusedAddress(url: URL, resolve: ResolveHost = systemResolver): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isSpecialAddress(host) ? `${host} is a loopback, link-local or private address` : null;
  const addresses = await resolve(host);
  const special = addresses.find(isSpecialAddress);
  return special ? `${host} resolves to ${special}, a loopback, link-local or private address` : null;
}
