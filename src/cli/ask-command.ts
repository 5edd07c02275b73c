/** `clinq ask`: answer one question, or a JSONL batch, from the database. */
import type { Command } from 'commander';
import { constants, createReadStream } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { AUDIENCES, ClinqError, foldAudienceName, type Audience } from '../domain/index.js';
import type { Clinq } from '../clinq.js';
// The lib files themselves, not lib/index.js: `clinq --help` loads this module and needs none of the others.
import { withoutPastedControls } from '../lib/hidden-characters.js';
import { repeatedJsonKey } from '../lib/repeated-json-key.js';
import { slipFor } from '../lib/key-slip.js';
import { jsonKind } from '../lib/json-kind.js';
import { fileErrorReason } from '../lib/file-error-reason.js';
import { DB_HELP, MODEL_ENV_HELP, examplesHelp, NO_MODEL_HELP, audienceOption, emptyCorpusWarning } from './options.js';

/** clinq.ts's checkQuestion, passed in so this module does not load clinq.ts to build the program. */
type CheckQuestion = (input: unknown, maxChars: number) => string;

type AskOptions = { json?: boolean; db?: string; audience: Audience; batch?: string; model: boolean };

/** Registers the ask command. */
export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .summary('answer a medical question with cited evidence from the database')
    .description(
      'Searches the ingested PubMed records and composes an answer from their sentences: a direct answer, ' +
        'themed sections of points, each citing the PMID and the verbatim sentence it rests on, and a numbered ' +
        'reference list. When the records do not support an answer, it says so (status insufficient_evidence).\n\n' +
        'With --batch, reads JSON lines {"id": ..., "question": ...} and writes one answer per line with "qid".',
    )
    // Words are joined, so `clinq ask What causes gout` works as well as the quoted question.
    .argument('[question...]', 'the question (in quotes, or its words as they come)')
    .option('--json', 'print the answer as JSON (the answer contract); an error as {"error": {code, message}} on stderr')
    .option('--audience <who>', 'patient | caregiver | student | nurse | physician (any case)', audienceOption, 'physician')
    .option('--batch <file.jsonl>', 'answer every {"id","question"} line of a JSONL file, or of standard input for - (with --json)')
    .option('--db <path>', DB_HELP)
    .option('--no-model', NO_MODEL_HELP)
    .addHelpText(
      'after',
      examplesHelp([
        'clinq ask "What causes Duchenne muscular dystrophy?"',
        'clinq ask --audience patient "How is phenylketonuria inherited?"',
        'clinq ask --json "Is BRCA1 mutation a risk factor for ovarian cancer?"',
        'clinq ask --json --batch questions.jsonl > answers.jsonl',
      ]),
    )
    .addHelpText('after', MODEL_ENV_HELP)
    .action(async (words: string[], opts: AskOptions) => {
      // Loaded when a question is asked, not when the program is built: `clinq --help` and `clinq info` need none of it.
      const [{ describeModel, loadSettings }, { openClinq, checkQuestion }, { renderAnswerText }] = await Promise.all([
        import('../config.js'),
        import('../clinq.js'),
        import('../answer/index.js'),
      ]);
      const question = words.length > 0 ? typedQuestion(words.join(' ')) : undefined;
      const settings = loadSettings({ store: { dbPath: opts.db }, ...(opts.model ? {} : { model: false as const }) });
      if (opts.batch && question) throw new ClinqError('invalid_request', 'ask: give either a question or --batch FILE, not both');
      if (opts.batch && !opts.json) throw new ClinqError('invalid_request', 'ask: --batch writes JSON lines; add --json');
      if (!opts.batch && question === undefined) throw new ClinqError('invalid_request', 'ask: no question given; try clinq ask "What causes Duchenne muscular dystrophy?"');
      if (opts.batch) await requireBatchFile(opts.batch);
      await requireDatabase(settings.store.dbPath);
      const checked = opts.batch ? '' : checkQuestion(question, settings.answer.maxQuestionChars);
      // stdout carries the answer; which mode made it goes to stderr, and only when it is not the default.
      if (settings.model) process.stderr.write(`clinq: answers: ${describeModel(settings.model)}\n`);
      const clinq = await openClinq(settings);
      try {
        if (opts.batch) {
          const failed = await answerBatch(clinq, opts.batch, opts.audience, checkQuestion);
          if (failed > 0) process.exitCode = 1;
          return;
        }
        const answer = await clinq.ask(checked, opts.audience);
        if (answer.corpus.articles === 0) process.stderr.write(emptyCorpusWarning(settings.store.dbPath));
        process.stdout.write(opts.json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderAnswerText(answer)}\n`);
        // A refusal from a corpus that holds records: say where to see what it does cover (stderr, so --json stays clean).
        if (answer.status === 'insufficient_evidence' && answer.corpus.articles > 0) process.stderr.write(coverageHint(opts.db));
      } finally {
        await clinq.close();
      }
    });
}

/** Where a refused asker sees what the corpus covers and questions it answers. */
export function coverageHint(db: string | undefined): string {
  return `clinq: to see what this corpus covers and questions it answers, run: clinq subjects${db ? ` --db ${db}` : ''}\n`;
}

async function requireDatabase(dbPath: string): Promise<void> {
  try {
    await access(dbPath);
  } catch {
    throw new ClinqError('invalid_request', `ask: no database at ${dbPath}; run "clinq ingest FILE..." first, or pass --db PATH`);
  }
}

async function requireBatchFile(file: string): Promise<void> {
  // "-" is standard input, as for ingest: `jq -c ... | clinq ask --json --batch -`.
  if (file === '-') return;
  let isFile = false;
  try {
    await access(file, constants.R_OK);
    isFile = (await stat(file)).isFile();
  } catch (error) {
    throw new ClinqError('invalid_request', `ask: cannot read batch file ${file}: ${fileErrorReason(error)}`, { cause: error });
  }
  if (!isFile) throw new ClinqError('invalid_request', `ask: batch file ${file} is not a file`);
  // A compressed or binary file read as lines gave one "not valid JSON" per line: hundreds of thousands for a .gz.
  const head = Buffer.alloc(512);
  const handle = await open(file, 'r');
  const { bytesRead } = await handle.read(head, 0, head.length, 0).finally(() => handle.close());
  const bytes = head.subarray(0, bytesRead);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new ClinqError('invalid_request', `ask: batch file ${file} is gzip-compressed; decompress it, or pipe it in: zcat ${file} | clinq ask --json --batch -`);
  }
  if (bytes.includes(0)) throw new ClinqError('invalid_request', `ask: batch file ${file} is binary data, not JSON lines`);
}

/** How many lines that are not JSON at the start of a batch show that the whole file is something else. */
const NOT_JSON_LINES = 5;

/** The refusal of a batch whose first lines are none of them JSON: one JSON document spread over lines, or not JSON at all. */
function notJsonLines(name: string, firstLine: string): ClinqError {
  const spread = /^[[{]$/.test(firstLine.trim());
  return new ClinqError(
    'invalid_request',
    spread
      ? `${name}: is one JSON document spread over lines, not JSON lines; put one {"id", "question"} object on each line, e.g. jq -c '.[]' FILE`
      : `${name}: its first ${NOT_JSON_LINES} lines are not JSON; --batch reads JSON lines, one {"id": 1, "question": "What causes gout?"} object on each`,
  );
}

/** The schema of one batch line, built when a batch is read (zod is not loaded for a single question or for --help). */
async function batchLineSchema() {
  const { z } = await import('zod');
  return z.object(
    {
      id: z.union([z.string(), z.number()], { error: 'is required, a string or a number' }),
      question: z.string({ error: (issue) => (issue.input === undefined ? 'is required and must be a string' : `must be a string, not ${jsonKind(issue.input)}`) }),
      audience: z.preprocess(foldAudienceName, z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }).optional()),
    },
    { error: 'must be a JSON object like {"id": 1, "question": "What causes gout?"}' },
  );
}

// The id of a line that fails validation, when it has a usable one, so the error line can still be matched up.
function idOf(raw: unknown): string | number | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** The keys a batch line reads. */
const BATCH_KEYS = ['id', 'question', 'audience'] as const;

/**
 * The keys of a batch line that look like a slip for a key the line lacks ("audiance", "Question"), each with that key,
 * or null. Other keys are passed over (a batch file may carry gold answers or notes), but a misspelt "audience" would be
 * dropped without a word and the question answered for the default audience.
 */
export function misspeltBatchKeys(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  const absent = BATCH_KEYS.filter((known) => !keys.includes(known));
  const slips = keys.flatMap((key) => {
    if ((BATCH_KEYS as readonly string[]).includes(key)) return [];
    const near = slipFor(key, absent);
    return near ? [`"${key.length > 60 ? `${key.slice(0, 60)}…` : key}" (did you mean "${near}"?)`] : [];
  });
  if (slips.length === 0) return null;
  return `unknown key${slips.length === 1 ? '' : 's'} ${slips.join(', ')}; a line reads ${BATCH_KEYS.map((k) => `"${k}"`).join(', ')}`;
}

/** A question as pasted, without terminal colour codes (whole, so no "[31m" is left) or control and invisible characters. */
export function typedQuestion(text: string): string {
  return withoutPastedControls(text);
}

// Every error of a batch names its line, including those about the question itself.
function checkBatchQuestion(check: CheckQuestion, question: string, maxChars: number, where: string): string {
  try {
    return check(typedQuestion(question), maxChars);
  } catch (error) {
    if (error instanceof ClinqError) throw new ClinqError(error.code, `${where}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Answers each line of a JSONL file; a bad line yields an error line, not a stop. Returns the failures. */
async function answerBatch(clinq: Clinq, file: string, audience: Audience, checkQuestion: CheckQuestion): Promise<number> {
  const lineSchema = await batchLineSchema();
  const input = file === '-' ? process.stdin.setEncoding('utf8') : createReadStream(file, 'utf8');
  const name = file === '-' ? 'stdin' : file;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  let answered = 0;
  // Lines that were not JSON before any line that was, and the first of them.
  let notJson = 0;
  let firstLine: string | null = null;
  // Ends the batch rather than one line.
  let stop: ClinqError | null = null;
  const showProgress = process.stderr.isTTY;
  for await (const read of lines) {
    lineNo += 1;
    // A file saved "UTF-8 with BOM" (Notepad, PowerShell) starts with U+FEFF, which JSON.parse refuses.
    const line = lineNo === 1 ? read.replace(/^\uFEFF/, '') : read;
    if (line.trim() === '') continue;
    firstLine ??= line;
    let qid: string | number | null = null;
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
        notJson = -1;
      } catch {
        if (notJson >= 0 && (++notJson >= NOT_JSON_LINES || /^[[{]$/.test(line.trim()))) throw (stop = notJsonLines(name, firstLine));
        throw new ClinqError('invalid_request', `${name}:${lineNo}: not valid JSON`);
      }
      qid = idOf(raw);
      // JSON.parse keeps a repeated key's last value: {"question":"a","question":"b"} would answer "b" without a word.
      const repeated = repeatedJsonKey(line);
      if (repeated !== null) throw new ClinqError('invalid_request', `${name}:${lineNo}: the key "${repeated.slice(0, 60)}" came more than once`);
      const slip = misspeltBatchKeys(raw);
      if (slip !== null) throw new ClinqError('invalid_request', `${name}:${lineNo}: ${slip}`);
      const parsed = lineSchema.safeParse(raw);
      if (!parsed.success) {
        throw new ClinqError('invalid_request', `${name}:${lineNo}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`);
      }
      qid = parsed.data.id;
      const question = checkBatchQuestion(checkQuestion, parsed.data.question, clinq.settings.answer.maxQuestionChars, `${name}:${lineNo}`);
      const started = performance.now();
      const answer = await clinq.ask(question, parsed.data.audience ?? audience);
      const elapsedMs = Math.round((performance.now() - started) * 10) / 10;
      process.stdout.write(`${JSON.stringify({ qid, ...answer, elapsedMs })}\n`);
      answered += 1;
    } catch (error) {
      if (!(error instanceof ClinqError) || error === stop) throw error;
      failed += 1;
      process.stdout.write(`${JSON.stringify({ qid, line: lineNo, error: { code: error.code, message: error.message } })}\n`);
      process.stderr.write(`clinq: ${error.message}\n`);
    }
    if (showProgress && (answered + failed) % 25 === 0) process.stderr.write(`\rask: ${answered} answered, ${failed} failed`);
  }
  if (showProgress) process.stderr.write(`\rask: ${answered} answered, ${failed} failed\n`);
  return failed;
}
