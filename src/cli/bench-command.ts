/** `clinq bench`: says where the benchmarks are run from, since they are an npm script of the repository, not a clinq command. */
import type { Command } from 'commander';
import { ClinqError } from '../domain/index.js';

/** The benchmarks `npm run bench --` runs (bench/main.ts); a test keeps the list in step with it. */
export const BENCHMARKS = ['bioasq', 'pubmedqa', 'handmade', 'audience', 'ingest', 'scale', 'startup'] as const;

/** Where the benchmarks run from, as the help and the refusal both say it. */
export const BENCH_POINTER =
  `The benchmarks are not part of the clinq command: they run from a clone of the repository, at its root, as ` +
  `npm run bench -- NAME (${BENCHMARKS.join(', ')}). npm run bench -- --help lists them with their options; ` +
  `bench/README.md says what each measures and where results go (bench/results/).`;

/** Registers the bench command, which runs nothing and points to `npm run bench`. */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .summary('where the benchmarks run from (npm run bench -- NAME)')
    .description(BENCH_POINTER)
    .argument('[args...]', 'ignored: pass them to npm run bench -- instead')
    .allowUnknownOption()
    .addHelpText('after', `\nExample, at the root of a clone:\n  $ npm run bench -- pubmedqa path/to/pqal_dev.json --limit 50`)
    .action((args: string[]) => {
      const asked = args.length > 0 ? `npm run bench -- ${args.join(' ')}` : 'npm run bench -- --help';
      throw new ClinqError('invalid_request', `bench: ${BENCH_POINTER} Try: ${asked}`);
    });
}
