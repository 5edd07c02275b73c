import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

const diabetes = plainArticle('1', 'Diabetes mellitus', 'Diabetes mellitus is a chronic disease of raised blood glucose. Diabetes is treated with insulin.');
const ask = (question: string) =>
  composeAnswer(question, { findEvidence: fakeFindEvidence([diabetes]), corpus: { articles: 1, snapshot: 'fixtures' } });

describe('composeAnswer on a question in a script clinq cannot read', () => {
  it('says a question with no Latin letters is not read, and asks for it in English, instead of "no article mentions 糖尿病とは"', async () => {
    const answer = await ask('糖尿病とは?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.direct).toBeNull();
    expect(answer.evidenceSummary).toBe(
      'The question has no Latin letters; clinq answers from English abstracts and reads questions in English only, so ask it again in English.',
    );
  });

  it('still reads a question with English words beside another script', async () => {
    const answer = await ask('What is diabetes (糖尿病)?');
    expect(answer.evidenceSummary).not.toContain('Latin letters');
  });
});
