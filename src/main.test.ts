import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from './config.js';
import { startServer } from './main.js';
import { createSqliteArticleStore, openDatabase } from './store/index.js';

describe('startServer', () => {
  it('reads the spelling index before it listens when asked to warm up, and says so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clinq-warm-'));
    try {
      const dbPath = path.join(dir, 'warm.db');
      const store = createSqliteArticleStore(openDatabase(dbPath, { mode: 'write' }));
      await store.upsertArticles([
        {
          pmid: '1', version: 1, title: 'Spinach and kidney stones', abstract: 'Oxalate from spinach raised the risk of kidney stones.',
          abstractSections: [], journal: { title: 'J', isoAbbreviation: null }, year: 2020, authors: [], languages: ['eng'],
          publicationTypes: ['Journal Article'], meshHeadings: [], keywords: [], doi: null,
        },
      ]);
      await store.close();
      const lines: string[] = [];
      const settings = loadSettings({ store: { dbPath }, server: { port: 0, host: '127.0.0.1' }, model: false }, {});
      const server = await startServer(settings, { warmUp: (line) => lines.push(line) });
      try {
        // Listening and said so before the warm-up answer: it comes on a later turn.
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^spelling index: [1-9]\d* terms read in \d+ ms$/);
        const health = await fetch(`${server.url}/healthz`);
        expect(health.status).toBe(200);
        // Then one answer is composed, so the first reader's question does not pay for loading the answer stage.
        await server.warmed;
        expect(lines).toHaveLength(3);
        expect(lines[1]).toMatch(/^answer engine: warm-up answer composed in \d+ ms$/);
        // And what the corpus covers, for the home and corpus pages (one record names no disease: no subject).
        expect(lines[2]).toMatch(/^corpus coverage: 0 subjects, 0 example questions, ready in \d+ ms$/);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers an address over the 16 KB header limit with a 431 that says why, where Node\'s own had no body', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clinq-431-'));
    try {
      const dbPath = path.join(dir, 'empty.db');
      await createSqliteArticleStore(openDatabase(dbPath, { mode: 'write' })).close();
      const settings = loadSettings({ store: { dbPath }, server: { port: 0, host: '127.0.0.1' }, model: false }, {});
      const server = await startServer(settings);
      try {
        const { port } = new URL(server.url);
        const reply = await new Promise<string>((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET /search?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
          let text = '';
          socket.on('data', (chunk) => (text += String(chunk)));
          socket.on('end', () => resolve(text));
          socket.on('error', reject);
        });
        expect(reply).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
        expect(reply).toContain('\r\n\r\nThe address and headers of this request are over 16 KB, more than clinq reads.');
        // The server still answers others.
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
