import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

const dbs = plainArticle(
  '1',
  'Deep brain stimulation of the subthalamic nucleus in advanced Parkinson disease.',
  'Deep brain stimulation of the subthalamic nucleus is used in advanced Parkinson disease. ' +
    'Forty patients with advanced Parkinson disease were followed for one year after surgery. ' +
    'Motor scores improved by 31.5% after deep brain stimulation of the subthalamic nucleus (P<0.001).',
);

describe('composeAnswer on a question a reader asks for a relative', () => {
  it('counts the relative ("my dad") as no subject the evidence must name', async () => {
    const question = "My dad has Parkinson's disease. How much does deep brain stimulation of the subthalamic nucleus help?";
    // As over a real corpus: every word is a vocabulary name, and "dad" is in no article.
    const documentFrequencies = async (stems: readonly string[]) => new Map(stems.map((s) => [s, s === 'dad' ? 0 : 1] as const));
    const answer = await composeAnswer(question, {
      findEvidence: fakeFindEvidence([dbs]),
      corpus: { articles: 1, snapshot: 'fixtures' },
      documentFrequencies,
      isNamedConcept: () => true,
    });
    expect(answer.evidenceSummary).not.toMatch(/\bdad\b/);
    expect(answer.status).toBe('answered');
  });
});
