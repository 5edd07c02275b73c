import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

const ask = (question: string, articles: ReturnType<typeof article>[]) =>
  composeAnswer(question, { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });

describe('composeAnswer direct answer to a question asking for a thing', () => {
  it('opens with the sentence saying what the given drug is when that names the thing asked', async () => {
    const answer = await ask('Which mutation is targeted by sotorasib?', [
      article('1', 'Sotorasib in solid tumors', 'Sotorasib showed encouraging anticancer activity in patients with heavily pretreated advanced solid tumors harboring the KRAS p.G12C mutation in the CodeBreaK trial. Responses to sotorasib were durable in most patients.'),
      article('2', 'Sotorasib chemistry', 'Sotorasib is a small molecule that selectively and irreversibly targets KRASG12C. Its mutation selectivity was shown in cells.'),
    ]);
    expect(answer.direct?.text).toMatch(/is a small molecule that selectively/);
  });

  it('opens with a sentence giving the age asked for, not one relating the subjects without it', async () => {
    const answer = await ask('From what age is it recommended to start screening for colorectal cancer?', [
      article('1', 'Estimating the screening population', 'Here, we provide methodology to estimate the screening-eligible population, including those impacted by a lowered colorectal cancer screening start age recommended by guidelines.'),
      article('2', 'New colorectal cancer screening guidance', 'The task force recently issued an updated recommendation for colorectal cancer screening starting at age 45 in average-risk adults.'),
    ]);
    expect(answer.direct?.text).toMatch(/age 45/);
  });
});
