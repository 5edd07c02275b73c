import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { allFixtureArticles } from './fixtures/articles.js';
import { isAimOrMethod, scorePassages } from './select-sentences.js';

describe('isAimOrMethod', () => {
  it('recognises sentences that announce an aim or a method', () => {
    expect(isAimOrMethod('To analyze prevalence and risk factors for retinopathy in preterm infants.')).toBe(true);
    expect(isAimOrMethod('We screened eight kindreds for mutations in the gene.')).toBe(true);
    expect(isAimOrMethod('In this study, we investigated the role of CADM1 in MDS.')).toBe(true);
    expect(isAimOrMethod('A total of 120 patients were enrolled.')).toBe(true);
    expect(isAimOrMethod('The aim of this study was to assess outcomes.')).toBe(true);
  });

  it('leaves findings alone', () => {
    expect(isAimOrMethod('We found that low birth weight was a risk factor for retinopathy.')).toBe(false);
    expect(isAimOrMethod('Low birth weight was the main risk factor for retinopathy.')).toBe(false);
  });
});

describe('scorePassages', () => {
  const article: Article = {
    ...(allFixtureArticles[0] as Article),
    pmid: '5',
    title: 'Is low birth weight a risk factor for retinopathy of prematurity?',
    abstract:
      'To analyze prevalence and risk factors for retinopathy of prematurity in low birth weight infants. Low birth weight was the strongest risk factor for retinopathy of prematurity.',
    abstractSections: [],
  };

  it('ranks a finding above an aim that covers the question as well', () => {
    const scored = scorePassages(analyzeQuestion('What are the risk factors for retinopathy of prematurity?'), [{ article, score: 1 }]);
    expect(scored[0]?.text).toMatch(/^Low birth weight was the strongest/);
    expect(scored.find((p) => p.text.startsWith('To analyze'))?.aim).toBe(true);
  });

  it('never quotes a title that is a question', async () => {
    const answer = await composeAnswer('Is low birth weight a risk factor for retinopathy of prematurity?', {
      findEvidence: async () => [{ article, score: 1 }],
      corpus: { articles: 1, snapshot: 't' },
    });
    expect(answer.direct?.citations[0]?.quote).toMatch(/^Low birth weight was the strongest/);
    expect(answer.verdict).toBe('yes');
  });
});
