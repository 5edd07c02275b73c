import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// Shaped like a record of the shipped corpus on an ABC transporter: it writes the letters, in another sense than a reader's.
const transporter = plainArticle(
  '1',
  'The adrenoleukodystrophy protein is a peroxisomal ATP-binding cassette transporter.',
  'Inherited defects in the peroxisomal ATP-binding cassette (ABC) transporter adrenoleukodystrophy protein (ALDP) cause X-linked adrenoleukodystrophy. ' +
    'ABC transporters move very long chain fatty acids into peroxisomes, and ALDP deficiency impairs their oxidation.',
);
const LEVELS: Record<string, number> = { what: 10, is: 10, the: 10, protein: 20 };
const ask = (question: string) =>
  composeAnswer(question, {
    findEvidence: fakeFindEvidence([transporter]),
    corpus: { articles: 1896, snapshot: 'fixtures' },
    englishLevel: (word) => LEVELS[word],
    isNamedConcept: (word) => word === 'adrenoleukodystrophy',
  });

describe('composeAnswer on a bare short form', () => {
  it.each(['abc', 'ABC?', ' abc. '])('does not answer "%s" from whichever meaning search met first', async (question) => {
    const answer = await ask(question);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('without saying what it wants to know');
  });

  it('still reads a bare name the vocabulary knows', async () => {
    const answer = await ask('adrenoleukodystrophy');
    expect(answer.evidenceSummary ?? '').not.toContain('without saying what it wants to know');
  });
});
