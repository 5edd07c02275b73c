import { percentile as quantile } from '../lib/index.js';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { pointsOf, type Answer, type Audience, type Point } from '../domain/index.js';
import { adaptAnswer } from './adapt-answer.js';
import { conceptsKept } from './concepts-kept.js';
import { loadVocabulary } from './load-vocabulary.js';
import { measureReadability } from './measure-readability.js';
import type { Vocabulary } from './vocabulary.js';

/** Reading level and faithfulness of one audience's answers, over a set of clinician answers. */
export type AudienceReport = {
  audience: Audience;
  answers: number;
  fleschKincaid: { median: number; p90: number };
  smog: { median: number; p90: number };
  /** Mean share of the clinician answer's concepts still named (term or plain equivalent). */
  conceptsKept: number;
  /** Share of points whose citations (n, pmid, quote) are exactly the clinician point's. */
  citationsKept: number;
  /** Slowest adaptAnswer call, in milliseconds. */
  slowestMs: number;
};

const AUDIENCES: readonly Audience[] = ['patient', 'caregiver', 'student', 'nurse', 'physician'];

/** The text a reader reads: the direct answer and every point, in order. */
export function answerText(answer: Answer): string {
  return pointsOf(answer)
    .map((p) => p.text)
    .join(' ');
}

/** Measures every audience over answered clinician answers with clinq's own readability formulas. */
export function measureAudiences(clinical: readonly Answer[], vocabulary: Vocabulary, audiences = AUDIENCES): AudienceReport[] {
  const answered = clinical.filter((a) => pointsOf(a).length > 0);
  return audiences.map((audience) => {
    const fk: number[] = [];
    const smog: number[] = [];
    const kept: number[] = [];
    let points = 0;
    let sameCitations = 0;
    let slowestMs = 0;
    for (const answer of answered) {
      const started = performance.now();
      const adapted = adaptAnswer(answer, audience, vocabulary);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      const r = measureReadability(answerText(adapted));
      fk.push(r.fleschKincaidGrade);
      smog.push(r.smog);
      kept.push(conceptsKept(answer, adapted, vocabulary));
      const before = pointsOf(answer);
      const after = pointsOf(adapted);
      points += before.length;
      before.forEach((p, i) => {
        if (JSON.stringify(p.citations) === JSON.stringify(after[i]?.citations)) sameCitations += 1;
      });
    }
    return {
      audience,
      answers: answered.length,
      fleschKincaid: { median: percentile(fk, 0.5), p90: percentile(fk, 0.9) },
      smog: { median: percentile(smog, 0.5), p90: percentile(smog, 0.9) },
      conceptsKept: round(kept.reduce((a, b) => a + b, 0) / Math.max(1, kept.length)),
      citationsKept: round(sameCitations / Math.max(1, points)),
      slowestMs: round(slowestMs),
    };
  });
}

/** The q-th quantile (0–1) of numbers, rounded for the report. */
export function percentile(values: readonly number[], q: number): number {
  return round(quantile(values, q));
}

/** A clinician answer whose points are one record's sentences in order, each citing that record with its verbatim sentence. */
export function answerOfSentences(pmid: string, sentences: readonly string[]): Answer {
  const point = (text: string): Point => ({ text, citations: [{ n: 1, pmid, quote: text }] });
  const [first, ...rest] = sentences;
  return {
    question: `What did PMID ${pmid} find?`,
    audience: 'physician',
    status: 'answered',
    verdict: 'uncertain',
    direct: first === undefined ? null : point(first),
    sections: rest.length === 0 ? [] : [{ kind: 'other', title: 'Findings', points: rest.map(point) }],
    references: [
      {
        n: 1,
        pmid,
        title: `PMID ${pmid}`,
        journal: '',
        year: null,
        publicationTypes: [],
        evidenceLevel: 'other',
        url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
      },
    ],
    evidenceSummary: 'Based on 1 study.',
    corpus: { articles: 1, snapshot: 'fixture' },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// Only the fields this measurement reads are checked; the rest of the answer contract passes through.
const pointSchema = z.object({
  text: z.string(),
  citations: z.array(z.object({ n: z.number(), pmid: z.string(), quote: z.string() })),
});
const answerLineSchema = z.looseObject({
  question: z.string(),
  audience: z.string(),
  direct: pointSchema.nullable(),
  sections: z.array(z.looseObject({ kind: z.string(), title: z.string(), points: z.array(pointSchema) })),
  references: z.array(z.looseObject({ n: z.number(), pmid: z.string(), title: z.string() })),
  evidenceSummary: z.string(),
});

/** Reads clinician answers, one answer-contract JSON object per line (as `clinq ask --batch --json` writes them). */
export function readAnswerLines(path: string): Answer[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = answerLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`audience: ${path} line ${i + 1} is not an answer: ${parsed.error.message}`);
      return parsed.data as unknown as Answer;
    });
}

const fixtureSchema = z.object({ records: z.array(z.object({ pmid: z.string(), sentences: z.array(z.string()) })) });

/** Clinician answers built from the committed fixture of real RESULTS and CONCLUSIONS sentences, one per record. */
export function fixtureAnswers(): Answer[] {
  const path = new URL('./fixtures/pubmed-results-conclusions.json', import.meta.url);
  const parsed = fixtureSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.records.map((r) => answerOfSentences(r.pmid, r.sentences));
}

// Usage: npx tsx src/audience/measure-audience.ts (PHYSICIAN_ANSWERS.jsonl | --fixture)
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: npx tsx src/audience/measure-audience.ts (physician-answers.jsonl | --fixture)');
    process.exit(2);
  }
  const vocabulary = await loadVocabulary();
  const answers = path === '--fixture' ? fixtureAnswers() : readAnswerLines(path);
  const reports = measureAudiences(answers, vocabulary);
  console.log('audience   answers  FK med  FK p90  SMOG med  SMOG p90  concepts  citations  slowest ms');
  for (const r of reports) {
    console.log(
      [
        r.audience.padEnd(10),
        String(r.answers).padStart(7),
        r.fleschKincaid.median.toFixed(1).padStart(7),
        r.fleschKincaid.p90.toFixed(1).padStart(7),
        r.smog.median.toFixed(1).padStart(9),
        r.smog.p90.toFixed(1).padStart(9),
        r.conceptsKept.toFixed(3).padStart(9),
        r.citationsKept.toFixed(3).padStart(10),
        r.slowestMs.toFixed(1).padStart(11),
      ].join(' '),
    );
  }
}
