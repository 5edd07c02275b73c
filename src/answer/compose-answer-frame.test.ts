import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// Shaped like PMID 15223725 of the shipped corpus (blood pressure measured by a physician or a nurse), in the words a
// general-practice report would use.
const measured = plainArticle(
  '15223725',
  'Does blood pressure change in treated hypertensive patients depending on whether it is measured by a doctor or a nurse?',
  'To determine whether there are differences between blood pressure measured by the nurse and blood pressure measured by the doctor in treated hypertensive patients. The difference between doctor-systolic blood pressure and nurse-systolic blood pressure was 5.16 mmHg. Systolic blood pressure measured by the nurse in treated hypertensive patients is significantly lower than the readings obtained by the doctor.',
);
// The commonest English words (SCOWL 10 or 20); "blood", "pressure" and "hypertensive" are names the vocabulary knows.
const LEVELS: Record<string, number> = { blood: 20, pressure: 10, always: 10, seems: 10, higher: 10, doctor: 20, takes: 10, nurse: 20, real: 10, thing: 10, read: 10, online: 50, true: 10, chances: 10, now: 10, lower: 10, readings: 10 };
const NAMED = new Set(['blood', 'pressure', 'hypertensive']);
let searched = 0;
const ask = (question: string) =>
  composeAnswer(question, {
    findEvidence: async () => {
      searched++;
      return [{ article: measured, score: 1 }];
    },
    corpus: { articles: 1896, snapshot: 'test' },
    englishLevel: (word) => LEVELS[word],
    isNamedConcept: (word) => NAMED.has(word),
  });

describe('composeAnswer on a reader who says where they heard a claim and how sure they are', () => {
  it('answers the claim, not the words "always seems" and "a real thing"', async () => {
    const answer = await ask('My blood pressure always seems higher when the doctor takes it than when the nurse does. Is that a real thing?');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('15223725');
  });

  it('answers a claim the reader read online', async () => {
    const answer = await ask('I read online that blood pressure readings are lower when a nurse takes them than a doctor. Is that true?');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('15223725');
  });

  it('refuses a question of only everyday words without searching, asking for the condition', async () => {
    searched = 0;
    const answer = await ask('What are my chances now?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toBe('The question names nothing to look for in the literature.');
    expect(searched).toBe(0);
  });
});
