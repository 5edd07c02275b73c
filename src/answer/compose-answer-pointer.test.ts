import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

const corpus = { articles: 2, snapshot: 'fixtures' };

describe('composeAnswer lead opening with a pronoun', () => {
  it('leads with a near sentence that names its subject, not one whose "it" points to a sentence the reader does not see', async () => {
    const articles = [
      article(
        '1',
        'Metformin for weight control in adolescents with obesity: a randomized trial',
        'Metformin is widely used in adolescents with obesity. It lowered body mass index by 1.2 kg/m2 in adolescents with obesity over 12 months. Metformin lowered body mass index compared with placebo.',
      ),
    ];
    const answer = await composeAnswer('What is the effect of metformin on body mass index in adolescents with obesity?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toBe('Metformin lowered body mass index compared with placebo.');
  });

  it('keeps the pointing sentence when no near one names its subject', async () => {
    const articles = [
      article(
        '1',
        'Metformin for weight control in adolescents with obesity: a randomized trial',
        'Sixty adolescents with obesity were randomized to metformin or placebo for 12 months. Taken together, these findings show that metformin lowers body mass index in adolescents with obesity.',
      ),
    ];
    const answer = await composeAnswer('What is the effect of metformin on body mass index in adolescents with obesity?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/these findings show that metformin lowers/i);
  });
});
