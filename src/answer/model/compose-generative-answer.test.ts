import { describe, expect, it } from 'vitest';
import { ClinqError, pointsOf } from '../../domain/index.js';
import { composeAnswer } from '../compose-answer.js';
import { allFixtureArticles } from '../fixtures/articles.js';
import { fakeFindEvidence } from '../fixtures/fake-find-evidence.js';
import { verifyAnswer } from '../verify-answer.js';
import { composeGenerativeAnswer, groundingProblem, rewritePoints, type Fallback } from './compose-generative-answer.js';
import type { PlainLanguageChecks } from './fidelity-problem.js';
import { createFakeModel, type FakeModel } from './fake-model.js';
import type { Answer } from '../../domain/index.js';

const question = 'Does a colonoscopy after acute diverticulitis affect its management?';
const base = { findEvidence: fakeFindEvidence(allFixtureArticles), corpus: { articles: 14, snapshot: 'fixtures' } };
const byPmid = new Map(allFixtureArticles.map((a) => [a.pmid, a]));

describe('groundingProblem', () => {
  const quote = 'Colonoscopy does not affect the management of patients with acute diverticulitis nor alter the outcome.';

  it("accepts a rewording made of the quote's words", () => {
    expect(groundingProblem('Colonoscopy does not alter management or outcome of acute diverticulitis.', [quote])).toBeNull();
  });

  it('rejects numbers that the quote does not contain', () => {
    expect(groundingProblem('Colonoscopy changed management in 12% of patients.', [quote])).toMatch(/numbers/);
  });

  it('rejects a sentence whose content words are mostly not in the quote', () => {
    expect(groundingProblem('Antibiotics cure diverticulitis faster than surgery.', [quote])).toMatch(/content words/);
  });
});

describe('composeGenerativeAnswer', () => {
  it("uses the model's grounded rewording and keeps every citation", async () => {
    const model = createFakeModel((messages) =>
      messages[1]!.content.includes('P1 [1]: Our results suggest that colonoscopy does not affect')
        ? 'P1: Our results suggest that colonoscopy does not affect management of acute diverticulitis nor alter the outcome [1].'
        : '',
    );
    const extractive = await composeAnswer(question, base);
    const answer = await composeGenerativeAnswer(question, { ...base, model });
    expect(answer.direct?.text).toBe('Our results suggest that colonoscopy does not affect management of acute diverticulitis nor alter the outcome.');
    expect(answer.direct?.citations).toEqual(extractive.direct?.citations);
    expect(verifyAnswer(answer, byPmid).ok).toBe(true);
  });

  it('falls back to the extractive text for a point whose rewrite adds unsupported facts', async () => {
    const fallbacks: Fallback[] = [];
    const model = createFakeModel(() => 'P1: Colonoscopy changed the management in 37% of patients [1].');
    const extractive = await composeAnswer(question, base);
    const answer = await composeGenerativeAnswer(question, { ...base, model, onFallback: (f) => fallbacks.push(f) });
    expect(answer.direct?.text).toBe(extractive.direct?.text);
    expect(fallbacks[0]).toMatchObject({ point: 1, reason: expect.stringMatching(/numbers/) });
  });

  it('falls back when a rewrite cites a reference its point does not cite', async () => {
    const model = createFakeModel(() => 'P1: Colonoscopy does not affect the management of acute diverticulitis [7].');
    const extractive = await composeAnswer(question, base);
    const answer = await composeGenerativeAnswer(question, { ...base, model });
    expect(answer.direct?.text).toBe(extractive.direct?.text);
  });

  it('keeps the extractive answer when the model fails', async () => {
    const fallbacks: Fallback[] = [];
    const model = createFakeModel(() => {
      throw new ClinqError('model_error', 'model: fake: HTTP 500');
    });
    const extractive = await composeAnswer(question, base);
    const answer = await composeGenerativeAnswer(question, { ...base, model, onFallback: (f) => fallbacks.push(f) });
    expect(answer).toEqual(extractive);
    expect(fallbacks[0]?.reason).toContain('HTTP 500');
  });

  it('asks the model once, with every point and its quotes, and echoes come back unchanged', async () => {
    const model = createFakeModel();
    const extractive = await composeAnswer(question, base);
    const answer = await composeGenerativeAnswer(question, { ...base, model });
    expect(model.calls).toHaveLength(1);
    for (const point of pointsOf(extractive)) expect(model.calls[0]![1]!.content).toContain(point.citations[0]!.quote);
    expect(pointsOf(answer).map((p) => p.text)).toEqual(pointsOf(extractive).map((p) => p.text));
  });

  it('leaves an insufficient-evidence answer alone without calling the model', async () => {
    const model = createFakeModel();
    const answer = await composeGenerativeAnswer('What is the treatment of cardiac sarcoidosis?', { ...base, model });
    expect(answer.status).toBe('insufficient_evidence');
    expect(model.calls).toHaveLength(0);
  });
});

describe('rewritePoints', () => {
  const reply = (text: string) => createFakeModel(() => text);
  // Stand-ins for the audience stage: grade = words per sentence; the concept is "diverticulitis".
  const plainLanguage: PlainLanguageChecks = {
    grade: (text) => text.split(/\s+/).length / Math.max(1, text.split(/[.!?]/).filter((s) => s.trim()).length),
    conceptsKept: (_point, text) => (text.includes('diverticulitis') ? 1 : 0),
  };
  async function forPatient(): Promise<Answer> {
    return { ...(await composeAnswer(question, base)), audience: 'patient' };
  }
  async function rewrite(answer: Answer, model: FakeModel, withChecks = true) {
    const fallbacks: Fallback[] = [];
    const rewritten = await rewritePoints(answer, { model, onFallback: (f) => fallbacks.push(f), ...(withChecks ? { plainLanguage } : {}) });
    return { text: rewritten.direct?.text, fallbacks, rewritten };
  }

  it('asks for plain language at grade 6-8 that keeps numbers, negations, hedges and terms when the reader is a patient', async () => {
    const model = createFakeModel();
    await rewritePoints(await forPatient(), { model });
    expect(model.calls[0]![0]!.content).toMatch(/grade 6-8 reading level: short sentences/);
    expect(model.calls[0]![0]!.content).toMatch(/every number exactly as written, every negation .* every hedge .* every medical term or its plain equivalent/);
    const clinician = createFakeModel();
    await rewritePoints(await composeAnswer(question, base), { model: clinician });
    expect(clinician.calls[0]![0]!.content).not.toMatch(/grade 6-8/);
  });

  it('accepts a shorter plain rewrite that keeps the negation and the concept, with markers after the full stop', async () => {
    const answer = await forPatient();
    const { text, fallbacks, rewritten } = await rewrite(
      answer,
      reply('P1: Our results suggest that colonoscopy does not affect the care of acute diverticulitis. It does not alter the outcome. [1]'),
    );
    expect(text).toBe('Our results suggest that colonoscopy does not affect the care of acute diverticulitis. It does not alter the outcome.');
    expect(fallbacks.filter((f) => f.point === 1)).toEqual([]);
    expect(rewritten.direct?.citations).toEqual(answer.direct?.citations);
    expect(verifyAnswer(rewritten, byPmid).ok).toBe(true);
  });

  it("keeps the extractive text when the rewrite drops the point's negation", async () => {
    const answer = await forPatient();
    const { text, fallbacks } = await rewrite(answer, reply('P1: Colonoscopy affects the management of acute diverticulitis [1].'));
    expect(text).toBe(answer.direct?.text);
    expect(fallbacks[0]).toMatchObject({ point: 1, reason: "drops the point's negation" });
  });

  it('keeps the extractive text when the rewrite drops a number of the point', async () => {
    const extractive = await forPatient();
    const answer = { ...extractive, direct: { ...extractive.direct!, text: 'Colonoscopy did not affect management in 120 patients with acute diverticulitis.' } };
    const { text, fallbacks } = await rewrite(answer, reply('P1: Colonoscopy did not affect management in patients with acute diverticulitis [1].'));
    expect(text).toBe(answer.direct.text);
    expect(fallbacks[0]?.reason).toBe('drops numbers of the point: 120');
  });

  it("keeps the extractive text when a patient rewrite loses the point's medical concept", async () => {
    const answer = await forPatient();
    const { text, fallbacks } = await rewrite(answer, reply('P1: Our results suggest that colonoscopy does not affect the management of this illness nor alter the outcome [1].'));
    expect(text).toBe(answer.direct?.text);
    expect(fallbacks[0]?.reason).toMatch(/names 0% of the point's medical concepts; the extractive text names 100%/);
  });

  it('keeps the extractive text when a patient rewrite reads at a higher grade', async () => {
    const answer = await forPatient();
    const { text, fallbacks } = await rewrite(
      answer,
      reply('P1: Our results suggest that colonoscopy does not affect the management of patients with acute diverticulitis nor alter the outcome of patients with acute diverticulitis [1].'),
    );
    expect(text).toBe(answer.direct?.text);
    expect(fallbacks[0]?.reason).toMatch(/reading grade 24\.0 is above the extractive text's \d+\.\d/);
  });

  it('does not judge reading grade or concepts for other readers', async () => {
    const answer = await composeAnswer(question, base);
    const { text } = await rewrite(answer, reply('P1: Our results suggest that colonoscopy does not affect the management of this illness nor alter the outcome [1].'), false);
    expect(text).toBe('Our results suggest that colonoscopy does not affect the management of this illness nor alter the outcome.');
  });
});
