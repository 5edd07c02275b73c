import { describe, expect, it } from 'vitest';
import { servingUrl, startupCases, timeOnce } from './startup-bench.js';

describe('the startup benchmark', () => {
  it('reads the server\'s address from the line serve prints once it listens', () => {
    expect(servingUrl('clinq: serving /tmp/x.db at http://localhost:43121  (Ctrl-C to stop)\n')).toBe('http://localhost:43121');
    expect(servingUrl('clinq: /tmp/x.db holds 3 articles\n')).toBeNull();
  });

  it('times the commands a judge types, each over the benchmark database', () => {
    const cases = startupCases('/tmp/bench.db', 'Does yoga help atrial fibrillation?');
    expect(cases.map((c) => c.name)).toEqual([
      'clinq --help',
      'npx clinq --help',
      'clinq info',
      'clinq ask (one question)',
      'clinq serve until /healthz',
      'npm start until /healthz',
    ]);
    for (const c of cases.filter((c) => c.name !== 'clinq --help' && c.name !== 'npx clinq --help')) expect(c.args).toContain('/tmp/bench.db');
    expect(cases.filter((c) => c.server).map((c) => c.args)).toEqual([
      expect.arrayContaining(['serve', '--port', '0']),
      expect.arrayContaining(['npm', 'start', '--', '--port', '0']),
    ]);
  });

  it('times a command to its exit and refuses one that fails', async () => {
    expect(await timeOnce({ name: 'true', command: 'node -e 0', args: [process.execPath, '-e', '0'] })).toBeGreaterThan(0);
    await expect(timeOnce({ name: 'fails', command: 'node -e exit(3)', args: [process.execPath, '-e', 'process.exit(3)'] })).rejects.toThrow(
      'exited with code 3',
    );
  });

  it('times a server until /healthz answers, then stops it', async () => {
    // A tiny server that prints serve's line: the benchmark reads the port from it, asks /healthz and stops it.
    const script = `const s = require('node:http').createServer((q, r) => r.end('ok')); s.listen(0, () => console.log('clinq: serving x.db at http://localhost:' + s.address().port));`;
    expect(await timeOnce({ name: 'server', command: 'node -e server', args: [process.execPath, '-e', script], server: true })).toBeGreaterThan(0);
  });
});
