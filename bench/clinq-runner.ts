/** Runs the clinq CLI as a child process, as a user would, and collects its batch output with timings. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The repository root (bench/ lives directly under it). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function clinqArgs(args: readonly string[]): string[] {
  // `node --import tsx` runs the same code as `npm run clinq` without npm's and npx's start-up cost.
  return ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), ...args];
}

/** Runs `clinq <args>` to completion, streaming its stderr to ours; rejects on a non-zero exit. */
export async function runClinq(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, clinqArgs(args), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`bench: clinq ${args.join(' ')} exited with code ${code}`));
    });
  });
}

/** One output line of a batch, with the time it arrived (ms since the process started). */
export type TimedLine = { line: string; atMs: number };

/** Output of `clinq ask --batch`: the lines, their arrival times and the wall time of the whole run. */
export type BatchRun = { lines: TimedLine[]; totalMs: number; exitCode: number | null };

/** Runs `clinq ask --batch FILE --json ...` and records when each answer line arrives. */
export async function runAskBatch(batchFile: string, extraArgs: readonly string[]): Promise<BatchRun> {
  const started = performance.now();
  const child = spawn(process.execPath, clinqArgs(['ask', '--batch', batchFile, '--json', ...extraArgs]), {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: TimedLine[] = [];
  const reader = createInterface({ input: child.stdout });
  reader.on('line', (line) => {
    if (!line.trim()) return;
    lines.push({ line, atMs: performance.now() - started });
    if (lines.length % 50 === 0) process.stderr.write(`bench: ${lines.length} answers\n`);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  // clinq exits 1 when some lines failed but still answers the rest; only a run with no output is fatal.
  if (code !== 0 && lines.length === 0) throw new Error(`bench: clinq ask --batch ${batchFile} exited with code ${code}`);
  return { lines, totalMs: performance.now() - started, exitCode: code };
}

/** Per-question latencies and how they were obtained. */
export type Latencies = { values: number[]; method: string };

/**
 * Per-question latency: the CLI's own `elapsedMs` when every line has it; otherwise the gaps between successive
 * output lines when they arrived one by one (the first line is dropped, it includes start-up); otherwise, when
 * the output came in one burst, the wall time divided by the number of answers.
 */
export function latenciesOf(run: BatchRun, reported: readonly (number | undefined)[]): Latencies {
  if (reported.length > 0 && reported.every((v) => typeof v === 'number')) {
    return { values: reported as number[], method: 'elapsedMs reported by clinq per answer' };
  }
  const n = run.lines.length;
  if (n === 0) return { values: [], method: 'no answers' };
  const first = run.lines[0]?.atMs ?? 0;
  const last = run.lines[n - 1]?.atMs ?? 0;
  if (n >= 3 && last - first > 0.5 * (run.totalMs - first)) {
    const gaps = run.lines.slice(1).map((l, i) => l.atMs - (run.lines[i]?.atMs ?? 0));
    return { values: gaps, method: 'gaps between successive streamed answer lines (first excluded: start-up)' };
  }
  const each = run.totalMs / n;
  return { values: Array.from({ length: n }, () => each), method: 'wall time / answers (output not streamed)' };
}
