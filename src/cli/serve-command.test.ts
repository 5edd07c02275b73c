import { describe, expect, it } from 'vitest';
import { accountNotes, clientAddressNotes, requestLogOn } from './serve-command.js';
import type { User } from '../editorial/index.js';

describe('what serve says about client addresses', () => {
  it('says nothing by default, when clients are told apart by their socket address', () => {
    expect(clientAddressNotes({ trustedProxies: 0, host: '0.0.0.0' })).toEqual([]);
  });

  it('names the X-Forwarded-For entry it believes behind trusted proxies', () => {
    expect(clientAddressNotes({ trustedProxies: 1, host: 'localhost' })).toEqual(['clients are named by the rightmost X-Forwarded-For entry (CLINQ_TRUST_PROXY=1)']);
    expect(clientAddressNotes({ trustedProxies: 2, host: '127.0.0.1' })).toEqual(['clients are named by X-Forwarded-For entry 2 from the right (CLINQ_TRUST_PROXY=2)']);
  });

  it('warns that the header can be forged when the server also listens beyond this machine', () => {
    const notes = clientAddressNotes({ trustedProxies: 1, host: '0.0.0.0' });
    expect(notes).toHaveLength(2);
    expect(notes[1]).toMatch(/^warning: CLINQ_TRUST_PROXY is set and the server listens on 0\.0\.0\.0; a client that reaches it without the proxy can forge X-Forwarded-For/);
  });
});

describe('whether serve writes its request log', () => {
  it('is on by default, and off with --quiet or CLINQ_LOG=off', () => {
    expect(requestLogOn(undefined, undefined)).toBe(true);
    expect(requestLogOn(undefined, 'on')).toBe(true);
    expect(requestLogOn(true, undefined)).toBe(false);
    expect(requestLogOn(undefined, 'off')).toBe(false);
    expect(requestLogOn(undefined, 'OFF')).toBe(false);
  });

  it('refuses a CLINQ_LOG value it does not know, naming it', () => {
    expect(() => requestLogOn(undefined, 'of')).toThrow('config: CLINQ_LOG must be on or off, not "of"');
  });
});

describe('what serve says about accounts', () => {
  const ada: User = { id: 'u1', email: 'ada@example.org', name: 'Ada', credentials: '', role: 'admin', createdAt: '2026-01-01T00:00:00Z', disabled: false };

  it('names the command that adds the first admin when nobody could sign in', () => {
    expect(accountNotes([], 'site.db')).toEqual([
      'no accounts yet; to sign in at /login and review articles, add an admin: clinq user add --db site.db --role admin EMAIL',
    ]);
    expect(accountNotes([{ ...ada, disabled: true }], 'site.db')[0]).toMatch(/^every account is disabled; /);
  });

  it('says nothing once an account can sign in', () => {
    expect(accountNotes([ada], 'site.db')).toEqual([]);
  });
});
