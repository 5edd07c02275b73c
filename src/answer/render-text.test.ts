import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { allFixtureArticles } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { renderAnswerText } from './render-text.js';

const corpus = { articles: 14, snapshot: 'fixtures' };

describe('renderAnswerText', () => {
  it('shows the question, verdict, direct answer, sections with [n] markers, evidence and references', async () => {
    const answer = await composeAnswer('Does a colonoscopy after acute diverticulitis affect its management?', {
      findEvidence: fakeFindEvidence(allFixtureArticles),
      corpus,
    });
    const text = renderAnswerText(answer);
    expect(text).toMatch(/^Q: Does a colonoscopy/);
    expect(text).toContain('Verdict: no');
    expect(text).toContain('[1]');
    for (const s of answer.sections) expect(text).toContain(s.title);
    expect(text).toContain(`Evidence: ${answer.evidenceSummary}`);
    expect(text).toContain('https://pubmed.ncbi.nlm.nih.gov/22186742/');
  });

  it('says plainly when the evidence is insufficient', async () => {
    const answer = await composeAnswer('What is the treatment of cardiac sarcoidosis?', { findEvidence: async () => [], corpus });
    expect(renderAnswerText(answer)).toContain('Insufficient evidence.');
  });
});
