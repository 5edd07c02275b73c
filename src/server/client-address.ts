/** The client a request comes from, as the per-client limits (new answers, sign-in) count it, and whether it came over https. */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Longest address kept from a header: an IPv6 address with a zone fits; longer is not an address. */
const MAX_ADDRESS_CHARS = 64;

/**
 * The client's address. With `trustedProxies` 0 (the default) it is the socket's: behind a proxy every client then
 * shares one allowance, which only makes a limit stricter, and no header can be forged to dodge it. With N reverse
 * proxies in front, each appending the address it was reached from to X-Forwarded-For, it is the Nth entry from the
 * right: entries further left were written by the client and prove nothing.
 */
export function clientAddress(c: Context, trustedProxies = 0): string {
  const socket = socketAddress(c);
  if (trustedProxies === 0) return socket;
  // No header: a request that did not come through the proxy (a health check on the same machine). Fewer entries than
  // proxies: the leftmost is the farthest hop known, so it stands for the client.
  const hop = forwardedEntry(c, 'x-forwarded-for', trustedProxies);
  return hop === undefined ? socket : hop.slice(0, MAX_ADDRESS_CHARS);
}

/** The Nth entry from the right of a comma-separated forwarding header, or undefined when it has none. */
function forwardedEntry(c: Context, header: string, trustedProxies: number): string | undefined {
  const hops = (c.req.header(header) ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  return hops.length === 0 ? undefined : hops[Math.max(0, hops.length - trustedProxies)];
}

/**
 * Whether the client's request came over https: the request's own URL, or behind N trusted proxies that end TLS their
 * X-Forwarded-Proto (read like X-Forwarded-For), so session cookies stay Secure behind a proxy.
 */
export function cameOverHttps(c: Context, trustedProxies = 0): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustedProxies > 0 && forwardedEntry(c, 'x-forwarded-proto', trustedProxies)?.toLowerCase() === 'https';
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests and non-Node runtimes have no socket.
    return 'unknown';
  }
}
