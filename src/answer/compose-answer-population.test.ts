import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';
import { isPopulationSubject } from './population.js';
import { subjectGroups } from './subject-groups.js';
import { analyzeQuestion } from './analyze-question.js';
import { goodForObject, relationObject } from './relation-object.js';

const mesh = (...names: string[]) => names.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] }));

// PMID 20684175 of the shipped corpus: vitamin D and regulatory T cells in healthy adults; it never speaks of bones.
const tregs: Article = {
  ...plainArticle(
    '20684175',
    'Vitamin D supplementation and regulatory T cells in apparently healthy subjects: vitamin D treatment for autoimmune diseases?',
    'Epidemiological data show significant associations of vitamin D deficiency and autoimmune diseases. Vitamin D may prevent autoimmunity by stimulating naturally occurring regulatory T cells. To elucidate whether vitamin D supplementation increases Tregs frequency (%Tregs) within circulating CD4+ T cells. We performed an uncontrolled vitamin D supplementation trial among 50 apparently healthy subjects including supplementation of 140,000 IU at baseline and after 4 weeks. Forty-six study participants (65% females, mean age 31 years) completed the trial. Compared to baseline levels we noticed a significant increase of %Tregs at both study visits (P<0.001). Vitamin D supplementation was associated with significantly increased %Tregs in apparently healthy individuals. This immunomodulatory effect of vitamin D might underlie the associations of vitamin D deficiency and autoimmune diseases.',
  ),
  meshHeadings: mesh('Adult', 'Dietary Supplements', 'Humans', 'T-Lymphocytes, Regulatory', 'Vitamin D'),
};

// A nursing-home trial of pressure ulcer prevention shaped as such abstracts are: it never writes "bedridden".
const repositioning = plainArticle(
  '90000001',
  'Repositioning and support surfaces for the prevention of pressure ulcers in nursing home residents.',
  'Pressure ulcers are a common and costly complication in immobile residents of nursing homes. We randomly assigned 942 residents at moderate or high risk of pressure ulcers to repositioning every 2, 3 or 4 hours on a high-density foam mattress. Pressure ulcer incidence did not differ between the repositioning schedules (2.5% overall). Pressure ulcers can be prevented by repositioning every 4 hours on a high-density foam mattress, which lowers the burden of care without more ulcers.',
);

const ask = (question: string, articles: Article[]) =>
  composeAnswer(question, {
    findEvidence: async () => articles.map((article, i) => ({ article, score: 1 - i / 10 })),
    corpus: { articles: 1896, snapshot: 'test' },
  });

describe('composeAnswer on who a question asks about (population.ts)', () => {
  it('refuses a yes/no question whose evidence speaks of its exposure and population but never of the outcome asked (relation-object)', async () => {
    const answer = await ask('Does vitamin D supplementation prevent fractures in older adults?', [tregs]);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('fractures');
  });

  it('answers how a condition is prevented from an article that does not name the state of the people asked about', async () => {
    const answer = await ask('How can pressure ulcers be prevented in bedridden patients?', [repositioning]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('90000001');
  });
});

// PMID 22892811 of the shipped corpus (shortened): insomnia with short sleep and incident hypertension; no stroke.
const insomnia: Article = {
  ...plainArticle(
    '22892811',
    'Insomnia with objective short sleep duration and incident hypertension: the Penn State Cohort.',
    'Insomnia with objective short sleep duration appears to be a biologically more severe phenotype of the disorder. From a random, general population sample of 1741 adults of the Penn State Cohort, 1395 were followed-up after 7.5 years, and 786 did not have hypertension at baseline. All of the subjects underwent 8-hour polysomnography. Compared with normal sleepers who slept 6 hours or more, the highest risk for incident hypertension was in chronic insomniacs with short sleep duration (odds ratio, 3.8). Chronic insomnia with short sleep duration is associated with an increased risk for incident hypertension in a degree comparable to sleep-disordered breathing.',
  ),
  meshHeadings: mesh('Adult', 'Aged', 'Middle Aged', 'Hypertension', 'Sleep Initiation and Maintenance Disorders', 'Humans'),
};

describe('composeAnswer on what a yes/no question asks an effect on (relation-object)', () => {
  it('refuses when the evidence speaks of the exposure and the people but not of the outcome acted on', async () => {
    const answer = await ask('Does insomnia increase the risk of stroke in older adults?', [insomnia]);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('stroke');
  });

  it('answers when the evidence speaks of the outcome acted on', async () => {
    const answer = await ask('Does insomnia increase the risk of hypertension in older adults?', [insomnia]);
    expect(answer.status).toBe('answered');
  });

  it('finds the subject after the verb of effect, when a subject stands before it', () => {
    const object = (question: string) => relationObject(question, subjectGroups(analyzeQuestion(question)))?.text;
    expect(object('Does vitamin D supplementation reduce fractures in older adults?')).toBe('fractures');
    expect(object('Does insomnia increase the risk of dementia?')).toBe('dementia');
    expect(object('Is colchicine effective for gout?')).toBeUndefined();
    // Taken up by "the": the thing named before by its kind, which an article may name otherwise.
    expect(object('Can the shingles vaccine prevent the virus from coming back in older people?')).toBeUndefined();
  });
});

describe('isPopulationSubject', () => {
  const populations = (question: string) => subjectGroups(analyzeQuestion(question)).filter((g) => isPopulationSubject(question, g)).map((g) => g.text);

  it('reads state and age words of the people a question introduces as its population', () => {
    expect(populations('Does vitamin D supplementation reduce fractures in older adults?')).toEqual(['older adults']);
    expect(populations('How should pressure ulcers be prevented in bedridden patients?')).toEqual(['bedridden']);
    expect(populations('Is metformin safe in obese children?')).toEqual(['obese children']);
  });

  it('keeps a disease or a bare people noun as a subject', () => {
    expect(populations('Does exercise reduce fatigue in cancer patients?')).toEqual([]);
    expect(populations('Is aspirin safe in children?')).toEqual([]);
    expect(populations('Is HIV-infected status a risk for tuberculosis in adults?')).toEqual([]);
  });
});

// PMID 17606778 of the shipped corpus: vitamin C against complex regional pain syndrome after wrist fractures; no cold.
const crps = plainArticle(
  '17606778',
  'Can vitamin C prevent complex regional pain syndrome in patients with wrist fractures?',
  'Complex regional pain syndrome type I is treated symptomatically. A protective effect of vitamin C (ascorbic acid) has been reported previously. A dose-response study was designed to evaluate its effect in patients with wrist fractures. In a double-blind, prospective, multicenter trial, 416 patients with 427 wrist fractures were randomly allocated to treatment with placebo or treatment with 200, 500, or 1500 mg of vitamin C daily for fifty days. The prevalence of complex regional pain syndrome was 2.4% (eight of 328) in the vitamin C group and 10.1% (ten of ninety-nine) in the placebo group (p=0.002); all of the affected patients were elderly women. Vitamin C reduces the prevalence of complex regional pain syndrome after wrist fractures. A daily dose of 500 mg for fifty days is recommended.',
);
// An abstract of our own making on the common cold.
const coldTrial = plainArticle(
  '90000002',
  'Vitamin C for preventing and treating the common cold in adults.',
  'We randomly assigned 600 adults to vitamin C 1 g daily or placebo during the winter months. Vitamin C shortened the duration of the common cold by 8% (95% CI 3% to 12%). Regular vitamin C supplementation reduces the duration of colds in adults, although it does not reduce how often a cold starts.',
);

describe('composeAnswer on what a yes/no question asks a thing to be good for (relation-object)', () => {
  // SCOWL sizes of the questions' words as clinq's general-English list gives them (10 = the commonest words).
  const LEVELS: Record<string, number> = { good: 10, cold: 10, bad: 10, heart: 10, help: 10, sleep: 10 };
  const askPlainly = (question: string, articles: Article[]) =>
    composeAnswer(question, {
      findEvidence: async () => articles.map((article, i) => ({ article, score: 1 - i / 10 })),
      corpus: { articles: 1896, snapshot: 'test' },
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, s === 'cold' ? 7 : 40])),
      isNamedConcept: () => false,
      englishLevel: (word) => LEVELS[word],
    });

  it('refuses when the evidence never speaks of the condition asked, though a lone everyday word (PMID 17606778)', async () => {
    const answer = await askPlainly('Is vitamin C good for a cold?', [crps]);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('cold');
  });

  it('answers when the evidence speaks of it', async () => {
    const answer = await askPlainly('Is vitamin C good for a cold?', [coldTrial, crps]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('90000002');
  });

  it('finds what a thing is asked to be good or bad for, when a subject stands before it', () => {
    const object = (question: string) => goodForObject(question, subjectGroups(analyzeQuestion(question)))?.text;
    expect(object('Is vitamin C good for a cold?')).toBe('cold');
    expect(object('Is coffee bad for your heart?')).toBe('heart');
    expect(object('Does melatonin help with sleep in older people?')).toBe('sleep');
    expect(object('Is it good for me?')).toBeUndefined();
    expect(object('Is vitamin C effective for gout?')).toBeUndefined();
  });
});
