import { describe, expect, it } from 'vitest';
import { loadSettings } from './config.js';

describe('loadSettings', () => {
  it('uses the defaults when nothing is set', () => {
    const s = loadSettings({}, {});
    expect(s.store.dbPath).toBe('clinq.db');
    expect(s.server.port).toBe(3000);
    expect(s.server.host).toBe('localhost');
  });

  it('honours CLINQ_DB, PORT and HOST from the environment', () => {
    const s = loadSettings({}, { CLINQ_DB: '/tmp/x.db', PORT: '8080', HOST: '0.0.0.0' });
    expect(s.store.dbPath).toBe('/tmp/x.db');
    expect(s.server.port).toBe(8080);
    expect(s.server.host).toBe('0.0.0.0');
  });

  it('lets flags win over the environment, but unset flags do not hide it', () => {
    const env = { CLINQ_DB: '/tmp/env.db', PORT: '8080' };
    expect(loadSettings({ store: { dbPath: undefined }, server: { port: undefined } }, env).server.port).toBe(8080);
    expect(loadSettings({ store: { dbPath: undefined } }, env).store.dbPath).toBe('/tmp/env.db');
    expect(loadSettings({ store: { dbPath: '/tmp/flag.db' }, server: { port: 9000 } }, env).server.port).toBe(9000);
    expect(loadSettings({ store: { dbPath: '/tmp/flag.db' } }, env).store.dbPath).toBe('/tmp/flag.db');
  });

  it('names a malformed environment value', () => {
    expect(() => loadSettings({}, { PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadSettings({}, { PORT: '70000' })).toThrow(/server\.port/);
  });
});
