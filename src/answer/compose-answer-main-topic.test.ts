import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// PMID 26702345 of the shipped corpus: the "high" prevalence and the "rate" of metabolic syndrome, never a heart rate.
const syndrome = {
  ...plainArticle('26702345', 'Prevalence of Metabolic Syndrome in Elementary School Children in East of Iran.', "Metabolic Syndrome (MS) in children and adolescents is becoming a global public health concern. MS tracks into adulthood increasing the risk for type 2 diabetes mellitus and cardiovascular diseases. This study was designed to verify the rate of MS in elementary school students of Birjand, as a representative sample of Iranian children to verify the best preventive measures in this age group. This descriptive-analytical, cross-sectional study was performed on 1425 elementary school children through multiple-cluster sampling in 2013. Height, weight, waist circumference and blood pressure of children were measured by standard methods. Blood glucose, triglycerides, cholesterol, High-density lipoprotein-cholesterol (HDL-C) and low-density lipoprotein-cholesterol (LDL-C) levels were also measured after 12 hours fasting. MS was defined according to the Adult Treatment Panel III (ATP-III) based on the National Cholesterol Education Program. Data were analyzed by SPSS using t test and chi-square test. Significance level was set at P < 0.05. The prevalence of MS was 5.3% which increased with age. 43.5% of the studied cases had one or more components of the MS. The most common components were hypertension, abdominal obesity, hypertriglyceridemia, low HDL-cholesterol and impaired fasting glucose, respectively. MS prevalence was 0.9% in normal weight, 11.3% in overweight and 36.2% in obese children. Regarding the high prevalence of MS in elementary school children in our region, screening for obesity is recommended to prevent adulthood complications. Therapeutic lifestyle changes and maintenance of regular physical activity are the most important strategies for preventing childhood obesity."),
  keywords: ['Childhood Obesity', 'Elementary School Children', 'Metabolic Syndrome'],
};
const LEVELS: Record<string, number> = { high: 10, heart: 10, rate: 10, overweight: 35, caused: 10, being: 10 };

describe('composeAnswer when the article meets a known phrase only word by word', () => {
  it('says the article does not speak of the phrase rather than answer from its words apart', async () => {
    const answer = await composeAnswer('Would high heart rate be caused by being overweight at all?', {
      findEvidence: async () => [{ article: syndrome, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: (word) => LEVELS[word] ?? 50,
      isNamedConcept: (word) => ['heart', 'overweight', 'heart rate'].includes(word),
      alternativesOf: (phrase) => ({ 'heart rate': [], heart: ['cardiac'], overweight: [] })[phrase],
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('does not speak of heart rate');
  });
});
