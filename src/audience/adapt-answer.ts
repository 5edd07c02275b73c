import type { Answer, Audience, Point } from '../domain/index.js';
import { caregiverText } from './caregiver-text.js';
import { plainRefusal } from './plain-refusal.js';
import { plainSectionTitle } from './section-titles.js';
import { createRewriteContext, plainText, studentText, type RewriteContext } from './rewrite-text.js';
import type { Vocabulary } from './vocabulary.js';

/** Adapts an answer's wording to its reader; citations, references, status and verdict never change. */
export function adaptAnswer(answer: Answer, audience: Audience, vocabulary: Vocabulary): Answer {
  // Clinicians read the source wording: only the audience label changes.
  if (audience === 'physician' || audience === 'nurse') return { ...answer, audience };

  const context = createRewriteContext(vocabulary, textsOf(answer), readTextsOf(answer));
  const rewrite =
    audience === 'student'
      ? (text: string) => studentText(text, context)
      : audience === 'caregiver'
        ? (text: string) => caregiverText(plainText(text, context))
        : (text: string) => plainText(text, context);
  const adaptPoint = (point: Point): Point => ({ ...point, text: rewrite(point.text) });

  const direct = answer.direct ? adaptPoint(answer.direct) : null;
  const sections = answer.sections.map((section) => ({
    ...section,
    title: plainSectionTitle(section.kind, audience) ?? section.title,
    points: section.points.map(adaptPoint),
  }));
  return {
    ...answer,
    audience,
    direct,
    sections,
    evidenceSummary:
      audience === 'student'
        ? answer.evidenceSummary
        : // A lay reader of a refusal is told what was looked for, how to ask again and whom to ask instead.
          answer.status === 'insufficient_evidence'
          ? plainRefusal(answer.evidenceSummary, audience, (text) => plainSummary(text, context))
          : plainSummary(answer.evidenceSummary, context),
  };
}

function plainSummary(summary: string, context: RewriteContext): string {
  return plainText(summary, context, { explain: false });
}

// The texts a reader of the adapted answer sees: its points and the evidence summary.
function readTextsOf(answer: Answer): string[] {
  const points = [...(answer.direct ? [answer.direct] : []), ...answer.sections.flatMap((s) => s.points)];
  return [...points.map((p) => p.text), answer.evidenceSummary];
}

function textsOf(answer: Answer): string[] {
  const points = [...(answer.direct ? [answer.direct] : []), ...answer.sections.flatMap((s) => s.points)];
  return [
    ...points.map((p) => p.text),
    ...points.flatMap((p) => p.citations.map((c) => c.quote)),
    ...answer.references.map((r) => r.title),
  ];
}
