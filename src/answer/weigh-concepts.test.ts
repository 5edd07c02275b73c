import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { stemSet } from './content-terms.js';
import { allFixtureArticles } from './fixtures/articles.js';
import { articleStems, coverageOf, fitEvidence, rarestSubject, specificity, subjectCoverage, weighConcepts } from './weigh-concepts.js';
import { breastCancerDelay, liverWaitingList, waitingSearchRest } from './fixtures/hand-question-articles.js';

const article = (pmid: string, title: string, abstract: string, mesh: string[] = []): Article => ({
  ...(allFixtureArticles[0] as Article),
  pmid,
  title,
  abstract,
  abstractSections: [],
  meshHeadings: mesh.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] })),
  keywords: [],
});

const ropArticles = [
  article('1', 'Risk factors for retinopathy of prematurity', 'Low birth weight and oxygen exposure were risk factors for retinopathy of prematurity in this cohort.'),
  article('2', 'Retinopathy of prematurity in Norway', 'Gestational age was the strongest risk factor for severe retinopathy of prematurity.'),
  article('3', 'Screening for retinopathy', 'Risk factors such as sepsis predicted treatment-requiring disease in preterm infants.'),
];

describe('weighConcepts', () => {
  it('weighs a word few retrieved articles use above a word all of them use', () => {
    expect(specificity(1, 10)).toBeGreaterThan(specificity(10, 10));
    const analysis = weighConcepts(analyzeQuestion('What are the risk factors for sepsis in retinopathy?'), ropArticles.map((a) => articleStems(a)));
    const weight = (word: string) => analysis.concepts.find((c) => c.word === word)?.weight ?? 0;
    expect(weight('sepsis')).toBeGreaterThan(weight('retinopathy'));
    expect(weight('retinopathy')).toBeGreaterThan(weight('risk'));
  });

  it('counts MeSH headings and keywords as part of what an article covers', () => {
    const stems = articleStems(article('9', 'A case', 'We describe a patient.', ['Rhabdomyolysis']));
    expect(stems.has('rhabdomyolysi')).toBe(true);
    expect(coverageOf(analyzeQuestion('What causes rhabdomyolysis?').concepts, stems)).toBeGreaterThan(0.5);
  });

  it('measures the share of subject words apart from generic ones', () => {
    const analysis = analyzeQuestion('What are the risk factors for rhabdomyolysis?');
    expect(subjectCoverage(analysis, stemSet(ropArticles[0]!.abstract))).toBe(0);
  });
});

describe('composeAnswer with concepts weighed on the evidence', () => {
  const corpus = { articles: 3, snapshot: 'test' };

  it('says the evidence is insufficient when the articles share only generic words with the question', async () => {
    const answer = await composeAnswer('What are the risk factors for rhabdomyolysis?', {
      findEvidence: async () => ropArticles.map((a) => ({ article: a, score: 1 })),
      corpus,
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/mentions rhabdomyolysis/);
  });

  it('answers a long question whose article covers it although no single sentence covers half of it', async () => {
    const exact = article(
      '7',
      'Gestational age, birth weight, oxygen and sepsis in retinopathy of prematurity among Norwegian preterm infants',
      'Lower gestational age predicted severe retinopathy of prematurity. Sepsis doubled the odds of treatment. Oxygen exposure in the first week mattered less than birth weight.',
    );
    const answer = await composeAnswer(
      'How do gestational age, birth weight, oxygen exposure and sepsis relate to severe retinopathy of prematurity in Norwegian preterm infants?',
      { findEvidence: async () => [exact, ...ropArticles].map((a) => ({ article: a, score: 1 })), corpus },
    );
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('7');
  });

  it('gives no points from articles that cover much less of the question than the best one', async () => {
    const answer = await composeAnswer('Does sepsis predict treatment of retinopathy of prematurity?', {
      findEvidence: async () => [ropArticles[2]!, article('8', 'Sepsis in adults', 'Sepsis is common in adults.')].map((a) => ({ article: a, score: 1 })),
      corpus,
    });
    expect(answer.references.map((r) => r.pmid)).toEqual(['3']);
  });
});

describe('rarestSubject', () => {
  const analysis = analyzeQuestion('Does colchicine reduce cardiovascular events after employment?');
  const counts = new Map([['colchicin', 5], ['cardiovascular', 35], ['event', 109], ['reduc', 3], ['employ', 2]]);
  const retrieved = [stemSet('Colchicine in breast milk'), stemSet('Cardiovascular events after hypoglycaemia')];

  it('names the subject word fewest articles of the corpus contain, among those a retrieved article uses', () => {
    // "reduce" is generic wording and "employment" is in no retrieved article, so neither names the topic.
    expect(rarestSubject(analysis, counts, 20, retrieved)?.word).toBe('colchicine');
  });

  it('names nothing when even the rarest word is common in the corpus', () => {
    expect(rarestSubject(analysis, counts, 4, retrieved)).toBeNull();
  });
});

describe('fitEvidence with the question wording told apart', () => {
  const question = 'Does waiting longer to start breast cancer treatment worsen survival?';
  // Everyday words that name no medical concept, and the relation word "worsen".
  const wording = (c: { word: string }) => ['waiting', 'longer', 'start', 'worsen'].includes(c.word);
  const evidence = [breastCancerDelay, ...waitingSearchRest.slice(0, 1), liverWaitingList, ...waitingSearchRest.slice(1)].map((a) => ({ article: a, score: 1 }));

  it('lets an article that shares only the wording outweigh the one on the topic when wording counts as topic', () => {
    const { fits } = fitEvidence(analyzeQuestion(question), evidence);
    expect(fits.get('11729377')?.coverage).toBeGreaterThan(fits.get('23234860')?.coverage ?? 1);
  });

  it('ranks the article on breast cancer treatment delay above the one on a liver transplant waiting list', () => {
    const { fits } = fitEvidence(analyzeQuestion(question), evidence, wording);
    expect(fits.get('23234860')?.coverage).toBeGreaterThan(fits.get('11729377')?.coverage ?? 1);
  });

  it('weighs an everyday word used by one article of ten less than a topic word every article uses', () => {
    const articles = evidence.map((e) => articleStems(e.article));
    const weighed = weighConcepts(analyzeQuestion(question), articles, wording);
    const weight = (word: string) => weighed.concepts.find((c) => c.word === word)?.weight ?? 0;
    expect(weight('waiting')).toBeLessThan(weight('survival'));
  });
});

describe('fitEvidence for a question asking how a condition is inherited', () => {
  // Real record sentences: PMID 1301201 (a finding on alleles) and PMID 1671881 (the textbook sentence on the mode).
  const alleles = article('1301201', 'In vitro and in vivo correlations for I65T and M1V mutations at the phenylalanine hydroxylase locus.', 'Homozygosity for M1V and codominant inheritance of I65T/R408W were both associated with classical phenylketonuria.');
  const mode = article('1671881', 'Two distinct mutations at a single BamHI site in phenylketonuria.', 'Classical phenylketonuria is an autosomal recessive disease caused by a deficiency of hepatic phenylalanine hydroxylase (PAH).');
  const evidence = [alleles, mode].map((a) => ({ article: a, score: 1 }));

  it('reads an article naming the mode (autosomal recessive) as covering "inherited", as one writing the word does', () => {
    const { fits } = fitEvidence(analyzeQuestion('How is phenylketonuria inherited?'), evidence);
    expect(fits.get('1671881')?.coverage).toBe(fits.get('1301201')?.coverage);
  });

  it('does so only when the question asks for the mode, and only for an article that names one', () => {
    const own = [article('9', 'Sickle cell trait in athletes', 'Sickle cell trait was common among the athletes screened.'), mode].map((a) => ({ article: a, score: 1 }));
    const asked = fitEvidence(analyzeQuestion('How is sickle cell disease inherited?'), own).fits;
    expect(asked.get('9')?.coverage).toBeLessThan(1);
    const other = fitEvidence(analyzeQuestion('What is inherited with phenylketonuria genes?'), evidence).fits;
    expect(other.get('1671881')?.coverage).toBeLessThan(other.get('1301201')?.coverage ?? 0);
  });
});
