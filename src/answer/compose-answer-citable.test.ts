import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

const article = plainArticle;

const inOrder = (articles: Article[]): FindEvidence => async () => articles.map((a, i) => ({ article: a, score: 1 - i / 20 }));
const corpus = { articles: 12, snapshot: 'test' };

describe('composeAnswer: which articles are cited', () => {
  it('takes distinction points only from the articles that give points, not from one ranked below them', async () => {
    // Eight articles on the question fill the citable articles; the ninth names a neighbour (bone lesions).
    const onTopic = Array.from({ length: 8 }, (_, i) =>
      article(`${i + 1}`, `Skin lesions in POEMS syndrome, series ${i + 1}`, `Sclerotic skin lesions in POEMS syndrome are found on the trunk in series ${i + 1}.`),
    );
    const ninth = article('9', 'Skin and bone in POEMS syndrome', 'Sclerotic bone lesions, unlike skin lesions, are found in most patients with POEMS syndrome.');
    const answer = await composeAnswer('Where are sclerotic skin lesions found in POEMS syndrome?', {
      findEvidence: inOrder([...onTopic, ninth]),
      corpus,
    });
    expect(answer.status).toBe('answered');
    expect(answer.references.map((r) => r.pmid)).not.toContain('9');
  });
});

describe('composeAnswer: one study giving the answer', () => {
  it('shows a finding its abstract states twice once among the points it adds', async () => {
    const dimer = article(
      '19683101',
      'Can D-dimer become a new diagnostic parameter for acute appendicitis?',
      'In this study, we investigated D-dimer serum level as a diagnostic parameter for acute appendicitis. Forty-nine patients were enrolled in the study. ' +
        'No statistically significant difference was determined regarding D-dimer levels between the histopathologic study groups (P>.05). ' +
        'Alvarado scores lower than 7 were found in 36.7% and 7 or higher in 63.3% of the patients. ' +
        'There was no statistically significant difference related with D-dimer levels between histopathologic study groups (P>.05). ' +
        'Increased D-dimer levels should not be considered as a diagnostic parameter in diagnosis of acute appendicitis.',
    );
    const answer = await composeAnswer('Is D-dimer useful for diagnosing appendicitis?', { findEvidence: inOrder([dimer]), corpus });
    expect(answer.status).toBe('answered');
    const quotes = answer.sections.flatMap((s) => s.points.flatMap((p) => p.citations.map((c) => c.quote)));
    expect(quotes.filter((q) => /statistically significant difference/.test(q))).toHaveLength(1);
  });
});
