/** The client a request comes from, as the per-client limits (new answers, sign-in) count it. */
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
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  // No header: a request that did not come through the proxy (a health check on the same machine).
  if (hops.length === 0) return socket;
  // Fewer entries than proxies: the leftmost is the farthest hop known, so it stands for the client.
  const hop = hops[Math.max(0, hops.length - trustedProxies)] as string;
  return hop.slice(0, MAX_ADDRESS_CHARS);
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests and non-Node runtimes have no socket.
    return 'unknown';
  }
}
