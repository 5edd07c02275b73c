import { describe, expect, it } from 'vitest';
import { describeModel, loadSettings } from './config.js';

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
    expect(() => loadSettings({}, { PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
  });

  it('names each wrong variable once, and an out-of-bounds override by its setting', () => {
    const message = (env: Record<string, string>, overrides = {}) => {
      try {
        loadSettings(overrides, env);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message({ CLINQ_MODEL_URL: 'x' })).toBe('config: CLINQ_MODEL_URL must be an http(s) URL such as http://localhost:11434/v1');
    expect(message({ PORT: '70000' })).toBe('config: PORT must be between 0 and 65535');
    expect(message({ CLINQ_CSRF_SECRET: 'short' })).toBe('config: CLINQ_CSRF_SECRET must be at least 16 characters');
    expect(message({ PORT: 'x', CLINQ_NEW_ANSWERS_PER_MINUTE: '-1' })).toBe(
      'config: PORT must be a whole number; CLINQ_NEW_ANSWERS_PER_MINUTE must be a whole number (0 for no limit)',
    );
    expect(message({}, { corpus: { batchSize: 0 } })).toMatch(/^config: corpus\.batchSize: Too small/);
  });

  it('limits new answers to 20 a minute per client unless CLINQ_NEW_ANSWERS_PER_MINUTE says otherwise (0: no limit)', () => {
    expect(loadSettings({}, {}).server.newAnswersPerMinute).toBe(20);
    expect(loadSettings({}, { CLINQ_NEW_ANSWERS_PER_MINUTE: '5' }).server.newAnswersPerMinute).toBe(5);
    expect(loadSettings({}, { CLINQ_NEW_ANSWERS_PER_MINUTE: '0' }).server.newAnswersPerMinute).toBe(0);
    expect(() => loadSettings({}, { CLINQ_NEW_ANSWERS_PER_MINUTE: 'many' })).toThrow(/CLINQ_NEW_ANSWERS_PER_MINUTE must be a whole number/);
  });

  it('ignores X-Forwarded-For unless CLINQ_TRUST_PROXY names how many reverse proxies are in front', () => {
    expect(loadSettings({}, {}).server.trustedProxies).toBe(0);
    expect(loadSettings({}, { CLINQ_TRUST_PROXY: '1' }).server.trustedProxies).toBe(1);
    expect(() => loadSettings({}, { CLINQ_TRUST_PROXY: 'true' })).toThrow(
      'config: CLINQ_TRUST_PROXY must be the number of reverse proxies in front of clinq (e.g. 1), or 0 to ignore X-Forwarded-For',
    );
    expect(() => loadSettings({}, { CLINQ_TRUST_PROXY: '11' })).toThrow('config: CLINQ_TRUST_PROXY must be at most 10');
  });

  it('answers extractively unless CLINQ_MODEL_URL is set', () => {
    expect(loadSettings({}, {}).model).toBeUndefined();
    expect(loadSettings({}, { CLINQ_MODEL_KEY: 'sk-unused' }).model).toBeUndefined();
  });

  it('reads the generative model from CLINQ_MODEL_URL, CLINQ_MODEL, CLINQ_MODEL_KEY and CLINQ_MODEL_TIMEOUT_MS', () => {
    const env = { CLINQ_MODEL_URL: 'http://localhost:11434/v1', CLINQ_MODEL: 'llama3.1:8b', CLINQ_MODEL_KEY: 'sk-secret', CLINQ_MODEL_TIMEOUT_MS: '5000' };
    expect(loadSettings({}, env).model).toEqual({ baseURL: 'http://localhost:11434/v1', model: 'llama3.1:8b', apiKey: 'sk-secret', timeoutMs: 5000 });
    expect(loadSettings({}, { CLINQ_MODEL_URL: 'http://x/v1', CLINQ_MODEL: 'm' }).model?.timeoutMs).toBe(30_000);
  });

  it('turns the model off with the --no-model override, even when its variables are broken', () => {
    expect(loadSettings({ model: false }, { CLINQ_MODEL_URL: 'http://x/v1', CLINQ_MODEL: 'm' }).model).toBeUndefined();
    expect(loadSettings({ model: false }, { CLINQ_MODEL_URL: 'not a url' }).model).toBeUndefined();
  });

  it('names the model variable that is wrong, without printing the key', () => {
    const key = { CLINQ_MODEL_KEY: 'sk-secret-value' };
    const fails = (env: Record<string, string>) => {
      try {
        loadSettings({}, { ...key, ...env });
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(fails({ CLINQ_MODEL_URL: 'localhost:11434', CLINQ_MODEL: 'm' })).toMatch(/CLINQ_MODEL_URL must be an http\(s\) URL/);
    expect(fails({ CLINQ_MODEL_URL: 'http://x/v1' })).toMatch(/CLINQ_MODEL is not; name the model/);
    expect(fails({ CLINQ_MODEL: 'm' })).toMatch(/CLINQ_MODEL_URL is not/);
    expect(fails({ CLINQ_MODEL_URL: 'http://x/v1', CLINQ_MODEL: 'm', CLINQ_MODEL_TIMEOUT_MS: 'soon' })).toMatch(/CLINQ_MODEL_TIMEOUT_MS must be a whole number/);
    expect(fails({ CLINQ_MODEL_URL: 'http://x/v1', CLINQ_MODEL: 'm', CLINQ_MODEL_TIMEOUT_MS: '10' })).toMatch(/between 1000 and 600000/);
    expect(fails({ CLINQ_MODEL_URL: 'bad', CLINQ_MODEL: 'm' })).not.toContain('sk-secret-value');
  });

  it('describes the answer mode without credentials', () => {
    expect(describeModel(undefined)).toBe('extractive');
    expect(describeModel({ baseURL: 'https://user:pw@llm.example/v1/?token=abc', model: 'm', apiKey: 'sk', timeoutMs: 1000 })).toBe(
      'generative via https://llm.example/v1 (m)',
    );
  });
});
