import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

const article = plainArticle;

describe('composeAnswer direct answer', () => {
  it('answers a treatment question with a sentence about treatment, even one that abbreviates the name', async () => {
    const articles = [
      article('1', 'Helicobacter pylori and gastric cancer', 'Colonization of the human stomach by Helicobacter pylori infection and its role in gastric cancer is a complex relationship of human cells and microbes. These microbes shape the human stomach.'),
      article('2', 'Eradication in primary care', 'Patients were treated with eradication therapy for H pylori infection in primary care. The eradication was underused in these patients.'),
    ];
    const answer = await composeAnswer('How is Helicobacter pylori infection treated?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.direct?.text).toMatch(/eradication/i);
  });
});

describe('composeAnswer verdict on evidence about something else', () => {
  it('stays uncertain when the deciding article speaks of only one of the question\'s subjects', async () => {
    const articles = [
      article('1', 'Skin conditions in inflammatory bowel disease', 'Several skin conditions such as erythema nodosum and Sweet syndrome occur in Crohn disease. Sweet syndrome responds to steroids.'),
    ];
    const answer = await composeAnswer('Can diabetics eat sweets?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    if (answer.status === 'answered') expect(answer.verdict).toBe('uncertain');
  });

  it('still decides when the article speaks of the subjects together', async () => {
    const articles = [
      article('2', 'Sweets in diabetes', 'People with diabetes can eat sweets in small amounts as part of a healthy diet. Diabetics who ate sweets kept good glucose control.'),
    ];
    const answer = await composeAnswer('Can diabetics eat sweets?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.status).toBe('answered');
    expect(answer.verdict).toBe('yes');
  });
});
