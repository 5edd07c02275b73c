import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// An article of our own making: casts and splints for children's wrist fractures.
const wrist = plainArticle(
  '1',
  'Removable splints versus casts for buckle fractures of the wrist in children',
  'Buckle fractures of the distal radius are common in children. ' +
    'In this randomised trial of 120 children, a removable splint was compared with a plaster cast. ' +
    'Broken wrists treated with a removable splint healed as fast as those treated with a cast, and wrist function returned faster, with no more pain at four weeks.',
);
// Shaped like PMID 9226247 of the shipped corpus: antibiotics for urinary tract infections in older women.
const uti = plainArticle(
  '2',
  'Ciprofloxacin for urinary tract infections in older women',
  'Urinary tract infections are common in older women. ' +
    'In older women with acute uncomplicated urinary tract infections, a three-day course of ciprofloxacin prevented recurrence as well as a seven-day course.',
);
// SCOWL levels of the everyday words; "trampolining", "cranberry" and "tummy" are English words no vocabulary names.
const LEVELS: Record<string, number> = { daughter: 10, fell: 10, trampolining: 50, skateboarding: 50, go: 10, should: 10, broken: 10, wrist: 20, heal: 20, faster: 10, cast: 10, splint: 35, children: 10, cranberry: 35, capsules: 35, prevent: 10, older: 10, women: 10 };
const NAMED = new Set(['wrist', 'splint', 'fracture', 'urinary', 'tract', 'infections', 'women', 'children', 'cast']);
// Over a corpus of 1,896 articles: "splint" is rare (it names the topic), the reader's "trampolining", "skateboarding" and
// "cranberry" are in none.
const COUNTS: Record<string, number> = { trampolin: 0, skateboard: 0, cranberri: 0, splint: 8, wrist: 60, cast: 100, broken: 100 };
const documentFrequencies = async (stems: readonly string[]) => new Map(stems.map((s) => [s, COUNTS[s] ?? 150] as const));
const ask = (question: string, articles: ReturnType<typeof plainArticle>[]) =>
  composeAnswer(question, {
    findEvidence: fakeFindEvidence(articles),
    corpus: { articles: 1896, snapshot: 'fixtures' },
    documentFrequencies,
    englishLevel: (word) => LEVELS[word],
    isNamedConcept: (word) => NAMED.has(word),
  });

describe('composeAnswer and English words no article of the corpus writes', () => {
  it('does not weigh words in no article ("trampolining", "skateboarding") against the article that answers', async () => {
    const answer = await ask('Should a wrist broken trampolining or skateboarding go in a splint or a cast?', [wrist]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('1');
  });

  it('refuses when such a word says which treatment is asked about ("cranberry capsules")', async () => {
    const answer = await ask('Do cranberry capsules prevent urinary tract infections in older women?', [uti]);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/No article in the corpus of .* mentions cranberry/);
  });

  it('still answers that question without the treatment no article names', async () => {
    const answer = await ask('Does ciprofloxacin prevent urinary tract infections in older women?', [uti]);
    expect(answer.status).toBe('answered');
  });
});

// Articles of our own making: one on concussion that writes "cognitive" where the reader says "thinking", one that
// writes "thinking" about something else.
const concussion = plainArticle(
  '3',
  'Loss of consciousness and memory after sports concussion',
  'We followed 120 athletes after a sports concussion. ' +
    'Athletes whose concussion came with loss of consciousness had worse memory and cognitive scores at one week than those without loss of consciousness.',
);
const positive = plainArticle(
  '4',
  'Positive thinking in older adults',
  'Positive thinking was taught to 60 older adults in a community centre. Positive thinking improved mood but not memory.',
);
const HEAD: Record<string, number> = { losing: 10, consciousness: 20, concussion: 35, memory: 10, thinking: 10 };
const HEAD_NAMED = new Set(['consciousness', 'concussion', 'memory', 'thinking']);
const HEAD_COUNTS: Record<string, number> = { think: 5, concuss: 10, conscious: 20, lose: 20, memori: 80 };

describe('composeAnswer and an everyday named word search\'s first article writes otherwise', () => {
  const askHead = (question: string, articles: ReturnType<typeof plainArticle>[]) =>
    composeAnswer(question, {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: 1896, snapshot: 'fixtures' },
      documentFrequencies: async (stems: readonly string[]) => new Map(stems.map((s) => [s, HEAD_COUNTS[s] ?? 150] as const)),
      englishLevel: (word) => HEAD[word],
      isNamedConcept: (word) => HEAD_NAMED.has(word),
    });

  it('answers from the first article on the topic, though only another article writes "thinking"', async () => {
    const answer = await askHead('Does losing consciousness with a concussion affect memory and thinking more?', [concussion, positive]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('3');
  });
});

// An article of our own making on vitamin D and cataracts; the reader's "keeping" is a word abstracts seldom write.
const cataract = plainArticle(
  '5',
  'Serum vitamin D and age-related cataract',
  'We measured serum vitamin D in 5,000 adults. Cataract risk was lower in adults with higher vitamin D levels than in those with lower levels.',
);
const CAT: Record<string, number> = { keeping: 10, level: 10, help: 10, protect: 10, cataracts: 35 };
const CAT_NAMED = new Set(['vitamin d', 'cataracts', 'level']);
const CAT_COUNTS: Record<string, number> = { keep: 8, vitamin: 15, level: 700, help: 300, protect: 200, cataract: 100 };

describe('composeAnswer and the reader\'s commonest words, rare in abstracts', () => {
  const askCat = (question: string) =>
    composeAnswer(question, {
      findEvidence: fakeFindEvidence([cataract]),
      corpus: { articles: 1896, snapshot: 'fixtures' },
      documentFrequencies: async (stems: readonly string[]) => new Map(stems.map((s) => [s, CAT_COUNTS[s] ?? 150] as const)),
      englishLevel: (word) => CAT[word],
      isNamedConcept: (word) => CAT_NAMED.has(word),
    });

  it('does not hold the article that answers a reader to "keeping", however seldom abstracts write it', async () => {
    const answer = await askCat('Will keeping my vitamin D level up help protect me from cataracts?');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('5');
  });

  it('holds a question put in the literature\'s terms to all its words', async () => {
    const answer = await askCat('Does keeping vitamin D level up help protect from cataracts?');
    expect(answer.status).toBe('insufficient_evidence');
  });
});
