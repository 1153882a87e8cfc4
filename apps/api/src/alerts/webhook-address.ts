import ipaddr from 'ipaddr.js';

// Pure: which addresses a webhook may be sent to. An organisation's admin chooses the URL, so a
// URL must not reach the API's own host or network (SSRF): loopback, private networks, the
// cloud metadata service on link-local, multicast or "this host". Only public unicast passes;
// private and loopback networks pass too when the deployment allows them on purpose (tests, the
// local start, an on-premises receiver). Link-local, multicast and unspecified never do.

/** What ipaddr.js calls the ranges a deployment may open with FULCRUM_WEBHOOKS_ALLOW_PRIVATE. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat']);

/** Names that mean this host without asking DNS (RFC 6761 reserves `.localhost`). */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/** The URL's host as an address when it is one: `[::1]` → `::1`, else null (a name). */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(bare) ? bare : null;
}

/**
 * Why this address is refused, or null when a webhook may go there. IPv4-mapped IPv6
 * (::ffff:127.0.0.1) is judged as the IPv4 address it carries; other IPv6 forms that embed an
 * IPv4 address (6to4, NAT64, Teredo) are not public unicast and so are refused.
 */
export function addressRefusal(address: string, allowPrivate: boolean): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (allowPrivate && PRIVATE_RANGES.has(range)) return null;
  return `${parsed.toString()} is a ${range} address`;
}

/** Why a URL's host is refused before any lookup (a local name, a refused literal), or null. */
export function hostRefusal(hostname: string, allowPrivate: boolean): string | null {
  const literal = literalAddress(hostname);
  if (literal) return addressRefusal(literal, allowPrivate);
  if (!allowPrivate && isLocalName(hostname)) return `${hostname} names this host`;
  return null;
}

/** Why a name's addresses are refused (each is checked: one bad address refuses them all), or null. */
export function addressesRefusal(
  addresses: readonly string[],
  allowPrivate: boolean,
): string | null {
  if (addresses.length === 0) return 'the name has no address';
  for (const address of addresses) {
    const refusal = addressRefusal(address, allowPrivate);
    if (refusal) return refusal;
  }
  return null;
}
