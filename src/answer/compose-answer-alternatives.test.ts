import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer, speaksOfTooLittle } from './compose-answer.js';
import type { ScoredPassage } from './select-sentences.js';
import { subjectGroups } from './subject-groups.js';
import { stemSet } from './content-terms.js';
import { plainArticle } from './fixtures/plain-article.js';

// A trial on low blood sugar whose outcomes are heart attack and stroke: it never speaks of obesity.
const hypoglycaemiaOutcomes: Article = plainArticle(
  '90000001',
  'Severe hypoglycaemia and cardiovascular events in people with dysglycaemia',
  'Hypoglycaemia caused by glucose-lowering drugs has been linked to cardiovascular events. A total of 9 200 participants with dysglycaemia were randomized to basal insulin or standard care. Outcomes were the composite of cardiovascular death, non-fatal myocardial infarction or stroke, and mortality. Severe hypoglycaemia was associated with a greater risk of myocardial infarction or stroke (HR 1.61; 95% CI 1.20-2.10). Severe hypoglycaemia is associated with an increased risk of cardiovascular outcomes in people at high risk.',
);

// Another article found names obesity, but only among the things a cohort was adjusted for.
const adjustedCohort: Article = plainArticle(
  '90000002',
  'Sleep duration and daytime fatigue in shift workers',
  'Shift work disturbs sleep. We followed 1 450 nurses working night shifts for two years. After adjustment for age, sex, obesity and caffeine intake, short sleep was associated with daytime fatigue. Shift workers should be screened for short sleep.',
);

const inOrder = (articles: Article[]): FindEvidence => async () => articles.map((article, i) => ({ article, score: 1 - i / 10 }));
const corpus = { articles: 1896, snapshot: 'test' };
const counts = (articles: Article[]) => async (stems: readonly string[]) =>
  new Map(stems.map((s) => [s, articles.filter((a) => stemSet(`${a.title} ${a.abstract}`).has(s)).length * 20 + 5]));
const ask = (question: string) =>
  composeAnswer(question, {
    findEvidence: inOrder([hypoglycaemiaOutcomes, adjustedCohort]),
    corpus,
    documentFrequencies: counts([hypoglycaemiaOutcomes, adjustedCohort]),
    isNamedConcept: (word) => ['obesity', 'hypoglycaemia', 'myocardial infarction', 'stroke'].includes(word),
  });

describe('composeAnswer on outcomes joined by "or"', () => {
  it('does not let the two outcomes stand for the exposure the article never names', async () => {
    const answer = await ask('Does obesity increase the risk of myocardial infarction or stroke?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('obesity');
    expect(answer.verdict).toBeUndefined();
  });

  it('answers, with a verdict, when the article names the exposure and either outcome', async () => {
    const answer = await ask('Does hypoglycaemia increase the risk of myocardial infarction or stroke?');
    expect(answer.status).toBe('answered');
    expect(answer.verdict).toBe('yes');
    expect(answer.direct?.citations[0]?.pmid).toBe('90000001');
  });
});

// A record indexed with its title only: the title is all it says.
const titleOnly: Article = plainArticle('90000003', 'Night eating with zolpidem: a call for postmarketing surveillance.', '');
describe('composeAnswer on a record with a title and no abstract', () => {
  const askTitle = (question: string) =>
    composeAnswer(question, {
      findEvidence: inOrder([titleOnly]),
      corpus,
      documentFrequencies: counts([titleOnly]),
      isNamedConcept: (word) => ['zolpidem', 'controlled substance', 'night eating'].includes(word),
    });

  it('does not answer what the title never speaks of', async () => {
    const answer = await askTitle('Is zolpidem a controlled substance?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/controlled substance/);
  });

  it('answers what the title says', async () => {
    const answer = await askTitle('Can zolpidem cause night eating?');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('90000003');
  });
});

describe('speaksOfTooLittle on a record with a title and no abstract', () => {
  const tooLittle = (question: string) =>
    speaksOfTooLittle(
      subjectGroups(analyzeQuestion(question)),
      [{ article: titleOnly, score: 1 }],
      new Map(),
      { pmid: titleOnly.pmid, text: titleOnly.title, stems: stemSet(titleOnly.title) } as unknown as ScoredPassage,
    );

  it('reads the title as all the record says', () => {
    expect(tooLittle('Is zolpidem a controlled substance?')).toMatch(/speaks of zolpidem but not of controlled substance/);
    expect(tooLittle('Can zolpidem cause night eating?')).toBeNull();
  });
});
