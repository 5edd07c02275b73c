import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { decideVerdict } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

// Sentences from PubMed abstracts (PMIDs 8984578, 12508671, 28178083), shortened to the sentence that answers.
const wilson = [
  article('8984578', "Wilson's disease and the liver", "Wilson's disease represents a copper storage disease. Liver disease in Wilson's disease may present as acute hepatitis."),
  article('12508671', "Biliary copper excretion in Wilson's disease", "Wilson's disease, a copper storage disorder, in which biliary copper excretion is reduced, is inherited as an autosomal recessive trait. Iron storage in the liver was normal."),
];
const impetigo = [
  article('28178083', 'Impetigo: a review', 'Impetigo, a bacterial skin infection that involves the superficial layers of the skin, is one of the most common skin infections in children ages 2 to 5. Topical antibiotics treat the skin infection.'),
  article('2', 'Skin infections in children', 'Skin infections such as impetigo are common in children. Impetigo affects the skin of the face and limbs.'),
];

describe('composeAnswer on whether something is a kind of thing', () => {
  it('answers no with the sentence that gives the subject a competing attribute', async () => {
    const answer = await composeAnswer("Is Wilson's disease described as an iron storage disease?", {
      findEvidence: fakeFindEvidence(wilson),
      corpus: { articles: wilson.length, snapshot: 'fixtures' },
    });
    expect(answer.verdict).toBe('no');
    expect(answer.direct?.citations[0]?.quote).toMatch(/^Wilson's disease(?: represents a copper storage disease|, a copper storage disorder)/);
  });

  it('answers no, rather than refusing, when the asked qualifier is missing because the articles give another', async () => {
    const answer = await composeAnswer('Is Impetigo a viral infection that affects the skin?', {
      findEvidence: fakeFindEvidence(impetigo),
      corpus: { articles: impetigo.length, snapshot: 'fixtures' },
      isNamedConcept: (word) => ['impetigo', 'viral', 'infection', 'skin'].includes(word),
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, s === 'viral' ? 0 : 2])),
    });
    expect(answer.status).toBe('answered');
    expect(answer.verdict).toBe('no');
    expect(answer.direct?.citations[0]?.quote).toMatch(/^Impetigo, a bacterial skin infection/);
  });

  it('still refuses when the articles give the subject no competing attribute', async () => {
    const silent = impetigo.slice(1);
    const answer = await composeAnswer('Is Impetigo a viral infection that affects the skin?', {
      findEvidence: fakeFindEvidence(silent),
      corpus: { articles: silent.length, snapshot: 'fixtures' },
      isNamedConcept: (word) => ['impetigo', 'viral', 'infection', 'skin'].includes(word),
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, s === 'viral' ? 0 : 2])),
    });
    expect(answer.status).toBe('insufficient_evidence');
  });
});

describe('decideVerdict on whether something is a kind of thing', () => {
  const passage = (text: string): ScoredPassage => ({ pmid: '1', section: 'RESULTS', index: 1, text, score: 1, coverage: 1, rank: 0, stems: new Set() });
  const asked = analyzeQuestion('Is Bcl-2-like protein 1 an pro apoptotic protein?');
  // Sentences from PMIDs 22508043 and 28521469.
  const heard = passage('Expression of the pro-apoptotic protein Bad was up-regulated and expression of the anti-apoptotic proteins Bcl-2 and Bcl-xl was down-regulated.');
  const listed = passage('Decreasing the expression of anti-apoptotic factors, including apoptosis regulator Bcl-2 and Bcl-2-like protein 1 in FaDu cells');

  it('answers no from a sentence describing the subject otherwise, whether heard or only among the sentences that may describe it', () => {
    expect(decideVerdict([heard], { analysis: asked }).verdict).toBe('yes');
    const result = decideVerdict([heard], { analysis: asked, described: [heard, listed] });
    expect(result).toEqual({ verdict: 'no', decisive: listed, support: [listed] });
  });
});
