import { z } from 'zod';
import { ClinqError, pointsOf, type Answer, type Point } from '../../domain/index.js';
import { composeAnswer, type ComposeOptions } from '../compose-answer.js';
import { contentTerms, mentions, stemSet } from '../content-terms.js';
import { splitSentences } from '../split-passages.js';
import type { AnswerModel, ChatMessage } from './answer-model.js';
import { fidelityProblem, plainLanguageProblem, type PlainLanguageChecks } from './fidelity-problem.js';

/** Why a generated sentence was not used. */
export type Fallback = { point: number; sentence: string; reason: string };

/** Options of the grounding check and rewrite. */
export type RewriteOptions = {
  model: AnswerModel;
  /** Share of a generated sentence's content words that must appear in its cited quotes. */
  minOverlap?: number;
  /** Told about every point that kept its extractive text, and why. */
  onFallback?: (fallback: Fallback) => void;
  /** For patients and caregivers: a rewrite must keep the point's concepts and read no harder than the extractive text. */
  plainLanguage?: PlainLanguageChecks;
};

const ModelReply = z.string();

const NUMBER = /\d+(?:[.,]\d+)?/g;

/** Why a generated sentence is not supported by the quotes it cites, or null when it is. */
export function groundingProblem(sentence: string, quotes: readonly string[], minOverlap = 0.7): string | null {
  const source = quotes.join(' ');
  const missingNumbers = (sentence.match(NUMBER) ?? []).filter((n) => !source.includes(n));
  if (missingNumbers.length) return `numbers not in the cited quotes: ${missingNumbers.join(', ')}`;
  const stems = stemSet(source);
  const words = contentTerms(sentence);
  if (!words.length) return 'no content words';
  const supported = words.filter((w) => mentions(stems, w.stem)).length / words.length;
  if (supported < minOverlap) return `only ${Math.round(supported * 100)}% of its content words are in the cited quotes`;
  return null;
}

const LAY_READERS: readonly string[] = ['patient', 'caregiver'];

function instructionsFor(audience: Answer['audience']): string {
  const format =
    "End each sentence with the point's citation markers, e.g. [1]. Reply with one line per point, in the form `P<k>: <text>`.";
  if (LAY_READERS.includes(audience)) {
    const reader = audience === 'caregiver' ? 'someone caring for a patient' : 'a patient';
    return (
      `You rewrite the points of an evidence-based answer for ${reader}, in plain language at a US grade 6-8 reading ` +
      'level: short sentences, everyday words. Use only facts stated in each point and its quotes; add nothing. Keep ' +
      'every number exactly as written, every negation (not, no, without), every hedge (may, might, suggests), and ' +
      'every medical term or its plain equivalent. ' +
      format
    );
  }
  return (
    `You rewrite the points of an evidence-based answer for a ${audience}. Use only facts stated in each ` +
    'point and its quotes; keep every number exactly as written, and every negation and hedge; add nothing. ' +
    format
  );
}

function promptFor(answer: Answer, points: Point[]): ChatMessage[] {
  const lines = points.flatMap((point, i) => [
    `P${i + 1} ${point.citations.map((c) => `[${c.n}]`).join('')}: ${point.text}`,
    ...point.citations.map((c) => `  quote [${c.n}]: ${c.quote}`),
  ]);
  return [
    { role: 'system', content: instructionsFor(answer.audience) },
    { role: 'user', content: `Question: ${answer.question}\n\n${lines.join('\n')}` },
  ];
}

function parseReply(reply: string): Map<number, string> {
  const byPoint = new Map<number, string>();
  for (const m of reply.matchAll(/^\s*P(\d+)\s*[:.)-]\s*(.+)$/gm)) byPoint.set(Number(m[1]), (m[2] as string).trim());
  return byPoint;
}

// Models often write the markers after the full stop ("... controls. [1]"); such a marker belongs to the sentence before it.
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const sentence of splitSentences(text)) {
    const last = sentences.length - 1;
    if (last >= 0 && /^(?:\s*\[\d+\])+[\s.]*$/.test(sentence)) sentences[last] = `${sentences[last]} ${sentence.trim()}`;
    else sentences.push(sentence);
  }
  return sentences;
}

type PointCheck = { minOverlap: number; plainLanguage?: PlainLanguageChecks; report: (f: Fallback) => void };

// Keeps a generated text only when every sentence cites the point's own references and is grounded in them (or in
// the point's extractive text, which the audience stage derived from them), and the whole says what the point says.
function checkedText(point: Point, generated: string | undefined, index: number, check: PointCheck): string {
  const fallBack = (sentence: string, reason: string) => {
    check.report({ point: index, sentence, reason });
    return point.text;
  };
  if (!generated) return fallBack('', 'the model gave no text for this point');
  const kept: string[] = [];
  for (const sentence of sentencesOf(generated)) {
    const cited = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const own = point.citations.map((c) => c.n);
    const foreign = cited.filter((n) => !own.includes(n));
    const quotes = point.citations.filter((c) => !cited.length || cited.includes(c.n)).map((c) => c.quote);
    const reason = foreign.length
      ? `cites [${foreign.join('], [')}], which this point does not`
      : groundingProblem(sentence.replace(/\s*\[\d+\]/g, ''), [...quotes, point.text], check.minOverlap);
    if (reason) return fallBack(sentence, reason);
    kept.push(sentence.replace(/\s*\[\d+\]/g, '').trim());
  }
  const text = kept.join(' ');
  if (!text) return fallBack(generated, 'the model gave no text for this point');
  const reason =
    fidelityProblem(point.text, text) ?? (check.plainLanguage ? plainLanguageProblem(check.plainLanguage, index, point.text, text) : null);
  return reason ? fallBack(text, reason) : text;
}

/** Asks the model to reword each point of an answer, keeping a rewrite only where it is grounded in the cited quotes. */
export async function rewritePoints(answer: Answer, options: RewriteOptions): Promise<Answer> {
  if (answer.status !== 'answered') return answer;
  const { model, minOverlap = 0.7, onFallback = () => {}, plainLanguage } = options;
  const points = pointsOf(answer);
  let reply: string;
  try {
    reply = ModelReply.parse(await model.complete(promptFor(answer, points)));
  } catch (error) {
    // Fail soft: the extractive answer is complete and verified; the model only polishes wording.
    const reason = error instanceof ClinqError ? error.message : `model reply unusable: ${String(error)}`;
    onFallback({ point: 0, sentence: '', reason });
    return answer;
  }
  const generated = parseReply(reply);
  const check: PointCheck = { minOverlap, plainLanguage, report: onFallback };
  const texts = points.map((p, i) => checkedText(p, generated.get(i + 1), i + 1, check));
  let k = 0;
  const next = (p: Point): Point => ({ ...p, text: texts[k++] ?? p.text });
  return {
    ...answer,
    direct: answer.direct ? next(answer.direct) : null,
    sections: answer.sections.map((s) => ({ ...s, points: s.points.map(next) })),
  };
}

/** composeAnswer, then the model's grounded rewording of each point (extractive text wherever a rewrite fails). */
export async function composeGenerativeAnswer(
  question: string,
  options: ComposeOptions & RewriteOptions,
): Promise<Answer> {
  return rewritePoints(await composeAnswer(question, options), options);
}
