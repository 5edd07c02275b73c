import { describe, expect, it } from 'vitest';
import { ClinqError } from '../../domain/index.js';
import { composeAnswer } from '../compose-answer.js';
import { allFixtureArticles } from '../fixtures/articles.js';
import { fakeFindEvidence } from '../fixtures/fake-find-evidence.js';
import { pointsOf, verifyAnswer } from '../verify-answer.js';
import { composeGenerativeAnswer, groundingProblem, type Fallback } from './compose-generative-answer.js';
import { createFakeModel } from './fake-model.js';

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
      messages[1]!.content.includes('P1 [1]: Colonoscopy does not affect')
        ? 'P1: Colonoscopy does not affect management of acute diverticulitis nor alter the outcome [1].'
        : '',
    );
    const extractive = await composeAnswer(question, base);
    const answer = await composeGenerativeAnswer(question, { ...base, model });
    expect(answer.direct?.text).toBe('Colonoscopy does not affect management of acute diverticulitis nor alter the outcome.');
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
