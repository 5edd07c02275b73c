import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// PMID 26703908 of the shipped corpus: school achievement and eating disorders in a Swedish cohort.
const schoolAchievement = plainArticle('26703908', "School Achievement and Risk of Eating Disorders in a Swedish National Cohort.", "High achievement in school has been associated with increased risk of eating disorders, including anorexia nervosa (AN) and bulimia nervosa (BN), but causality of these relationships is unclear. We sought to examine the association between school achievement and AN or BN in a national cohort and to determine the possible contribution of familial confounding using a co-relative design. This national cohort study involved 1,800,643 persons born in Sweden during 1972 to 1990 who were still living in Sweden at age 16 years and were followed up for AN and BN identified from inpatient and outpatient diagnoses through 2012. We used Cox regression to examine the association between school achievement and subsequent risk of AN or BN, and stratified Cox models to examine the gradient in this association across different strata of co-relative pairs (first cousins, half siblings, full siblings). School achievement was positively associated with risk of AN among females and males (hazard ratio [HR] per additional 1 standard deviation, females: HR = 1.29; 95% CI = 1.25-1.33; males: HR = 1.29; 95% CI = 1.10-1.52), and risk of BN among females but not males (females: HR = 1.16; 95% CI = 1.11-1.20; males: HR = 1.05; 95% CI = 0.84-1.31). In co-relative analyses, as the degree of shared genetic and environmental factors increased (e.g., from first-cousin to full-sibling pairs), the association between school achievement and AN or BN substantially decreased. In this large national cohort study, high achievement in school was associated with increased risk of AN and BN, but this appeared to be explained by unmeasured familial (genetic and environmental) factors.");
// The commonest English words; "anorexia" is a name the vocabulary knows, "reader" one of the commonest words.
const LEVELS: Record<string, number> = { feels: 10, pressure: 10, son: 10, keen: 20, reader: 10, high: 10, achievers: 20, school: 10, likely: 10, develop: 10, anorexia: 50 };
const NAMED = new Set(['anorexia', 'pressure']);
const ask = (question: string) =>
  composeAnswer(question, {
    findEvidence: async () => [{ article: schoolAchievement, score: 1 }],
    corpus: { articles: 1896, snapshot: 'test' },
    englishLevel: (word) => LEVELS[word],
    isNamedConcept: (word) => NAMED.has(word),
  });

describe('composeAnswer on a reader who tells their story before asking', () => {
  it('answers the question sentence, setting aside the story\'s everyday words no article speaks of', async () => {
    const answer = await ask('My son is a keen reader. Are high achievers at school more likely to develop anorexia?');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('26703908');
  });

  it('reads a word of the commonest English in the story as context, though the vocabulary names it ("pressure")', async () => {
    const answer = await ask('My son feels the pressure at school. Are high achievers at school more likely to develop anorexia?');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('26703908');
  });

  // The asking sentence is the question's head (question-head.ts): a condition only the story names is a circumstance
  // when the head asks of two subjects of its own and does not point back to the story's person.
  it('answers the head when the story\'s medical topic, which the articles lack, is only a circumstance', async () => {
    const answer = await ask('My son has haemophilia. Are high achievers at school more likely to develop anorexia?');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('26703908');
  });

  it('still refuses when the head points back to the story\'s person and the articles lack the story\'s medical topic', async () => {
    const answer = await ask('My son has haemophilia. Are high achievers like him at school more likely to develop anorexia?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('haemophilia');
  });
});
