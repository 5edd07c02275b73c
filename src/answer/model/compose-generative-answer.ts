import { z } from 'zod';
import { ClinqError, type Answer, type Point } from '../../domain/index.js';
import { composeAnswer, type ComposeOptions } from '../compose-answer.js';
import { contentTerms, mentions, stemSet } from '../content-terms.js';
import { splitSentences } from '../split-passages.js';
import { pointsOf } from '../verify-answer.js';
import type { AnswerModel, ChatMessage } from './answer-model.js';

/** Why a generated sentence was not used. */
export type Fallback = { point: number; sentence: string; reason: string };

/** Options of the grounding check and rewrite. */
export type RewriteOptions = {
  model: AnswerModel;
  /** Share of a generated sentence's content words that must appear in its cited quotes. */
  minOverlap?: number;
  /** Told about every point that kept its extractive text, and why. */
  onFallback?: (fallback: Fallback) => void;
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

function promptFor(answer: Answer, points: Point[]): ChatMessage[] {
  const lines = points.flatMap((point, i) => [
    `P${i + 1} ${point.citations.map((c) => `[${c.n}]`).join('')}: ${point.text}`,
    ...point.citations.map((c) => `  quote [${c.n}]: ${c.quote}`),
  ]);
  return [
    {
      role: 'system',
      content:
        `You rewrite the points of an evidence-based answer for a ${answer.audience}. Use only facts stated in each ` +
        'point and its quotes; keep every number exactly as written; add nothing. End each sentence with the ' +
        "point's citation markers, e.g. [1]. Reply with one line per point, in the form `P<k>: <text>`.",
    },
    { role: 'user', content: `Question: ${answer.question}\n\n${lines.join('\n')}` },
  ];
}

function parseReply(reply: string): Map<number, string> {
  const byPoint = new Map<number, string>();
  for (const m of reply.matchAll(/^\s*P(\d+)\s*[:.)-]\s*(.+)$/gm)) byPoint.set(Number(m[1]), (m[2] as string).trim());
  return byPoint;
}

// Keeps a generated text only when every sentence cites the point's own references and is grounded in them.
function checkedText(point: Point, generated: string | undefined, index: number, minOverlap: number, report: (f: Fallback) => void): string {
  if (!generated) {
    report({ point: index, sentence: '', reason: 'the model gave no text for this point' });
    return point.text;
  }
  const kept: string[] = [];
  for (const sentence of splitSentences(generated)) {
    const cited = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const own = point.citations.map((c) => c.n);
    const foreign = cited.filter((n) => !own.includes(n));
    const reason = foreign.length
      ? `cites [${foreign.join('], [')}], which this point does not`
      : groundingProblem(
          sentence.replace(/\s*\[\d+\]/g, ''),
          point.citations.filter((c) => !cited.length || cited.includes(c.n)).map((c) => c.quote),
          minOverlap,
        );
    if (reason) {
      report({ point: index, sentence, reason });
      return point.text;
    }
    kept.push(sentence.replace(/\s*\[\d+\]/g, '').trim());
  }
  return kept.join(' ') || point.text;
}

/** Asks the model to reword each point of an answer, keeping a rewrite only where it is grounded in the cited quotes. */
export async function rewritePoints(answer: Answer, options: RewriteOptions): Promise<Answer> {
  if (answer.status !== 'answered') return answer;
  const { model, minOverlap = 0.7, onFallback = () => {} } = options;
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
  const texts = points.map((p, i) => checkedText(p, generated.get(i + 1), i + 1, minOverlap, onFallback));
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
