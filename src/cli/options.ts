/** Option parsers shared by commands. */
import { InvalidArgumentError } from 'commander';
import { access } from 'node:fs/promises';
import { AUDIENCES, audienceNamed, ClinqError, type Audience } from '../domain/index.js';
import { DEFAULT_NEW_ANSWERS_PER_MINUTE } from '../config-defaults.js';

/** Parses a whole number within bounds, for commander options. */
export function intOption(name: string, min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`${name} must be between ${min} and ${max}`);
    return n;
  };
}

/** Parses an audience name in any case ("Patient"), for commander options. */
export function audienceOption(value: string): Audience {
  const audience = audienceNamed(value);
  if (!audience) throw new InvalidArgumentError(`must be one of ${AUDIENCES.join(', ')}`);
  return audience;
}

/** The --db option's help text. */
export const DB_HELP = 'SQLite database file (default: $CLINQ_DB or ./clinq.db)';

/** An "Examples:" block for a command's help, one `$ command` line each (with an optional note after two spaces). */
export function examplesHelp(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}`;
}

/** The --no-model option's help text. */
export const NO_MODEL_HELP = 'answer extractively even when CLINQ_MODEL_URL is set';

/** Help text on the server's environment variables. */
export const SERVER_ENV_HELP = `
Server settings (environment):
  CLINQ_LOG                     on (default) or off: one line per request on
                                stderr (time, method, path, status, ms; no
                                query, cookies or bodies); --quiet: off
  CLINQ_CSRF_SECRET             key for anonymous form tokens (16+ characters);
                                random per process when unset
  CLINQ_NEW_ANSWERS_PER_MINUTE  new answers one client address may create a
                                minute (default ${DEFAULT_NEW_ANSWERS_PER_MINUTE}; 0: no limit), a third of
                                the quick answers (/?q=) it may ask; signed-in
                                staff are not limited
  CLINQ_TRUST_PROXY             reverse proxies in front of clinq (default 0).
                                0: a client is its socket address, and
                                X-Forwarded-For is ignored (anyone can forge
                                it). N: the Nth X-Forwarded-For entry from the
                                right (1 behind one nginx or Caddy), and cookies
                                are Secure when X-Forwarded-Proto says https.
                                Set it only when the proxies alone can reach
                                clinq.`;

/** Help text on the optional generative mode's environment variables. */
export const MODEL_ENV_HELP = `
Optional generative mode (off unless CLINQ_MODEL_URL is set; --no-model: off):
  CLINQ_MODEL_URL         base URL of an OpenAI-compatible API,
                          e.g. http://localhost:11434/v1 (Ollama)
  CLINQ_MODEL             model name, e.g. llama3.1:8b
  CLINQ_MODEL_KEY         bearer key, if the endpoint needs one (never printed)
  CLINQ_MODEL_TIMEOUT_MS  how long to wait for a rewrite (default 30000)
The model only rewords the extractive answer. A reworded point is used only when
every sentence is grounded in its cited quotes and keeps the point's numbers,
negations and hedges (for patients and caregivers also its medical concepts, at
a reading grade no higher). Otherwise, or when the model fails, the extractive
text stays.`;

/**
 * Refuses a database path with nothing behind it, so a mistyped --db is named instead of answered from a new, empty
 * database; `command` and `hint` shape the message ("ask: no database at x.db; run ...").
 */
export async function requireDatabase(dbPath: string, command: string, hint = ''): Promise<void> {
  try {
    await access(dbPath);
  } catch {
    throw new ClinqError('invalid_request', `${command}: no database at ${dbPath}${hint ? `; ${hint}` : ''}`);
  }
}

/** The warning for a database without articles: every answer would be "insufficient evidence", often from a mistyped --db. */
export function emptyCorpusWarning(dbPath: string): string {
  return (
    `clinq: warning: ${dbPath} holds no PubMed records, so every question is answered "insufficient evidence"; ` +
    `load some with: clinq ingest --db ${dbPath} FILE.xml.gz (or run clinq start for the demo corpus)\n`
  );
}
