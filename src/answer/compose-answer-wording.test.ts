import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { breastCancerDelay, liverWaitingList, waitingSearchRest } from './fixtures/hand-question-articles.js';

// SCOWL sizes of the questions' words as clinq's general-English list gives them (10 = the commonest words).
const LEVELS: Record<string, number> = { waiting: 10, longer: 10, start: 10, treatment: 10, breast: 35, cancer: 20, survival: 20, worsen: 35 };
const NAMED = new Set(['breast', 'cancer', 'survival', 'treatment']);
// How many of the 1,896 records of clinq's shipped corpus contain each stem.
const FREQUENCIES: Record<string, number> = { wait: 6, longer: 44, start: 32, breast: 100, cancer: 243, treatment: 306, worsen: 4, surviv: 99 };

const inOrder = (articles: Article[]): FindEvidence => async () => articles.map((article, i) => ({ article, score: 1 - i / 10 }));

const ask = (question: string, articles: Article[]) =>
  composeAnswer(question, {
    findEvidence: inOrder(articles),
    corpus: { articles: 1896, snapshot: 'test' },
    isNamedConcept: (word) => NAMED.has(word),
    documentFrequencies: async (stems) => new Map(stems.map((s) => [s, FREQUENCIES[s] ?? 0])),
    englishLevel: (word) => LEVELS[word],
  });

describe('composeAnswer on questions worded in everyday words', () => {
  it('answers from the article on the topic asked, not from one that shares only the everyday wording', async () => {
    // "waiting longer to start" is wording; the liver-transplant article speaks of a waiting list and of survival.
    const answer = await ask('Does waiting longer to start breast cancer treatment worsen survival?', [breastCancerDelay, ...waitingSearchRest.slice(0, 1), liverWaitingList, ...waitingSearchRest.slice(1)]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('23234860');
  });
});
