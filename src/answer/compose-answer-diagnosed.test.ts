import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { statesHowDiagnosed } from './direct-fit.js';
import { plainArticle } from './fixtures/plain-article.js';

// Shaped on PMIDs 3674116 and 8723064 of the shipped corpus: a family report that says how the diagnosis was made
// without naming the syndrome again in that sentence, beside a case sentence that names it.
const family = plainArticle(
  '3674116',
  'Familial Kallmann-Ross syndrome with apparently normal chromosomes.',
  'We report on 4 sibs (2F, 2M) with Kallmann-Ross syndrome (KRS). Diagnosis was made clinically on the basis of history, behavior, and physical findings in 3 of the sibs. The other child had died at age 10 months with a history and clinical findings typical of first phase of Kallmann-Ross syndrome. Results of chromosome studies on the parents and surviving sibs were normal. The implications of this unusual familial occurrence for our understanding of KRS are discussed.',
);
const probe = plainArticle(
  '8723064',
  'Deletion of a small gene in Kallmann-Ross syndrome: two sibs with the typical phenotype.',
  'The small gene is regarded as one of the candidates for Kallmann-Ross syndrome (KRS). We describe two sibs with typical KRS presenting deletion of the gene. This implies a smaller deletion limited to the KRS critical region.',
);
const found = { findEvidence: async () => [family, probe].map((article, i) => ({ article, score: 1 - i / 10 })), corpus: { articles: 1896, snapshot: 'test' } };

describe('composeAnswer on how a condition is diagnosed', () => {
  it('opens with the sentence saying how the diagnosis was made, not with a case sentence naming the condition', async () => {
    const answer = await composeAnswer('How is Kallmann-Ross syndrome diagnosed?', found);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/^Diagnosis was made clinically/);
  });
});

describe('statesHowDiagnosed', () => {
  it('reads how a diagnosis is made, confirmed or based', () => {
    expect(statesHowDiagnosed('Diagnosis was made clinically on the basis of history, behavior, and physical findings.')).toBe(true);
    expect(statesHowDiagnosed('The diagnosis is confirmed by genetic testing.')).toBe(true);
    expect(statesHowDiagnosed('Celiac disease is diagnosed by small bowel biopsy.')).toBe(true);
    expect(statesHowDiagnosed('The results suggest that the prenatal diagnosis of Wolman disease be made using the radioassay of acid lipase.')).toBe(true);
    expect(statesHowDiagnosed('A trial of intravenous edrophonium usually gives the diagnosis within minutes.')).toBe(true);
    expect(statesHowDiagnosed('The mainstay of screening for thalassaemia trait is the red cell indices of a full blood count.')).toBe(true);
    expect(statesHowDiagnosed('Survival after the diagnosis gave no cause for concern in the cohort.')).toBe(false);
    expect(statesHowDiagnosed('The other child had died at age 10 months with clinical findings typical of the syndrome.')).toBe(false);
  });
});
