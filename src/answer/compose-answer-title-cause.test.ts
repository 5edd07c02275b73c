import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// PMID 9703418 as PubMed gives it: the cause is said in the title, the abstract reports the mutation found.
const C9 = plainArticle(
  '9703418',
  'Nonsense mutation in exon 4 of human complement C9 gene is the major cause of Japanese complement C9 deficiency.',
  'Deficiency of the ninth component of human complement (C9) is the most common complement deficiency in Japan but is rare in other countries. We studied the molecular basis of C9 deficiency in four Japanese C9-deficient patients who had suffered from meningococcal meningitis. Direct sequencing of amplified C9 cDNA and DNA revealed a nonsense substitution (CGA-- > TGA) at codon 95 in exon 4 in the four C9-deficient individuals. An allele-specific polymerase chain reaction system designed to detect exclusively only one of the normal and mutant alleles indicated that all the four patients were homozygous for the mutation in exon 4 and that the parents of patient 2 were heterozygous. The common mutation at codon 95 in exon 4 might be responsible for most Japanese C9 deficiency.',
);

describe('composeAnswer on a causes question whose article states the cause in its title', () => {
  it('answers from the article rather than saying it does not say what causes it', async () => {
    const answer = await composeAnswer('What causes complement C9 deficiency in Japan?', { findEvidence: fakeFindEvidence([C9]), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/codon 95 in exon 4/);
  });

  it('does not hear a title that states a cause of something else', async () => {
    const other = { ...C9, title: 'Loss of function mutations in the C7 gene are the major cause of complement C7 deficiency in Morocco.' };
    const answer = await composeAnswer('What causes complement C9 deficiency in Japan?', { findEvidence: fakeFindEvidence([other]), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.status).toBe('insufficient_evidence');
  });

  it("answers from the abstract's closing sentence naming the cause when the title does not state one", async () => {
    const untitled = { ...C9, title: 'Complement C9 deficiency in Japanese patients with meningococcal meningitis.' };
    const answer = await composeAnswer('What causes complement C9 deficiency in Japan?', { findEvidence: fakeFindEvidence([untitled]), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.direct?.text).toMatch(/might be responsible for most Japanese C9 deficiency/);
  });

  it('still refuses when neither the title nor any sentence states a cause (the closing sentence left out)', async () => {
    const abstract = C9.abstract.replace(/ The common mutation at codon 95[^]*$/, '');
    const untitled = plainArticle(C9.pmid, 'Complement C9 deficiency in Japanese patients with meningococcal meningitis.', abstract);
    const answer = await composeAnswer('What causes complement C9 deficiency in Japan?', { findEvidence: fakeFindEvidence([untitled]), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(untitled.abstract).not.toMatch(/responsible/);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/does not say what causes it/);
  });
});
