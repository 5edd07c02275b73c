/**
 * Start-up benchmark: the wall time of one `clinq` command as a user types it, from spawn to exit (or, for a server,
 * to the first answer of GET /healthz), the median of a few runs each.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './clinq-runner.js';
import { prepareCorpusFiles } from './handmade-bench.js';
import { percentile } from './metrics.js';
import { gitCommit, machineInfo, type BenchReport, type MetricRow } from './report.js';

/** One command timed: what it is called in the report and what to spawn. */
export type StartupCase = {
  name: string;
  command: string;
  args: readonly string[];
  /** Started as a server: timed until GET /healthz answers 200, then stopped. */
  server?: boolean;
};

export type StartupOptions = {
  /** The shipped corpus files, ingested into `db` when it does not hold them yet. */
  corpusFiles: readonly string[];
  db: string;
  runs: number;
  question: string;
  command: string;
  date: string;
  rebuild?: boolean;
};

/** The commands a judge types one at a time, over the shipped corpus database. */
export function startupCases(db: string, question: string): StartupCase[] {
  const bin = join(repoRoot, 'bin', 'clinq.js');
  const node = process.execPath;
  return [
    { name: 'clinq --help', command: `node bin/clinq.js --help`, args: [node, bin, '--help'] },
    { name: 'npx clinq --help', command: `npx clinq --help`, args: ['npx', '--no-install', 'clinq', '--help'] },
    { name: 'clinq info', command: `node bin/clinq.js info --db DB`, args: [node, bin, 'info', '--db', db] },
    {
      name: 'clinq ask (one question)',
      command: `node bin/clinq.js ask --db DB --no-model "${question}"`,
      args: [node, bin, 'ask', '--db', db, '--no-model', question],
    },
    {
      name: 'clinq serve until /healthz',
      command: 'node bin/clinq.js serve --db DB --port 0 --quiet --no-model',
      args: [node, bin, 'serve', '--db', db, '--port', '0', '--quiet', '--no-model'],
      server: true,
    },
    {
      name: 'npm start until /healthz',
      command: 'npm start -- --db DB --port 0 --quiet --no-model',
      args: ['npm', 'start', '--silent', '--', '--db', db, '--port', '0', '--quiet', '--no-model'],
      server: true,
    },
  ];
}

/** The server's address from its "clinq: serving DB at http://host:port" line. */
export function servingUrl(output: string): string | null {
  return /serving .* at (http:\/\/\S+)/.exec(output)?.[1] ?? null;
}

/** Runs one case once and returns its wall time in ms; rejects when the command fails. */
export async function timeOnce(one: StartupCase): Promise<number> {
  const started = performance.now();
  const [file, ...args] = one.args;
  // A server runs in its own process group, so npm and the node under it stop together.
  const child = spawn(file!, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: one.server === true });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (!one.server) {
    const code = await exited;
    if (code !== 0) throw new Error(`bench: ${one.command} exited with code ${code}: ${err.slice(0, 500)}`);
    return performance.now() - started;
  }
  let ended = false;
  void exited.then(() => (ended = true));
  try {
    for (;;) {
      if (ended) throw new Error(`bench: ${one.command} stopped before serving: ${err.slice(0, 500)}`);
      const url = servingUrl(out);
      if (url) {
        const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
        if (ok) return performance.now() - started;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  }
}

/** Runs every case `runs` times (in turn, so a slow moment of a busy machine is spread over all) and reports them. */
export async function runStartupBench(options: StartupOptions): Promise<BenchReport> {
  await prepareCorpusFiles(options.corpusFiles, options.db, options.rebuild);
  const cases = startupCases(options.db, options.question);
  const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  // One untimed run of each first: tsx's transform cache and the OS file cache are then as a user's second command finds them.
  for (const one of cases) await timeOnce(one);
  for (let run = 0; run < options.runs; run++) {
    for (const one of cases) {
      const ms = await timeOnce(one);
      times.get(one.name)!.push(ms);
      process.stderr.write(`bench: ${one.name}: ${Math.round(ms)} ms\n`);
    }
  }
  const columns = ['median ms', 'min ms', 'max ms'];
  const rows: MetricRow[] = cases.map((c) => {
    const values = times.get(c.name)!;
    return {
      metric: `${c.name}: \`${c.command}\``,
      values: { 'median ms': Math.round(percentile(values, 0.5)), 'min ms': Math.round(Math.min(...values)), 'max ms': Math.round(Math.max(...values)) },
    };
  });
  return {
    name: 'startup',
    command: options.command,
    commit: gitCommit(),
    date: options.date,
    machine: machineInfo(),
    corpus: { database: 'the shipped demo corpus (data/corpus/, 1,896 records), built by the benchmark', runs: options.runs },
    columns,
    rows,
    notes: [
      'Wall time from spawn to exit; for serve and npm start, from spawn to the first 200 of GET /healthz (the server is then stopped). ' +
        'DB is the benchmark database of the shipped corpus; the question is asked with --no-model (extractive).',
      `Each command ran once untimed, then ${options.runs} times in turn; median, fastest and slowest of those runs. ` +
        "tsx's transform cache (in the OS temp directory) is warm after the untimed run, as for a user's second command.",
      'npx clinq --help adds npx\'s own start-up to node bin/clinq.js --help (npx --no-install: the repository\'s own bin).',
    ],
    details: Object.fromEntries(times),
  };
}
