import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { composeAnswer, withUnknownNames } from './compose-answer.js';
import { plainArticle as article } from './fixtures/plain-article.js';

// What search found for a lay question whose "heart septum" it did not meet as the article's "interventricular septum".
const alcoholFainting = article('1', 'Fainting after drinking alcohol in older adults', 'Drinking alcohol was followed by fainting in 12 of 300 older adults. Fainting after drinking alcohol was commoner in those taking blood pressure drugs.');
const bingeDrinking = article('2', 'Binge drinking of alcohol in early pregnancy', 'Binge drinking of alcohol during early pregnancy was not linked to fainting or psychomotor deficits.');
const inOrder = (articles: Article[]): FindEvidence => async () => articles.map((a, i) => ({ article: a, score: 1 - i / 10 }));

describe('composeAnswer refusal wording for names', () => {
  it('says what the articles found speak of when none names the word it refuses on', async () => {
    const answer = await composeAnswer('Can drinking alcohol cause fainting with a septum?', {
      findEvidence: inOrder([alcoholFainting, bingeDrinking]),
      corpus: { articles: 1896, snapshot: 'test' },
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, ({ septum: 12, alcohol: 40, drink: 30, faint: 3, heart: 300, thick: 20 } as Record<string, number>)[s] ?? 0])),
      isNamedConcept: (word) => ['septum', 'alcohol', 'fainting', 'heart'].includes(word),
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/^None of the articles found for the question in the corpus of 1,896 records mentions [^;]*septum[^;]*; the articles found speak of [^;]*alcohol[^;]*\.$/);
  });

  it('names a word no vocabulary, word list or corpus word knows as a name clinq does not know', () => {
    expect(withUnknownNames('No article in the corpus of 10 records mentions abilify.', ['abilify'])).toBe(
      'No article in the corpus of 10 records mentions abilify; "abilify" is in none of clinq\'s vocabularies: if it is a brand name, ask with the medicine\'s generic name.',
    );
  });

  it('asks for a short form written out in full, named as the question writes it ("HoLEP"), not for a generic name', () => {
    expect(withUnknownNames('No article in the corpus of 10 records mentions HoLEP.', ['holep'], "I'm having HoLEP for my enlarged prostate. Will it work?")).toBe(
      'No article in the corpus of 10 records mentions HoLEP; "HoLEP" is in none of clinq\'s vocabularies: if it is a short form, ask with it written out in full.',
    );
    // A word in lower case may be a brand.
    expect(withUnknownNames('No article in the corpus of 10 records mentions abilify.', ['abilify'], 'Can I take abilify with sertraline?')).toMatch(/brand name/);
  });
});
