import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { stemSet } from './content-terms.js';
import { insulinType2, panRemission, vitaminDTCells, vitaminKBone } from './fixtures/hand-question-articles.js';

const inOrder = (articles: Article[]): FindEvidence => async () => articles.map((article, i) => ({ article, score: 1 - i / 10 }));
const corpus = { articles: 1896, snapshot: 'test' };
// Document counts of clinq's shipped corpus of 1,896 records, from the stems of the given articles otherwise.
const countsIn = (articles: Article[], known: Record<string, number>) => async (stems: readonly string[]) =>
  new Map(stems.map((s) => [s, known[s] ?? articles.filter((a) => stemSet(`${a.title} ${a.abstract}`).has(s)).length * 20]));

describe('composeAnswer on a qualified name the articles found never write', () => {
  it('refuses "intermittent fasting" when the articles found speak only of fasting glucose', async () => {
    const answer = await composeAnswer('Does intermittent fasting help people with type 2 diabetes lose weight?', {
      findEvidence: inOrder([insulinType2]),
      corpus,
      documentFrequencies: countsIn([insulinType2], { intermitt: 2 }),
      isNamedConcept: (word) => ['fasting', 'diabetes', 'type 2 diabetes', 'weight', 'weight loss'].includes(word),
      englishLevel: (word) => ({ intermittent: 20, help: 10, people: 10, lose: 10, weight: 20, type: 10 })[word],
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('intermittent fasting');
  });
});

describe('composeAnswer on everyday wording', () => {
  it('takes "go away on its own" as the reader\'s wording, not a subject the article must name', async () => {
    const answer = await composeAnswer('Can polyarteritis nodosa go away on its own?', {
      findEvidence: inOrder([panRemission]),
      corpus,
      documentFrequencies: countsIn([panRemission], { polyarter: 1, nodosa: 1, awai: 400 }),
      isNamedConcept: (word) => ['polyarteritis', 'polyarteritis nodosa'].includes(word),
      englishLevel: (word) => ({ go: 10, away: 10, own: 10 })[word],
    });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('28177278');
  });
});


describe('composeAnswer on a qualified name', () => {
  it('does not answer a question on vitamin D from a review of vitamin K', async () => {
    const articles = [vitaminDTCells, vitaminKBone];
    const answer = await composeAnswer('Does vitamin D supplementation prevent fractures in older people?', {
      findEvidence: inOrder(articles),
      corpus,
      documentFrequencies: countsIn(articles, {}),
      isNamedConcept: (word) => ['vitamin d', 'vitamin', 'fractures', 'supplementation'].includes(word),
      englishLevel: (word) => ({ older: 10, people: 10, prevent: 20 })[word],
    });
    expect(answer.references.map((r) => r.pmid)).not.toContain('24597993');
  });
});
