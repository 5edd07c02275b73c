import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { plainArticle } from './fixtures/plain-article.js';
import { scorePassages } from './select-sentences.js';
import { surveysOptions } from './states-background.js';

// PMID 26702311 (The Yoga My Heart Study), as PubMed gives it.
const YOGA = plainArticle(
  '26702311',
  'The impact of yoga on atrial fibrillation: A review of The Yoga My Heart Study.',
  'Atrial fibrillation is a common arrhythmia affecting thousands of individuals worldwide. It is a conduction disorder that causes the heart to beat irregularly and rapidly. There are a few medical approaches to manage this costly health care burden: antiarrhythmics to maintain normal sinus rhythm, beta blockers to achieve rate control while allowing atrial fibrillation to persist, and electro-physiologic intervention for rate and rhythm control. These treatments can be costly and are not without side effects. Yoga, an intervention that is available to people worldwide, has shown some promise in combating this widespread heart disorder.',
);
const SURVEY = /^There are a few medical approaches/;

describe('surveysOptions', () => {
  it('reads a list of the usual means of care as such', () => {
    expect(surveysOptions('There are a few medical approaches to manage this costly health care burden: antiarrhythmics to maintain normal sinus rhythm, beta blockers to achieve rate control.')).toBe(true);
  });

  it('leaves a finding that names several options a finding', () => {
    expect(surveysOptions('Yoga, an intervention that is available to people worldwide, has shown some promise in combating this widespread heart disorder.')).toBe(false);
    expect(surveysOptions('There are no data to support the widespread practice of using central venous pressure to guide fluid therapy.')).toBe(false);
  });
});

describe('scorePassages on a list of the usual means of care', () => {
  it('reads it as background beside the study\'s own finding when the question asks about another means', () => {
    const scored = scorePassages(analyzeQuestion('Can yoga cure atrial fibrillation?'), [{ article: YOGA, score: 1 }]);
    expect(scored.find((p) => SURVEY.test(p.text))?.aim).toBe(true);
  });

  it('keeps it a finding when the question asks for the means of care', () => {
    const scored = scorePassages(analyzeQuestion('What are the treatment options for atrial fibrillation?'), [{ article: YOGA, score: 1 }]);
    expect(scored.find((p) => SURVEY.test(p.text))?.aim).toBe(false);
  });
});
