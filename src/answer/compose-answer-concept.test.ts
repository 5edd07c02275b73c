import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// Everyday English as a SCOWL lookup would give it; other words are rarer English.
const EVERYDAY = new Set('sinus infection infections indicate would rhythm normal study patients after surgery heart'.split(' '));
const englishLevel = (word: string) => (EVERYDAY.has(word) ? 20 : 50);

const filler = 'The patients were followed for twelve months after the procedure and examined at every visit by two observers who did not know the group assignment, and all records were checked twice.';

describe('composeAnswer on a subject of several everyday words', () => {
  it('does not answer "sinus infection" from an article on normal sinus rhythm', async () => {
    const articles = [
      plainArticle('1', 'Ablation after heart surgery', `Ganglionated plexi ablation did not prove beneficial for stable normal sinus rhythm after heart surgery. Wound infection was rare. ${filler} ${filler}`),
    ];
    const answer = await composeAnswer('What is a sinus infection?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      englishLevel,
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/sinus infection/);
  });

  it('answers from an article that writes the words together', async () => {
    const articles = [
      plainArticle('1', 'Acute sinus infection in adults', `An acute sinus infection is an inflammation of the sinuses caused by bacteria or viruses. ${filler} ${filler}`),
    ];
    const answer = await composeAnswer('What is a sinus infection?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      englishLevel,
    });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/inflammation of the sinuses/);
  });
});

describe('composeAnswer on a question about two subjects', () => {
  it('does not answer "Can UTIs turn into a kidney infection?" from an article on urinary tract infection alone', async () => {
    const articles = [
      plainArticle('1', 'Empirical treatment of UTI in older women', `Doctors who treat urinary tract infection (UTI) in older women empirically should prescribe drugs other than fluoroquinolones, as UTI may turn resistant to them. ${filler} ${filler}`),
    ];
    const answer = await composeAnswer('Can UTIs turn into a kidney infection?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      englishLevel: (word) => (['kidney', 'infection', 'turn'].includes(word) ? 20 : word === 'utis' ? undefined : 50),
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/kidney infection/);
  });
});

describe('composeAnswer on advice about a kind of treatment', () => {
  it('asks for the condition when "Do I need antibiotics?" names none', async () => {
    const articles = [plainArticle('1', 'Antibiotic prophylaxis in surgery', `There is an urgent need for guidelines on surgical antibiotic prophylaxis. ${filler}`)];
    const answer = await composeAnswer('Do I need antibiotics?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      englishLevel: (word) => (word === 'need' ? 10 : 50),
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/antibiotics without naming the condition/);
  });
});
