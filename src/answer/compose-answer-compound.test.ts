import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// Shaped like PMID 26702192 of the shipped corpus: the article hyphens the compound the reader writes closed.
const zolpidem = plainArticle(
  '1',
  'Sleep-walking with zolpidem: a case report.',
  'A woman started sleep-walking two weeks after she began zolpidem for insomnia. Zolpidem can cause sleep-walking and other complex sleep behaviours.',
);
// The corpus holds "sleep" and "walk", never "sleepwalk".
const options = {
  findEvidence: fakeFindEvidence([zolpidem]),
  corpus: { articles: 1, snapshot: 'fixtures' },
  isNamedConcept: (word: string) => ['zolpidem', 'sleepwalking'].includes(word),
  documentFrequencies: async (stems: readonly string[]) => new Map(stems.map((s) => [s, s === 'sleepwalk' ? 0 : 1] as const)),
};

describe('composeAnswer on a compound the articles write otherwise', () => {
  it('refuses a closed word no article holds when nothing respells it', async () => {
    const answer = await composeAnswer('Can zolpidem cause sleepwalking?', options);
    expect(answer.evidenceSummary).toMatch(/mentions sleepwalking/);
  });

  it('answers with the corpus spelling and keeps the reader\'s question', async () => {
    const asked: string[] = [];
    const answer = await composeAnswer('Can zolpidem cause sleepwalking?', {
      ...options,
      compoundSpellings: async (q) => (asked.push(q), q.replace('sleepwalking', 'sleep-walking')),
    });
    expect(answer.status).toBe('answered');
    expect(answer.question).toBe('Can zolpidem cause sleepwalking?');
    expect(asked).toEqual(['Can zolpidem cause sleepwalking?']);
  });
});
