import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './main.js';
import { BENCHMARKS } from './bench-command.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('clinq bench', () => {
  it('has its own help saying the benchmarks run as npm run bench from a clone, not the top-level help', async () => {
    const io = capture();
    expect(await runCli(['node', 'clinq', 'bench', '--help'])).toBe(0);
    const help = io.out().replace(/\s+/g, ' ');
    expect(help).toContain('Usage: clinq bench');
    expect(help).toContain('they run from a clone of the repository, at its root, as npm run bench -- NAME');
    expect(help).toContain('npm run bench -- --help lists them');
    expect(help).not.toContain('load PubMed/MEDLINE XML files');
  });

  it('runs nothing and exits 2, naming the npm command to run instead with the words given', async () => {
    const io = capture();
    expect(await runCli(['node', 'clinq', 'bench', 'bioasq', '--limit', '5'])).toBe(2);
    expect(io.err()).toContain('clinq: bench: The benchmarks are not part of the clinq command');
    expect(io.err()).toContain('Try: npm run bench -- bioasq --limit 5');
  });

  it('is listed in the top-level help', async () => {
    const io = capture();
    expect(await runCli(['node', 'clinq', '--help'])).toBe(0);
    expect(io.out()).toMatch(/bench \[args\.\.\.\]\s+where the benchmarks run from/);
  });

  it('names the same benchmarks npm run bench has', async () => {
    const main = await readFile(new URL('../../bench/main.ts', import.meta.url), 'utf8');
    const commands = [...main.matchAll(/\.command\('([a-z]+)'\)/g)].map((m) => m[1]);
    expect([...BENCHMARKS].sort()).toEqual(commands.sort());
  });
});
