/**
 * End to end through the real command line: ingest real PubMed XML into a fresh database, ask questions
 * about its records, and check every answer against the contract and the stored records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Answer } from '../src/domain/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = path.join(root, 'test/fixtures/pubmed');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cliMain = path.join(root, 'src/cli/main.ts');

/** The URL a `clinq serve` child prints once it listens, and what it has written on stderr so far. */
function servedUrl(child: ChildProcess): { url: Promise<string>; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = / at (http:\/\/\S+)/.exec(stdout);
      if (found) resolve(found[1] as string);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
  });
  return { url, stderr: () => stderr };
}

type Run = { code: number; stdout: string; stderr: string };

function clinq(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, [cliMain, ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
let db: string;

/** Title and abstract of a stored record, as the quote check needs them. */
function storedText(pmid: string): string {
  const conn = new Database(db, { readonly: true });
  try {
    const row = conn.prepare('SELECT title, abstract FROM articles WHERE pmid = ?').get(pmid) as { title: string; abstract: string } | undefined;
    return row ? `${row.title} ${row.abstract}`.replace(/\s+/g, ' ') : '';
  } finally {
    conn.close();
  }
}

function articleCount(): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

/** Checks the contract's rules on an answer, reading quotes against the database. */
function expectContract(answer: Answer): void {
  expect(['answered', 'insufficient_evidence']).toContain(answer.status);
  if (answer.status === 'insufficient_evidence') {
    expect(answer.direct).toBeNull();
    expect(answer.sections).toEqual([]);
    expect(answer.evidenceSummary.length).toBeGreaterThan(0);
    return;
  }
  const points = [answer.direct!, ...answer.sections.flatMap((s) => s.points)];
  const cited = new Set<number>();
  for (const point of points) {
    expect(point.citations.length).toBeGreaterThan(0);
    for (const c of point.citations) {
      const ref = answer.references.find((r) => r.n === c.n);
      expect(ref?.pmid).toBe(c.pmid);
      expect(storedText(c.pmid)).toContain(c.quote.replace(/\s+/g, ' '));
      cited.add(c.n);
    }
  }
  expect(answer.references.map((r) => r.n)).toEqual(answer.references.map((_, i) => i + 1));
  for (const ref of answer.references) expect(cited.has(ref.n)).toBe(true);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clinq-cli-'));
  db = path.join(dir, 'test.db');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

describe('clinq command line', () => {
  it('explains every command with --help', async () => {
    for (const command of ['ingest', 'ask', 'serve', 'start', 'info']) {
      const run = await clinq([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: clinq/);
      expect(run.stdout.length).toBeGreaterThan(200);
    }
  });

  it('rejects an unknown flag with a usage error', async () => {
    const run = await clinq(['ask', '--frobnicate', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option/);
  });

  it('ingests a real MEDLINE file and is idempotent on a second run', async () => {
    const first = await clinq(['ingest', '--db', db, path.join(fixtures, 'medline16n0902.xml.gz')]);
    expect(first.code).toBe(0);
    // No terminal here, so no bar: each file's start is logged as progress instead.
    expect(first.stderr).toBe(`clinq: [1/1] reading ${path.join(fixtures, 'medline16n0902.xml.gz')}\n`);
    const added = Number(/(\d+) added/.exec(first.stdout)?.[1]);
    expect(added).toBeGreaterThan(500);
    expect(articleCount()).toBe(added);
    const second = await clinq(['ingest', '--db', db, path.join(fixtures, 'medline16n0902.xml.gz')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ 0 added, 0 updated/);
    expect(articleCount()).toBe(added);
  });

  it('reports a broken file by name, fails, and keeps what was stored', async () => {
    const before = articleCount();
    const broken = path.join(dir, 'broken.xml');
    await writeFile(broken, '<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>Half');
    const notXml = path.join(dir, 'error.html');
    await copyFile(path.join(fixtures, 'pubmed3.html'), notXml);
    const run = await clinq(['ingest', '--db', db, broken, notXml]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.xml');
    expect(run.stderr).toContain('error.html');
    expect(articleCount()).toBe(before);
  });

  it('names a file whose name holds terminal escapes without sending them to the terminal', async () => {
    // A name from a folder of downloads: printed raw, it would retitle the window and clear the screen.
    const named = path.join(dir, 'title\u001b]0;pwned\u0007\u001b[2J.xml');
    await writeFile(named, 'not xml at all');
    const run = await clinq(['ingest', '--db', db, named]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('title\\u001b]0;pwned\\u0007\\u001b[2J.xml');
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
  });

  it('ingests a directory as its PubMed files, saying how many it found, and refuses one with none', async () => {
    const folder = path.join(dir, 'downloads');
    await mkdir(folder);
    await copyFile(path.join(fixtures, 'medline16n0902.xml.gz'), path.join(folder, 'b-medline.xml.gz'));
    await writeFile(path.join(folder, 'a-broken.xml'), '<?xml version="1.0"?><PubmedArticleSet><PubmedArticle>');
    await writeFile(path.join(folder, 'notes.txt'), 'not read');
    const target = path.join(dir, 'from-folder.db');
    const run = await clinq(['ingest', '--db', target, folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`clinq: ${folder}: 2 PubMed files (*.xml, *.xml.gz); not read: notes.txt (only *.xml and *.xml.gz directly in it are read)\n`);
    expect(run.stderr).toContain(`[1/2] reading ${path.join(folder, 'a-broken.xml')}`);
    expect(run.stderr).toContain('a-broken.xml');
    expect(run.stdout).toMatch(/^ingested 1 of 2 file\(s\), 1 failed \(see above\): \d+ added/);
    const empty = path.join(dir, 'nothing-here');
    await mkdir(empty);
    const none = await clinq(['ingest', '--db', target, empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${empty} holds no PubMed files (*.xml or *.xml.gz; it is empty`);
  });

  it('answers a question about an ingested record with verbatim, cited quotes', async () => {
    const conn = new Database(db, { readonly: true });
    const record = conn
      .prepare("SELECT pmid, title FROM articles WHERE length(abstract) > 600 AND title NOT LIKE '[%' ORDER BY pmid LIMIT 1 OFFSET 7")
      .get() as { pmid: string; title: string };
    conn.close();
    const question = `What is known about ${record.title.replace(/[.?]$/, '').toLowerCase()}?`;
    const run = await clinq(['ask', '--json', '--db', db, question]);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as Answer;
    expect(answer.status).toBe('answered');
    expect(answer.question).toBe(question);
    expectContract(answer);
    expect(answer.references.map((r) => r.pmid)).toContain(record.pmid);
  });

  it('prints a readable answer with numbered references without --json', async () => {
    const conn = new Database(db, { readonly: true });
    const { title } = conn.prepare('SELECT title FROM articles WHERE length(abstract) > 600 ORDER BY pmid LIMIT 1 OFFSET 3').get() as { title: string };
    conn.close();
    const run = await clinq(['ask', '--db', db, title]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[1\]/);
    expect(run.stdout).toMatch(/https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\//);
  });

  it.each([
    ['an empty question', '   ', /empty/],
    ['a 100 KB question', 'why '.repeat(25_000), /characters long; the limit is/],
  ])('refuses %s with a message and exit code 2', async (_name, question, message) => {
    const run = await clinq(['ask', '--db', db, question]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('treats FTS5 syntax in a question as plain words', async () => {
    const run = await clinq(['ask', '--json', '--db', db, 'title: "cancer* NEAR( AND OR - ^ "risk']);
    expect(run.code).toBe(0);
    expectContract(JSON.parse(run.stdout) as Answer);
  });

  it('says insufficient evidence when the corpus does not cover the question', async () => {
    const run = await clinq(['ask', '--json', '--db', db, 'What is the orbital period of the exoplanet Kepler-452b?']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as Answer;
    expect(answer.status).toBe('insufficient_evidence');
    expectContract(answer);
  });

  it('answers a JSONL batch with one answer line per question, tagged with qid', async () => {
    const batch = path.join(dir, 'questions.jsonl');
    await writeFile(
      batch,
      [
        JSON.stringify({ id: 'q1', question: 'What are the effects of smoking on the lung?' }),
        'not json',
        JSON.stringify({ id: 7, question: 'What treatments are used for hypertension?' }),
      ].join('\n'),
    );
    const run = await clinq(['ask', '--batch', batch, '--json', '--db', db]);
    expect(run.code).toBe(1); // the malformed line fails; the others are answered
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Answer & { qid: unknown; error?: unknown });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.qid).toBe('q1');
    expectContract(lines[0]!);
    expect(lines[1]!.error).toBeDefined();
    expect(lines[2]!.qid).toBe(7);
  });

  it('names the line, the id and the field of each bad batch line, and refuses a directory as the batch file', async () => {
    const batch = path.join(dir, 'bad.jsonl');
    await writeFile(batch, [JSON.stringify({ id: 2 }), JSON.stringify({ id: 'q3', question: '   ' }), '[1, 2]'].join('\n'));
    const run = await clinq(['ask', '--batch', batch, '--json', '--db', db]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { qid: unknown; line: number; error: { message: string } });
    expect(lines.map((l) => [l.qid, l.line, l.error.message])).toEqual([
      [2, 1, `${batch}:1: question: is required and must be a string`],
      ['q3', 2, `${batch}:2: question: is empty; ask something, e.g. "What causes gout?"`],
      [null, 3, `${batch}:3: line: must be a JSON object like {"id": 1, "question": "What causes gout?"}`],
    ]);
    const folder = await clinq(['ask', '--batch', dir, '--json', '--db', db]);
    expect(folder.code).toBe(2);
    // With --json (as every batch is) the error that stops the command is one JSON line on stderr, in the API's shape.
    expect(JSON.parse(folder.stderr)).toEqual({ error: { code: 'invalid_request', message: `ask: batch file ${dir} is not a file` } });
    expect(folder.stdout).toBe('');
    // A batch file that is not there says so, not only that it "cannot read" it.
    const missing = path.join(dir, 'no-such-questions.jsonl');
    const gone = await clinq(['ask', '--batch', missing, '--json', '--db', db]);
    expect(gone.code).toBe(2);
    expect(JSON.parse(gone.stderr)).toEqual({ error: { code: 'invalid_request', message: `ask: cannot read batch file ${missing}: no such file` } });
  });

  it('stops on Ctrl-C with exit code 130, saying what is kept, and leaves a database the next run completes', async () => {
    const big = path.join(dir, 'big.xml');
    const records = Array.from({ length: 40_000 }, (_, i) =>
      `<PubmedArticle><MedlineCitation><PMID>${900_000 + i}</PMID><Article><Journal><Title>J</Title></Journal>` +
      `<ArticleTitle>Record ${i} on interrupted loading.</ArticleTitle><Abstract><AbstractText>Abstract ${i} of a long file.</AbstractText></Abstract>` +
      '</Article></MedlineCitation></PubmedArticle>\n',
    );
    await writeFile(big, `<?xml version="1.0"?>\n<PubmedArticleSet>\n${records.join('')}</PubmedArticleSet>\n`);
    const target = path.join(dir, 'interrupted.db');
    // Through bin/clinq.js, as `npx clinq` runs it: one process, as a terminal's Ctrl-C reaches it.
    const child = spawn(process.execPath, [path.join(root, 'bin/clinq.js'), 'ingest', '--db', target, '--batch-size', '1000', big], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once the first batch is stored, while the file is still being read.
    const storedSoFar = () => {
      if (!existsSync(target)) return 0;
      const conn = new Database(target, { readonly: true, fileMustExist: true });
      try {
        return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      } catch {
        return 0; // the schema is still being created
      } finally {
        conn.close();
      }
    };
    while (storedSoFar() === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('clinq: ingest interrupted; the batches written so far are stored whole; run the same command again');
    const again = await clinq(['ingest', '--db', target, big]);
    expect(again.code).toBe(0);
    const conn = new Database(target, { readonly: true });
    try {
      expect((conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(40_000);
    } finally {
      conn.close();
    }
  }, 60_000);

  it('warns that a database without records answers nothing, naming how to load some', async () => {
    const empty = path.join(dir, 'empty.db');
    new Database(empty).close();
    const run = await clinq(['ask', '--db', empty, 'What causes gout?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Insufficient evidence');
    expect(run.stderr).toBe(
      `clinq: warning: ${empty} holds no PubMed records, so every question is answered "insufficient evidence"; ` +
        `load some with: clinq ingest --db ${empty} FILE.xml.gz (or run clinq start for the demo corpus)\n`,
    );
  });

  it('serves with one request line per request on stderr, without the query, and none with CLINQ_LOG=off', async () => {
    const serve = async (env: Record<string, string>) => {
      const child = spawn(tsx, [cliMain, 'serve', '--db', db, '--port', '0'], { cwd: root, env: { ...process.env, ...env } });
      const served = servedUrl(child);
      const url = await served.url;
      expect((await fetch(`${url}/healthz?token=s3cret`)).status).toBe(200);
      expect((await fetch(`${url}/no-such-page`, { headers: { cookie: 'clinq_session=s3cret' } })).status).toBe(404);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      return served.stderr();
    };
    const logged = await serve({});
    expect(logged).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z GET \/healthz 200 \d+ms$/m);
    expect(logged).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z GET \/no-such-page 404 \d+ms$/m);
    expect(logged).not.toContain('s3cret');
    // Named before the answer engine loads, so the seconds before "serving" are not silent.
    expect(logged).toMatch(/holds [\d,]+ PubMed records; loading the answer engine\n/);
    const quiet = await serve({ CLINQ_LOG: 'off' });
    expect(quiet).not.toMatch(/GET \//);
  }, 60_000);

  it('renders its pages when bin/clinq.js runs from a directory outside the package (a linked or installed clinq)', async () => {
    // tsx found tsconfig.json from the working directory only: elsewhere the pages' JSX compiled for React, and every
    // page answered 500 ("React is not defined").
    const child = spawn(process.execPath, [path.join(root, 'bin/clinq.js'), 'serve', '--db', db, '--port', '0', '--quiet'], { cwd: dir });
    try {
      const url = await servedUrl(child).url;
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<form');
      const missing = await fetch(`${url}/no-such-page`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('There is no page at /no-such-page');
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);

  it('refuses to ask against a database that does not exist', async () => {
    const run = await clinq(['ask', '--db', path.join(dir, 'nope.db'), 'gout?']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no database/);
  });

  it('refuses to serve a database that does not exist unless --create says to make one', async () => {
    const missing = path.join(dir, 'mistyped.db');
    const run = await clinq(['serve', '--db', missing, '--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`serve: no database at ${missing}`);
    expect(run.stderr).toContain('--create');
    expect(existsSync(missing)).toBe(false);
    const child = spawn(tsx, [cliMain, 'serve', '--db', missing, '--port', '0', '--create', '--quiet'], { cwd: root });
    try {
      const url = await servedUrl(child).url;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(existsSync(missing)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
