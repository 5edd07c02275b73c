import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

const article = plainArticle;

// Each named topic of the question must appear as a word in an article found; these ask in other forms of the word.
const ask = (question: string, articles: Article[], named: string) =>
  composeAnswer(question, {
    findEvidence: fakeFindEvidence(articles),
    corpus: { articles: articles.length, snapshot: 'fixtures' },
    documentFrequencies: async (wanted) => new Map(wanted.map((s) => [s, 1])),
    isNamedConcept: (word) => word === named,
  });

describe('composeAnswer on a named topic written another way in the evidence', () => {
  it('accepts the singular for a plural ("mucins" and "mucin")', async () => {
    const mucin = article('1', 'Mucin glycosylation', 'Mucin is a heavily glycosylated protein of the epithelium. Mucin glycosylation changes in cancer.');
    expect((await ask('Are mucins glycosylated proteins?', [mucin], 'mucins')).status).toBe('answered');
  });

  it('accepts another ending ("pregnancy" and "pregnant") and a British spelling ("immunization" and "immunisation")', async () => {
    const zika = article('2', 'Zika vaccines', 'No Zika vaccine is approved for pregnant women. Zika virus infection in pregnant women harms the fetus.');
    expect((await ask('Is there an approved Zika vaccine for pregnancy?', [zika], 'pregnancy')).status).toBe('answered');
    const rabies = article('3', 'Rabies immunisation', 'Rabies immunisation after exposure prevents a lethal disease. Rabies is lethal without immunisation.');
    expect((await ask('Is rabies lethal without immunization?', [rabies], 'immunization')).status).toBe('answered');
  });

  it('still refuses when the named topic is absent', async () => {
    const other = article('4', 'Mucin glycosylation', 'Mucin is a heavily glycosylated protein of the epithelium. Mucin glycosylation changes in cancer.');
    const answer = await ask('Are mucins glycosylated in appendicitis?', [other], 'appendicitis');
    expect(answer.status).toBe('insufficient_evidence');
  });
});
