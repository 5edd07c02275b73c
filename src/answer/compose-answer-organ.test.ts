import { describe, expect, it } from 'vitest';
import { composeAnswer, type ComposeOptions } from './compose-answer.js';
import type { Article } from '../domain/index.js';
import { plainArticle } from './fixtures/plain-article.js';
import { wiredOptions } from './fixtures/wired-options.js';

// PMID 20530150 of the shipped corpus: it writes "cholecystectomy" and "splenectomy", never "gallbladder".
const spherocytosis = plainArticle(
  '20530150',
  'Is cholecystectomy really an indication for concomitant splenectomy in mild hereditary spherocytosis?',
  'Children referred with symptomatic gallstones complicating HS between April 1999 and April 2009 were prospectively identified and reviewed retrospectively. During this period, the policy was to undertake concomitant splenectomy only if indicated for haematological reasons and not simply because of planned cholecystectomy. A total of 16 patients (mean age 10.4, range 3.7 to 16 years, 11 women) with HS and symptomatic gallstones underwent cholecystectomy. Three patients subsequently required a splenectomy for haematological reasons 0.8-2.5 years after cholecystectomy; all three splenectomies were performed laparoscopically. There were no postoperative complications in the 16 patients; postoperative hospital stay was 1-3 days after either cholecystectomy or splenectomy. The 13 children with a retained spleen remain under regular review by a haematologist (median follow-up 4.6, range 0.5 to 10.6 years) and are well and transfusion independent. The advice to perform a concomitant splenectomy in children with mild HS undergoing cholecystectomy for symptomatic gallstones needs revisiting. In the era of minimal access surgery, the need for splenectomy in such children should be judged on its own merits.',
);
// Articles that write "gallbladder" on other matters, as search also finds them.
const polyps = plainArticle(
  '1',
  'Gallbladder polyps in adults: a review of ultrasound follow-up',
  'Gallbladder polyps were found in 4% of adults undergoing abdominal ultrasound. Polyps larger than 10 mm were referred for surgery. Most small polyps did not grow during five years of follow-up.',
);
const dayCase = plainArticle(
  '2',
  'Day case surgery for gallbladder stones',
  'Patients with gallbladder stones were discharged on the day of surgery in 80% of cases. Readmission was rare.',
);

const counts: Record<string, number> = { children: 95, mild: 40, hereditari: 30, spherocytosi: 3, spleen: 10, gallbladd: 8, time: 120 };
const levels: Record<string, number> = { children: 10, mild: 20, hereditary: 35, spleen: 35, removed: 10, time: 10, gallbladder: 50, need: 10 };
const names: Record<string, string[]> = { 'spleen removed': ['splenectomy'], spleen: [], gallbladder: [], 'hereditary spherocytosis': [], spherocytosis: [] };

function options(articles: Article[]): ComposeOptions {
  return wiredOptions(articles, counts, levels, names);
}

describe('composeAnswer on an organ asked in English that the article names by its root', () => {
  it('answers from the article on cholecystectomy and splenectomy a question on the spleen and the gallbladder', async () => {
    const answer = await composeAnswer(
      'Do children with mild hereditary spherocytosis need the spleen removed at the same time as the gallbladder?',
      options([spherocytosis, polyps, dayCase]),
    );
    expect({ status: answer.status, why: answer.evidenceSummary }).toMatchObject({ status: 'answered' });
    expect(answer.direct?.citations[0]?.pmid).toBe('20530150');
  });
});
