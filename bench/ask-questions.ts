/** Asks a question set through `clinq ask --batch --json` and pairs each answer with its question. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseAnswerLine, type AnswerLine } from './answer-lines.js';
import { latenciesOf, runAskBatch, type Latencies } from './clinq-runner.js';

/** A question to ask, with the id its answer line will carry as qid. */
export type BatchQuestion = { id: string; question: string };

/** Answers by question id, with latencies and the lines that could not be read. */
export type BatchAnswers = {
  answers: Map<string, AnswerLine>;
  /** The answer lines as clinq wrote them (all contract fields), by question id. */
  raw: Map<string, unknown>;
  latencies: Latencies;
  errors: string[];
  totalMs: number;
};

/** Writes the batch file, runs clinq on it and parses its output. */
export async function askQuestions(
  questions: readonly BatchQuestion[],
  batchPath: string,
  args: readonly string[],
): Promise<BatchAnswers> {
  await mkdir(dirname(batchPath), { recursive: true });
  await writeFile(batchPath, questions.map((q) => JSON.stringify({ id: q.id, question: q.question })).join('\n') + '\n');
  process.stderr.write(`bench: asking ${questions.length} questions (clinq ask --batch ${args.join(' ')})\n`);
  const run = await runAskBatch(batchPath, args);
  const answers = new Map<string, AnswerLine>();
  const raw = new Map<string, unknown>();
  const errors: string[] = [];
  const reported: (number | undefined)[] = [];
  for (const { line } of run.lines) {
    const parsed = parseAnswerLine(line);
    if ('error' in parsed) {
      errors.push(parsed.error);
      continue;
    }
    reported.push(parsed.elapsedMs);
    if (parsed.qid === undefined) errors.push('answer line without qid');
    else {
      answers.set(parsed.qid, parsed);
      raw.set(parsed.qid, JSON.parse(line) as unknown);
    }
  }
  if (run.exitCode !== 0) errors.push(`clinq exited with code ${run.exitCode}`);
  const missing = questions.filter((q) => !answers.has(q.id)).length;
  if (missing > 0) errors.push(`${missing} questions got no answer line`);
  return { answers, raw, latencies: latenciesOf(run, reported), errors, totalMs: run.totalMs };
}
