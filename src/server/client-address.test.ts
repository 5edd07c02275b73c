import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cameOverHttps, clientAddress } from './client-address.js';

/** The address clientAddress gives for a request from `socket` carrying X-Forwarded-For `forwarded`. */
async function addressOf(trustedProxies: number, socket: string, forwarded?: string): Promise<string> {
  const app = new Hono();
  app.get('/', (c) => c.text(clientAddress(c, trustedProxies)));
  const headers: Record<string, string> = forwarded === undefined ? {} : { 'x-forwarded-for': forwarded };
  const res = await app.request('/', { headers }, { incoming: { socket: { remoteAddress: socket } } });
  return res.text();
}

describe('clientAddress', () => {
  it('is the socket address by default, whatever X-Forwarded-For claims, so a client cannot forge its way past a limit', async () => {
    expect(await addressOf(0, '10.0.0.1')).toBe('10.0.0.1');
    expect(await addressOf(0, '10.0.0.1', '203.0.113.9')).toBe('10.0.0.1');
  });

  it('behind one trusted proxy is the rightmost X-Forwarded-For entry, the one the proxy wrote', async () => {
    expect(await addressOf(1, '127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    // A client that sends its own header only adds entries on the left, which are not believed.
    expect(await addressOf(1, '127.0.0.1', 'forged, 1.2.3.4 ,  203.0.113.9')).toBe('203.0.113.9');
  });

  it('behind two trusted proxies is the second entry from the right', async () => {
    expect(await addressOf(2, '127.0.0.1', 'forged, 203.0.113.9, 198.51.100.7')).toBe('203.0.113.9');
    // Fewer entries than proxies: the farthest hop known.
    expect(await addressOf(2, '127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
  });

  it('falls back to the socket when a request carries no X-Forwarded-For, and keeps no overlong entry whole', async () => {
    expect(await addressOf(1, '127.0.0.1')).toBe('127.0.0.1');
    expect(await addressOf(1, '127.0.0.1', ' , ')).toBe('127.0.0.1');
    expect(await addressOf(1, '127.0.0.1', 'x'.repeat(500))).toHaveLength(64);
  });
});

describe('cameOverHttps', () => {
  async function https(trustedProxies: number, url: string, proto?: string): Promise<string> {
    const app = new Hono();
    app.get('/', (c) => c.text(String(cameOverHttps(c, trustedProxies))));
    return (await app.request(url, { headers: proto === undefined ? {} : { 'x-forwarded-proto': proto } })).text();
  }

  it('believes X-Forwarded-Proto only from trusted proxies, read like X-Forwarded-For', async () => {
    expect(await https(0, 'https://clinq.example/')).toBe('true');
    expect(await https(0, 'http://localhost/', 'https')).toBe('false');
    expect(await https(1, 'http://localhost/', 'https')).toBe('true');
    expect(await https(1, 'http://localhost/', 'https, http')).toBe('false');
    expect(await https(1, 'http://localhost/')).toBe('false');
  });
});
