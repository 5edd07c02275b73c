import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

const screening = plainArticle(
  '1',
  'Transferrin saturation in screening for hereditary hemochromatosis.',
  'Transferrin saturation was measured in 200 relatives of patients with hemochromatosis. ' +
    'Currently, the most useful role for this test is in the detection of hemochromatosis in the family members of patients with a proven case of the disease.',
);

describe('composeAnswer on a topic written in British spelling', () => {
  it('finds the topic the articles write in American spelling ("haemochromatosis", "hemochromatosis")', async () => {
    const answer = await composeAnswer('What blood tests are used to screen for haemochromatosis?', {
      findEvidence: fakeFindEvidence([screening]),
      corpus: { articles: 1, snapshot: 'fixtures' },
      // As over a real corpus: the word is a vocabulary name, and the corpus has only the American spelling.
      isNamedConcept: (word) => /^ha?emochromatosis$/.test(word),
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, 1] as const)),
    });
    expect(answer.evidenceSummary).not.toMatch(/mentions haemochromatosis/);
    expect(answer.status).toBe('answered');
  });
});
