import { describe, expect, it } from 'vitest';
import { composeAnswer, type ComposeOptions } from './compose-answer.js';
import type { Article } from '../domain/index.js';
import { plainArticle } from './fixtures/plain-article.js';
import { wiredOptions } from './fixtures/wired-options.js';

// Shaped like PMID 26702164 of the shipped corpus: its figures are given for "micro- and macroalbuminuria", the
// kinds of the albuminuria asked, with the first word left open by a suspended hyphen.
const survey = plainArticle(
  '1',
  'Albuminuria in adults with type 2 diabetes attending general practice',
  'Albuminuria is a marker of diabetic kidney disease. We screened adults with type 2 diabetes in twelve general practices with two urine albumin-creatinine ratio tests. A total of 1,204 adults were screened. The prevalence of micro- and macroalbuminuria was 21.3% and 4.1%, respectively. Patients with albuminuria were older and more often smokers.',
);
const other = plainArticle(
  '2',
  'Blood pressure targets in diabetes',
  'Adults with type 2 diabetes were randomised to two blood pressure targets. Strict control lowered the rate of stroke.',
);

const counts: Record<string, number> = { albuminuria: 20, diabet: 300, adult: 400, common: 200, practic: 60, prevalence: 100 };
const levels: Record<string, number> = { common: 5, adults: 5, diabetes: 30, albuminuria: 60 };
const names: Record<string, string[]> = { albuminuria: [], diabetes: [] };

function options(articles: Article[]): ComposeOptions {
  return wiredOptions(articles, counts, levels, names);
}

describe('composeAnswer on kinds of a finding written with a suspended hyphen', () => {
  it('shows the figures given for micro- and macroalbuminuria to a question on albuminuria', async () => {
    const answer = await composeAnswer('How common is albuminuria in adults with diabetes?', options([survey, other]));
    const quotes = [answer.direct, ...answer.sections.flatMap((s) => s.points)].flatMap((p) => p?.citations.map((c) => c.quote) ?? []);
    expect(quotes).toContain('The prevalence of micro- and macroalbuminuria was 21.3% and 4.1%, respectively.');
  });
});
