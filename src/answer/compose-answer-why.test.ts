import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// PMIDs 2729274 and 2161209 of clinq's shipped corpus (data/corpus).
const colourVision = plainArticle(
  '2729274',
  'Color vision defects in adrenomyeloneuropathy.',
  'The relationship between abnormal color vision and adrenomyeloneuropathy (AMN) was investigated in 27 AMN patients and 31 age-matched controls by using the Farnsworth-Munsell 100 Hue test. Twelve (44%) of 27 patients showed test scores significantly above normal. The axes of bipolarity determined by the testing differed widely between the patients with abnormal scores, compatible with the notion that different alterations in visual pigment genes occur in different AMN kindreds. These observations confirm our earlier impression that the frequency of abnormal color vision is increased in these kindreds, and it supports our contentions that (1) AMN (and its companion, adrenoleukodystrophy) are very closely linked to the visual pigment loci at Xq28 and (2) this proximity might provide the opportunity to observe contiguous gene defects..',
);
const kindred = plainArticle(
  '2161209',
  'Linkage of DNA markers at Xq28 to adrenoleukodystrophy and adrenomyeloneuropathy present within the same family.',
  'We present a large kindred that contained patients with either adrenoleukodystrophy (ALD) or adrenomyeloneuropathy (AMN). The pedigree clearly supported the X-linked mode of inheritance of the nonneonatal form of ALD/AMN. Analysis with DNA markers at Xq28 suggested segregation of both ALD and AMN with an identical haplotype. This indicated that nonneonatal ALD and AMN are caused by a mutation in the same gene at Xq28. It showed, furthermore, that phenotypic differences between ALD and AMN are not necessarily the consequence of allelic heterogeneity due to different mutations within the same gene. The maximal lod score for linkage of the ALD/AMN gene and the multiallelic anonymous DNA marker at DXS52 was 3. 0 at a recombination fraction of 0. 00. This made a prenatal or presymptomatic diagnosis and heterozygote detection by DNA analysis with this marker reliable.',
);
const EVERYDAY = new Set(['occur', 'same']);
const options = (articles: ReturnType<typeof plainArticle>[]) => ({
  findEvidence: async () => articles.map((article, i) => ({ article, score: 1 - i / 10 })),
  corpus: { articles: 1896, snapshot: 'test' },
  englishLevel: (word: string) => (EVERYDAY.has(word) ? 10 : 50),
  isNamedConcept: (word: string) => ['adrenoleukodystrophy', 'adrenomyeloneuropathy', 'family'].includes(word),
});

describe('composeAnswer on a why-question', () => {
  it('opens with the sentence that gives the cause, not one that shares the reader\'s everyday word', async () => {
    const answer = await composeAnswer('Why can adrenoleukodystrophy and adrenomyeloneuropathy occur in the same family?', options([colourVision, kindred]));
    expect(answer.direct?.text).toBe('This indicated that nonneonatal ALD and AMN are caused by a mutation in the same gene at Xq28.');
  });
});

// PMID 7717396 of the shipped corpus, whose last sentence relates X-ALD to affected families without giving a cause.
const carriers = plainArticle(
  '7717396',
  'Mutations in the gene for X-linked adrenoleukodystrophy in patients with different clinical phenotypes.',
  'Recently, the gene for the most common peroxisomal disorder, X-linked adrenoleukodystrophy (X-ALD), has been described encoding a peroxisomal membrane transporter protein. We analyzed the entire protein-coding sequence of this gene in five patients with different clinical expression of X-ALD and in their female relatives; these clinical expressions were cerebral childhood ALD, adrenomyeloneuropathy (AMN), and Addison disease only phenotype. Since the current biochemical techniques for X-ALD carrier detection in affected families lack sufficient reliability, our procedure described for systematic mutation scanning is also capable of improving genetic counseling and prenatal diagnosis.',
);

describe('composeAnswer on a why-question asked with short forms', () => {
  it('opens with the sentence giving the cause, not one relating the subjects without one', async () => {
    const answer = await composeAnswer('Why can ALD and AMN occur in the same family?', options([carriers, kindred]));
    expect(answer.direct?.text).toBe('This indicated that nonneonatal ALD and AMN are caused by a mutation in the same gene at Xq28.');
  });
});

describe('composeAnswer on how a condition is treated, when the evidence names an operation', () => {
  it('answers from "scrotal incision ... for orchidopexy" rather than say the article does not say how it is treated', async () => {
    const filler = ' Testicular position was examined at follow-up after a mean period of 10 months in the university hospital.'.repeat(6);
    const testes = plainArticle('20156655', 'Scrotal approach to impalpable undescended testes', `Initial single scrotal incision can be recommended for orchidopexy, even in the more difficult cases of impalpable undescended testes. The scrotal incision technique significantly reduces the need for laparoscopy in impalpable testes.${filler}`);
    const answer = await composeAnswer('How are impalpable undescended testes treated?', options([testes]));
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/orchidopexy/);
  });
});
