import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

// Records as the BioASQ benchmark rebuilds them from PubMed abstracts (PMIDs 16802291, 17980667, 25886781); the last
// spells out "ALS" once, as the store's abbreviation table lets search read it.
const celecoxib = article('16802291', "Prostaglandin E(2) levels in cerebrospinal fluid were not elevated at baseline and did not decline with treatment. INTERPRETATION: At the dosage studied, celecoxib did not have a beneficial effect on research subjects with ALS, and it was safe.", "Prostaglandin E(2) levels in cerebrospinal fluid were not elevated at baseline and did not decline with treatment. INTERPRETATION: At the dosage studied, celecoxib did not have a beneficial effect on research subjects with ALS, and it was safe. NTERPRETATION: At the dosage studied, celecoxib did not have a beneficial effect on research subjects with ALS, and it was safe. A biological effect of celecoxib was not demonstrated in the cerebrospinal fluid. Further studies of celecoxib at a dosage of 800 mg/day in ALS are not warranted.");
const minocycline = article('17980667', "Efficacy of minocycline in patients with amyotrophic lateral sclerosis: a phase III randomised trial.", "FINDINGS: ALSFRS-R score deterioration was faster in the minocycline group than in the placebo group (-1.30 vs -1.04 units/month, 95% CI for difference -0.44 to -0.08; p=0.005). Patients on minocycline also had non-significant tendencies towards faster decline in FVC (-3.48 vs -3.01, -1.03 to 0.11; p=0.11) and MMT score (-0.30 vs -0.26, -0.08 to 0.01; p=0.11), and greater mortality during the 9-month treatment phase (hazard ratio=1.32, 95% CI 0.83 to 2.10; p=0.23) than did patients on placebo. Quality-of-life scores did not differ between the treatment groups. Our finding that minocycline has a harmful effect on patients with ALS has implications for trials of minocycline in patients with other neurological disorders, and for how potential neuroprotective agents are screened for use in patients with ALS. INTERPRETATION: Our finding that minocycline has a harmful effect on patients with ALS has implications for trials of minocycline in patients with other neurological disorders, and for how potential neuroprotective agents are screened for use in patients with ALS. INTERPRETATION Our finding that minocycline has a harmful effect on patients with ALS has implications for trials of minocycline in patients with other neurological disorders, and for how potential neuroprotective agents are screened for use in patients with ALS.");
const epo = article('25886781', 'This study was performed to validate the ALS-MITOS as a 6-month proxy of survival in 200 ALS patients followed up to 18 months', 'This study was performed to validate the ALS-MITOS as a 6-month proxy of survival in 200 amyotrophic lateral sclerosis (ALS) patients followed up to 18 months.METHODS: Analyses were performed on data from the recombinant human erythropoietin RCT that failed to demonstrate differences between groups for both primary and secondary outcomes.');

describe('composeAnswer when the side is won by articles on other subjects', () => {
  const question = 'Is erythropoietin effective for treatment of amyotrophic lateral sclerosis?';

  it('lets the sentences naming the subject itself decide when they take the same side', async () => {
    const articles = [celecoxib, minocycline, epo];
    const answer = await composeAnswer(question, { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });
    expect(answer.verdict).toBe('no');
    expect(answer.direct?.citations[0]?.quote).toMatch(/erythropoietin RCT that failed to demonstrate differences/);
  });

  it('stays uncertain when no sentence on the subject itself takes a side', async () => {
    const silent = article('25886781', epo.title, 'This study was performed to validate the ALS-MITOS as a 6-month proxy of survival in 200 ALS patients. Analyses were performed on data from the recombinant human erythropoietin RCT.');
    const articles = [celecoxib, minocycline, silent];
    const answer = await composeAnswer(question, { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });
    expect(answer.verdict).not.toBe('no');
  });
});
