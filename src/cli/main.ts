#!/usr/bin/env node
/** The `clinq` command line: ingest, ask, serve, start, info, subjects, user (and bench, which points to npm run bench). */
import { Command, CommanderError } from 'commander';
import { ClinqError } from '../domain/index.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerAskCommand } from './ask-command.js';
import { registerServeCommands } from './serve-command.js';
import { registerInfoCommand } from './info-command.js';
import { registerSubjectsCommand } from './subjects-command.js';
import { registerUserCommand } from './user-command.js';
import { terminalSafe } from './terminal-safe.js';
import { registerBenchCommand } from './bench-command.js';

/** Builds the program; exported so tests can run commands in-process. */
/**
 * The CLI's commands. With `jsonErrors` (the words typed include --json), commander's own usage errors (an unknown
 * option, a bad option value) are written as the JSON error line clinq's other errors give under --json, without the
 * help hint, since a program reads them.
 */
export function buildProgram(options: { jsonErrors?: boolean } = {}): Command {
  const program = new Command()
    .name('clinq')
    .description(
      'Evidence-grounded medical answers from PubMed records: every point cites the paper it rests on.\n' +
        'The database is ./clinq.db unless --db PATH or the CLINQ_DB environment variable says otherwise.',
    )
    .version('0.1.0')
    .showHelpAfterError(options.jsonErrors ? false : '(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    // Set before the subcommands are added so they inherit it: usage errors become exceptions, not exits.
    .exitOverride();
  if (options.jsonErrors) program.configureOutput({ outputError: (message, write) => write(`${jsonErrorLine('invalid_request', message.trim().replace(/^error: /, ''))}\n`) });
  registerIngestCommand(program);
  registerAskCommand(program);
  registerServeCommands(program);
  registerInfoCommand(program);
  registerSubjectsCommand(program);
  registerUserCommand(program);
  registerBenchCommand(program);
  program.addHelpText(
    'after',
    `
Examples:
  $ clinq start                                 first run: load the shipped demo corpus, then serve
  $ clinq user add --role admin you@example.org
                                                the first account, to sign in at /login and review
  $ clinq ingest pubmed25n0001.xml.gz           load PubMed/MEDLINE XML (plain or .gz)
  $ clinq ask "What causes Duchenne muscular dystrophy?"
                                                a cited answer in the terminal
  $ clinq ask --json --audience patient "..."   the answer as JSON, worded for a patient
  $ clinq serve --port 8080                     web page and HTTP API
  $ CLINQ_MODEL_URL=http://localhost:11434/v1 CLINQ_MODEL=llama3.1:8b clinq ask --audience patient "..."
                                                reworded by a model, every sentence checked (see ask --help)`,
  );
  return program;
}

const HELP_FLAGS = new Set(['-h', '--help']);

/**
 * Whether the words after the program name reach a command name that does not exist ("clinq serach", "clinq user remove")
 * before any option or argument: commander answers such a line with --help by printing the help of the command above it.
 */
export function namesUnknownCommand(program: Command, args: readonly string[]): boolean {
  let command = program;
  for (const word of args) {
    if (word.startsWith('-') || command.commands.length === 0 || word === 'help') return false;
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) return true;
    command = sub;
  }
  return false;
}

/** An error as one JSON line in the API's shape, terminal-safe: what a command run with --json says on stderr. */
function jsonErrorLine(code: string, message: string): string {
  return terminalSafe(JSON.stringify({ error: { code, message } }));
}

/** Whether the command that ran (a subcommand at any depth) was given --json. */
function ranWithJson(command: Command): boolean {
  return command.commands.some((sub) => sub.opts().json === true || ranWithJson(sub));
}

/** Runs the CLI and turns faults into a message and an exit code: 2 for bad input (or an unknown name), 1 for other failures. */
export async function runCli(argv: string[]): Promise<number> {
  // Before parsing: a usage error stops commander before any option is read.
  const program = buildProgram({ jsonErrors: argv.slice(2).includes('--json') });
  try {
    // An unknown command with --help is named as unknown (with commander's nearest names), not answered with other help.
    const args = argv.slice(2);
    const helpless = args.some((a) => HELP_FLAGS.has(a)) && namesUnknownCommand(program, args) ? [...argv.slice(0, 2), ...args.filter((a) => !HELP_FLAGS.has(a))] : argv;
    await program.parseAsync(helpless);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help / version text).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ClinqError) {
      // A command asked for JSON (`clinq ask --json`) is read by a program: its error is JSON too, the API's shape, on
      // stderr as every error is (stdout stays the answers'), with the same exit code.
      const line = ranWithJson(program) ? jsonErrorLine(error.code, error.message) : `clinq: ${error.message}`;
      process.stderr.write(`${terminalSafe(line)}\n`);
      // Naming something that does not exist (an account's email) is bad input too, like a malformed flag.
      return error.code === 'invalid_request' || error.code === 'not_found' ? 2 : 1;
    }
    process.stderr.write(`${unexpectedFault(error)}\n`);
    return 1;
  }
}

/**
 * The line for a fault that is not a ClinqError: a database held by another writer (an ingest's batch, past the store's
 * 5 s wait) is a passing state, said in words; anything else is a bug, shown with its stack.
 */
export function unexpectedFault(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return 'clinq: store: the database is busy with another writer (an ingest?); run the command again when it has finished';
  }
  return `clinq: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

/** Entry point of the `clinq` process: runs the CLI on process.argv and sets the exit code. */
export async function main(): Promise<void> {
  // A closed pipe (e.g. `clinq ask ... | head`) ends the output quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await runCli(process.argv);
}

if (process.argv[1] !== undefined && /cli[\\/]main\.ts$/.test(process.argv[1])) await main();
