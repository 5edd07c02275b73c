import { describe, expect, it } from 'vitest';
import { makeHarness } from './test-harness.js';
import { Hono } from 'hono';
import { loggedPath, requestLogger } from './request-log.js';

const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (GET|POST) (\S+) (\d{3}) \d+ms$/;

async function logged() {
  const lines: string[] = [];
  const h = await makeHarness({ logRequest: (line) => lines.push(line) });
  lines.length = 0; // the harness's own first request
  return { h, lines };
}

describe('the request log', () => {
  it('writes one line per request: time, method, path, status and milliseconds', async () => {
    const { h, lines } = await logged();
    await h.request('anonymous', '/editorial-policy');
    await h.request('anonymous', '/no-such-page');
    await h.app.request('/api/answers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => LINE.exec(l)?.slice(1))).toEqual([
      ['GET', '/editorial-policy', '200'],
      ['GET', '/no-such-page', '404'],
      ['POST', '/api/answers', '400'],
    ]);
  });

  it('logs the status a thrown fault was answered with, and redirects', async () => {
    const { h, lines } = await logged();
    await h.request('anonymous', '/review');
    await h.request('editor', '/admin/users');
    expect(lines.map((l) => LINE.exec(l)?.slice(1))).toEqual([
      ['GET', '/review', '303'],
      ['GET', '/admin/users', '403'],
    ]);
  });

  it('leaves out the query string, cookies, form fields and tokens', async () => {
    const { h, lines } = await logged();
    const password = 'a secret passphrase 42';
    await h.request('admin', '/admin/users/password', { form: { user: h.users.editor.id, password, repeat: password } });
    await h.request('anonymous', '/?q=my+private+question&token=abc123');
    await h.request('anonymous', '/login', { form: { email: 'someone@example.org', password } });
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => LINE.exec(l)?.[2])).toEqual(['/admin/users/password', '/', '/login']);
    const all = lines.join('\n');
    for (const secret of [password, 'private', 'abc123', 'someone@example.org', h.tokens.admin, 'clinq_session', 'clinq_csrf']) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs 500 for a fault that escapes every handler (one in the error page itself), not the unset 200', async () => {
    const lines: string[] = [];
    const app = new Hono();
    app.use('*', requestLogger((line) => lines.push(line)));
    app.get('/broken', () => {
      throw new Error('page fault');
    });
    app.onError((error) => {
      throw error; // the error page failing too
    });
    await expect(app.request('/broken')).rejects.toThrow('page fault');
    expect(lines.map((l) => LINE.exec(l)?.slice(1))).toEqual([['GET', '/broken', '500']]);
  });

  it('keeps newlines and control characters of a crafted path out of the log, and cuts a long one short', () => {
    expect(loggedPath('http://x/a%0Ab%0D%0Ac')).toBe('/a%0Ab%0D%0Ac');
    expect(loggedPath('http://x/a b\u0007c')).toBe('/a%20b%07c');
    expect(loggedPath(`http://x/${'a'.repeat(500)}`)).toBe(`/${'a'.repeat(199)}…`);
  });
});
