/**
 * The optional generative mode end to end: `clinq ask` against a tiny local server that speaks the OpenAI
 * chat-completions shape. The server rewords one kind of point faithfully and changes a number in another, so the
 * answer must show the first rewrite and keep the extractive text for the second. Only localhost is used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Answer, Point } from '../src/domain/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cliMain = path.join(root, 'src/cli/main.ts');
const QUESTION = 'Does crizotinib improve overall survival in advanced non-small-cell lung cancer with ALK rearrangement?';

type Run = { code: number; stdout: string; stderr: string };
type Request = { model: string; authorization?: string; messages: { role: string; content: string }[] };

function clinq(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, [cliMain, ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** The server's rewrite of one point: a faithful one splits a long sentence at its first comma; a bad one bumps a number. */
function rewriteOf(text: string): { kind: 'split' | 'number' | 'same'; text: string } {
  const number = /\d+/.exec(text);
  if (number) return { kind: 'number', text: text.replace(number[0], String(Number(number[0]) + 1)) };
  const comma = /^((?:\S+\s+){4,}?\S+?),\s+(\w)/.exec(text);
  if (comma) return { kind: 'split', text: `${comma[1]}. ${comma[2]!.toUpperCase()}${text.slice(comma[0].length)}` };
  return { kind: 'same', text };
}

let dir: string;
let db: string;
let server: Server;
let url: string;
let mode: 'rewrite' | 'fail' = 'rewrite';
const requests: Request[] = [];
const rewrites = new Map<string, ReturnType<typeof rewriteOf>>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clinq-model-'));
  db = path.join(dir, 'test.db');
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const request = JSON.parse(body) as Request;
      requests.push({ ...request, authorization: req.headers.authorization });
      if (mode === 'fail' || req.url !== '/v1/chat/completions') {
        res.writeHead(500).end('overloaded');
        return;
      }
      const prompt = request.messages.find((m) => m.role === 'user')?.content ?? '';
      const lines = [...prompt.matchAll(/^P(\d+) ((?:\[\d+\])+): (.+)$/gm)].map((m) => {
        const rewrite = rewriteOf(m[3]!);
        rewrites.set(m[3]!, rewrite);
        return `P${m[1]}: ${rewrite.text} ${m[2]}`;
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { content: lines.join('\n') } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`;
  const ingest = await clinq(['ingest', '--db', db, path.join(root, 'test/fixtures/pubmed/medline16n0902.xml.gz')]);
  expect(ingest.code).toBe(0);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

const pointsOf = (answer: Answer): Point[] => [...(answer.direct ? [answer.direct] : []), ...answer.sections.flatMap((s) => s.points)];
const modelEnv = () => ({ CLINQ_MODEL_URL: url, CLINQ_MODEL: 'tiny-test', CLINQ_MODEL_KEY: 'sk-test-secret' });

describe('clinq ask with CLINQ_MODEL_URL', () => {
  it('uses a faithful rewrite, keeps the extractive text where the rewrite changed a number, and keeps every quote', async () => {
    const extractive = JSON.parse((await clinq(['ask', '--json', '--audience', 'patient', '--db', db, QUESTION])).stdout) as Answer;
    requests.length = 0;
    const run = await clinq(['ask', '--json', '--audience', 'patient', '--db', db, QUESTION], modelEnv());
    expect(run.code).toBe(0);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ model: 'tiny-test', authorization: 'Bearer sk-test-secret' });
    expect(requests[0]!.messages[0]!.content).toMatch(/grade 6-8/);

    const answer = JSON.parse(run.stdout) as Answer;
    const before = pointsOf(extractive);
    const after = pointsOf(answer);
    expect(after.map((p) => p.citations)).toEqual(before.map((p) => p.citations));
    const kinds = before.map((p) => rewrites.get(p.text)?.kind);
    expect(kinds).toContain('split');
    expect(kinds).toContain('number');
    before.forEach((point, i) => {
      const rewrite = rewrites.get(point.text)!;
      if (rewrite.kind === 'number') expect(after[i]!.text).toBe(point.text);
      if (rewrite.kind === 'split') expect(after[i]!.text).toBe(rewrite.text);
    });
    expect(run.stderr).toContain(`answers: generative via ${url} (tiny-test)`);
    expect(run.stderr).toMatch(/extractive text kept for the rest \(.*numbers not in the cited quotes/);
    expect(run.stderr + run.stdout).not.toContain('sk-test-secret');
  });

  it('answers extractively, with exit code 0, when the model fails', async () => {
    const extractive = (await clinq(['ask', '--json', '--db', db, QUESTION])).stdout;
    mode = 'fail';
    try {
      const run = await clinq(['ask', '--json', '--db', db, QUESTION], modelEnv());
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(extractive);
      expect(run.stderr).toMatch(/model: tiny-test at .*HTTP 500/);
    } finally {
      mode = 'rewrite';
    }
  });

  it('does not call the model with --no-model', async () => {
    requests.length = 0;
    const run = await clinq(['ask', '--json', '--no-model', '--db', db, QUESTION], modelEnv());
    expect(run.code).toBe(0);
    expect(requests).toHaveLength(0);
    expect(run.stderr).not.toContain('generative');
  });

  it('says at serve start-up which answer mode is on', async () => {
    const child = spawn(tsx, [cliMain, 'serve', '--db', db, '--port', '0'], { cwd: root, env: { ...process.env, ...modelEnv() } });
    let stdout = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('answers:')) resolve();
      });
      child.once('exit', () => reject(new Error(`serve exited: ${stdout}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    expect(stdout).toContain(`clinq: answers: generative via ${url} (tiny-test)`);
  });
});
