/** The hand-made question set: reading it and scoring each answer against the article and sentence it expects. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { citedPmids, normaliseSpace, type AnswerLine } from './answer-lines.js';

const AUDIENCES = ['patient', 'caregiver', 'student', 'nurse', 'physician'] as const;

const questionSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().min(1),
    audience: z.enum(AUDIENCES),
    type: z.string().min(1),
    expect: z.enum(['answer', 'refuse']),
    pmids: z.array(z.string().regex(/^\d+$/)),
    verdict: z.enum(['yes', 'no']).optional(),
    evidence: z.string(),
  })
  .superRefine((q, ctx) => {
    if (q.expect === 'answer' && (q.pmids.length === 0 || !q.evidence.trim())) {
      ctx.addIssue({ code: 'custom', message: 'a question that expects an answer needs pmids and an evidence sentence' });
    }
    if (q.expect === 'refuse' && (q.pmids.length > 0 || q.evidence.trim() || q.verdict)) {
      ctx.addIssue({ code: 'custom', message: 'a question that expects a refusal has no pmids, evidence or verdict' });
    }
    if (q.verdict && q.type !== 'yesno') ctx.addIssue({ code: 'custom', message: 'verdict is only for type yesno' });
  });

/** One hand-made question. */
export type HandmadeQuestion = z.infer<typeof questionSchema>;

/** Parses a hand-made JSONL file; a malformed line or a repeated id is an error naming the line. */
export function parseHandmade(text: string, source = 'questions'): HandmadeQuestion[] {
  const out: HandmadeQuestion[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`bench: ${source} line ${i + 1} is not JSON`);
    }
    const parsed = questionSchema.safeParse(json);
    if (!parsed.success) throw new Error(`bench: ${source} line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    if (seen.has(parsed.data.id)) throw new Error(`bench: ${source} line ${i + 1}: id ${parsed.data.id} repeated`);
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

/** Reads and checks a hand-made JSONL file. */
export async function readHandmade(path: string): Promise<HandmadeQuestion[]> {
  return parseHandmade(await readFile(path, 'utf8'), path);
}

/**
 * The name a question set's results go under: `handmade` for the main set (questions.jsonl), `handmade-<file name>` for
 * any other set (heldout-2.jsonl -> handmade-heldout-2), so two sets run on one day never overwrite each other's results.
 */
export function handmadeSetName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? '';
  const stem = file.replace(/\.jsonl?$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return !stem || stem === 'questions' ? 'handmade' : `handmade-${stem}`;
}

/**
 * Whether a cited quote is the expected evidence sentence: the same text once whitespace is normalised, or a quote
 * that holds the whole evidence sentence (a sentence splitter may join a sentence to its neighbour).
 */
export function quoteIsEvidence(quote: string, evidence: string): boolean {
  const q = normaliseSpace(quote);
  const e = normaliseSpace(evidence);
  return e.length > 0 && (q === e || q.includes(e));
}

/** Why a question was scored a failure; null when it passed every check that applies to it. */
export type Failure =
  | 'missing answer'
  | 'answered though it should refuse'
  | 'refused though the article answers'
  | 'wrong article'
  | 'expected article only outside the direct answer'
  | 'off-target direct sentence'
  | 'wrong verdict';

/** The per-question record kept in the JSON report. */
export type HandmadeDetail = {
  id: string;
  audience: string;
  type: string;
  expect: 'answer' | 'refuse';
  expected: string[];
  verdictExpected: 'yes' | 'no' | null;
  status: 'answered' | 'insufficient_evidence' | 'missing';
  /** clinq's stated reason when it refused (its evidence summary). */
  reason: string | null;
  cited: string[];
  direct: { pmids: string[]; quote: string | null; text: string | null };
  verdict: string | null;
  directCitesExpected: boolean;
  anyCitesExpected: boolean;
  directQuoteIsEvidence: boolean;
  /** null unless the question is yes/no with an expected verdict. */
  verdictCorrect: boolean | null;
  /** The first failure among those checked, in the order: status, article, direct answer, sentence, verdict. */
  failure: Failure | null;
  elapsedMs: number | null;
};

/** Scores one answer (undefined when clinq wrote no line for the question) against its hand-made question. */
export function scoreHandmade(q: HandmadeQuestion, answer: AnswerLine | undefined, reason: string | null = null): HandmadeDetail {
  const expected = new Set(q.pmids);
  const status = answer?.status ?? 'missing';
  const cited = answer && status === 'answered' ? citedPmids(answer) : [];
  const directCitations = answer?.direct?.citations ?? [];
  const directPmids = [...new Set(directCitations.map((c) => c.pmid))];
  const directCitesExpected = directPmids.some((p) => expected.has(p));
  const anyCitesExpected = cited.some((p) => expected.has(p));
  // The sentence must come from an expected article; the first citation of the direct answer is its main quote.
  const directQuoteIsEvidence = directCitations.some((c) => expected.has(c.pmid) && quoteIsEvidence(c.quote, q.evidence));
  const verdict = answer?.verdict ?? null;
  const verdictCorrect = q.expect === 'answer' && q.verdict ? verdict === q.verdict : null;
  let failure: Failure | null = null;
  if (status === 'missing') failure = 'missing answer';
  else if (q.expect === 'refuse') failure = status === 'insufficient_evidence' ? null : 'answered though it should refuse';
  else if (status === 'insufficient_evidence') failure = 'refused though the article answers';
  else if (!anyCitesExpected) failure = 'wrong article';
  else if (!directCitesExpected) failure = 'expected article only outside the direct answer';
  else if (!directQuoteIsEvidence) failure = 'off-target direct sentence';
  else if (verdictCorrect === false) failure = 'wrong verdict';
  return {
    id: q.id,
    audience: q.audience,
    type: q.type,
    expect: q.expect,
    expected: q.pmids,
    verdictExpected: q.verdict ?? null,
    status,
    reason: status === 'insufficient_evidence' ? reason : null,
    cited,
    direct: { pmids: directPmids, quote: directCitations[0]?.quote ?? null, text: answer?.direct?.text ?? null },
    verdict,
    directCitesExpected,
    anyCitesExpected,
    directQuoteIsEvidence,
    verdictCorrect,
    failure,
    elapsedMs: answer?.elapsedMs ?? null,
  };
}

/** Shares over the scored questions (NaN when a share has no questions), with the n behind each. */
export type HandmadeSummary = {
  refuse: { n: number; refused: number };
  answer: { n: number; answered: number; directCites: number; anyCites: number; directQuote: number };
  yesno: { n: number; correct: number; alwaysYes: number };
  failures: Record<string, string[]>;
};

/** Counts the checks over every detail; a share's denominator is every question of its kind, refused or not. */
export function summariseHandmade(details: readonly HandmadeDetail[]): HandmadeSummary {
  const refuse = details.filter((d) => d.expect === 'refuse');
  const answer = details.filter((d) => d.expect === 'answer');
  const yesno = answer.filter((d) => d.verdictExpected !== null);
  const failures: Record<string, string[]> = {};
  for (const d of details) if (d.failure) (failures[d.failure] ??= []).push(d.id);
  return {
    refuse: { n: refuse.length, refused: refuse.filter((d) => d.status === 'insufficient_evidence').length },
    answer: {
      n: answer.length,
      answered: answer.filter((d) => d.status === 'answered').length,
      directCites: answer.filter((d) => d.directCitesExpected).length,
      anyCites: answer.filter((d) => d.anyCitesExpected).length,
      directQuote: answer.filter((d) => d.directQuoteIsEvidence).length,
    },
    yesno: {
      n: yesno.length,
      correct: yesno.filter((d) => d.verdictCorrect === true).length,
      alwaysYes: yesno.filter((d) => d.verdictExpected === 'yes').length,
    },
    failures,
  };
}

/** A share, NaN when there is nothing to share out. */
export function share(count: number, n: number): number {
  return n === 0 ? Number.NaN : count / n;
}
