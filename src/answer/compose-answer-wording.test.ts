import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import {
  breastCancerDelay,
  fmfArmenian,
  hepatitisCIsrael,
  holmiumUreter,
  liverWaitingList,
  roboticCystectomy,
  roboticHepatectomy,
  roboticSearchRest,
  thyroidEthanol,
  waitingSearchRest,
  wiskottAllelicExclusion,
  wiskottNephropathy,
  wolmanPrenatal,
} from './fixtures/hand-question-articles.js';

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

describe('composeAnswer on questions naming organs and times of life in everyday words', () => {
  // The medical names clinq's vocabulary gives the reader's words (src/search/body-words.ts).
  const MEDICAL: Record<string, string[]> = { kidney: ['renal'], outlook: ['prognosis'], 'before birth': ['prenatal', 'antenatal'] };
  // Document counts in clinq's shipped corpus of 1,896 records.
  const COUNTS: Record<string, number> = { kidnei: 42, renal: 49, prognosi: 58, outlook: 0, birth: 49, prenat: 27, wolman: 1, armenian: 2, fmf: 8, genotyp: 71, worst: 3, wiskott: 18, aldrich: 18, problem: 38, occur: 188 };
  const askPlainly = (question: string, articles: Article[]) =>
    composeAnswer(question, {
      findEvidence: inOrder(articles),
      corpus: { articles: 1896, snapshot: 'test' },
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, COUNTS[s] ?? 1])),
      isNamedConcept: (word) => word in MEDICAL || ['wolman', 'fmf', 'genotype', 'syndrome'].includes(word),
      englishLevel: (word) => ({ problem: 10, occur: 10, birth: 10, worst: 10, outlook: 20, kidney: 20 })[word],
      alternativesOf: (phrase) => MEDICAL[phrase],
    });

  it('answers a question on kidney problems from the article on renal failure', async () => {
    const answer = await askPlainly('What kidney problem can occur in Wiskott-Aldrich syndrome?', [wiskottAllelicExclusion, wiskottNephropathy]);
    expect(answer.direct?.citations[0]?.pmid).toBe('7422429');
    expect(answer.direct?.text).toMatch(/renal/);
  });

  it('does not call a word missing from the corpus when the corpus writes it by its medical name', async () => {
    const answer = await askPlainly('Which Armenian FMF genotype has the worst kidney outlook?', [fmfArmenian]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/M694V homozygous genotype/);
  });

  it('takes "before birth" as prenatal', async () => {
    const answer = await askPlainly('How is Wolman disease diagnosed before birth?', [wolmanPrenatal]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/prenatal diagnosis of Wolman disease/);
  });
});

describe('composeAnswer on a question that names the treatment', () => {
  it('answers how a named treatment goes instead of refusing for want of other treatments', async () => {
    const answer = await composeAnswer('How are benign cystic thyroid nodules treated with ethanol injection?', {
      findEvidence: inOrder([thyroidEthanol]),
      corpus: { articles: 1896, snapshot: 'test' },
    });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/ethanol injection/);
  });
});

describe('composeAnswer choosing the direct answer', () => {
  it('answers with what the study found, not with the belief it set out to test', async () => {
    const answer = await composeAnswer('How is acute hepatitis C mostly transmitted in Israel?', {
      findEvidence: inOrder([hepatitisCIsrael]),
      corpus: { articles: 1896, snapshot: 'test' },
    });
    expect(answer.direct?.text).toMatch(/iatrogenic/);
    expect(answer.direct?.text).not.toMatch(/is thought to/);
  });
});

describe('composeAnswer on a topic the corpus lacks', () => {
  it('names the missing word, not a word the corpus has, when only one word of a medical name is in the corpus', async () => {
    const answer = await composeAnswer('What is the best treatment for plantar fasciitis?', {
      findEvidence: inOrder([thyroidEthanol]),
      corpus: { articles: 1896, snapshot: 'test' },
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, ({ plantar: 3, best: 38, treatment: 306 } as Record<string, number>)[s] ?? 0])),
      isNamedConcept: (word) => word === 'fasciitis' || word === 'plantar fasciitis',
      alternativesOf: (phrase) => (phrase === 'fasciitis' ? ['plantar fasciitis', 'necrotizing fasciitis'] : undefined),
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toBe('No article in the corpus of 1,896 records mentions fasciitis.');
  });
});

describe('composeAnswer on what a study did', () => {
  it('leaves out the aim and the method of a study whose findings it gives', async () => {
    const answer = await composeAnswer('How well does holmium laser work for ureteral stones?', {
      findEvidence: inOrder([holmiumUreter]),
      corpus: { articles: 1896, snapshot: 'test' },
    });
    const texts = answer.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(answer.status).toBe('answered');
    expect(texts.filter((t) => /^To study/.test(t))).toEqual([]);
  });
});

describe('composeAnswer choosing the article that answers', () => {
  // Document counts in clinq's shipped corpus of 1,896 records.
  const counts: Record<string, number> = { outcom: 238, wors: 16, surgeon: 20, first: 265, robot: 3, cystectomi: 4 };
  const askRobotic = () =>
    composeAnswer("Are outcomes worse during a surgeon's first robotic cystectomies?", {
      findEvidence: inOrder([roboticCystectomy, roboticHepatectomy, ...roboticSearchRest]),
      corpus: { articles: 1896, snapshot: 'test' },
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, counts[s] ?? 0])),
      englishLevel: (word) => ({ outcomes: 20, worse: 10, surgeon: 35, first: 10, robotic: 50 })[word],
      // None of the question's words is a heading of clinq's vocabulary ("Cystectomy" is, in the singular).
      isNamedConcept: () => false,
    });

  it('answers from the article naming every rare word of the question, not from one sharing the rarest', async () => {
    const answer = await askRobotic();
    expect(answer.direct?.citations[0]?.pmid).toBe('21166749');
  });

  it('lets no article lacking the head of a rare subject (robotic liver surgery for robotic cystectomies) give points or a verdict', async () => {
    const answer = await askRobotic();
    expect(answer.references.map((r) => r.pmid)).not.toContain('26702246');
    expect(answer.verdict).not.toBe('yes');
  });
});
