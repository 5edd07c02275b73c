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

// PMIDs 10593994 and 10662807 of the shipped corpus (Papillon-Lefevre syndrome).
const expression = plainArticle(
  '10593994',
  'Mutations of the cathepsin C gene are responsible for Papillon-Lefevre syndrome.',
  "Papillon-Lefevre syndrome (PLS) is an autosomal recessive disorder characterised by palmoplantar hyperkeratosis and severe early onset periodontitis that results in the premature loss of the primary and secondary dentitions. A major gene locus for PLS has been mapped to a 2. 8 cM interval on chromosome 11q14. Correlation of physical and genetic maps of this interval indicate it includes at least 40 ESTs and six known genes including the lysosomal protease cathepsin C gene (CTSC). The CTSC message is expressed at high levels in a variety of immune cells including polymorphonuclear leucocytes, macrophages, and their precursors. By RT-PCR, we found CTSC is also expressed in epithelial regions commonly affected by PLS, including the palms, soles, knees, and oral keratinised gingiva. The 4. 7 kb CTSC gene consists of two exons. Sequence analysis of CTSC from subjects affected with PLS from five consanguineous Turkish families identified four different mutations. An exon 1 nonsense mutation (856C-- > T) introduces a premature stop codon at amino acid 286. Three exon 2 mutations were identified, including a single nucleotide deletion (2692delA) of codon 349 introducing a frameshift and premature termination codon, a 2 bp deletion (2673-2674delCT) that results in introduction of a stop codon at amino acid 343, and a G-- > A substitution in codon 429 (2931G-- > A) introducing a premature termination codon. All PLS patients were homozygous for cathepsin C mutations inherited from a common ancestor. Parents and sibs heterozygous for cathepsin C mutations do not show either the palmoplantar hyperkeratosis or severe early onset periodontitis characteristic of PLS. A more complete understanding of the functional physiology of cathepsin C carries significant implications for understanding normal and abnormal skin development and periodontal disease susceptibility",
);
const allelic = plainArticle(
  '10662807',
  'Haim-Munk syndrome and Papillon-Lefevre syndrome are allelic mutations in cathepsin C.',
  "Of the many palmoplantar keratoderma (PPK) conditions, only Papillon-Lefevre syndrome (PLS) and Haim-Munk syndrome (HMS) are associated with premature periodontal destruction. Although both PLS and HMS share the cardinal features of PPK and severe periodontitis, a number of additional findings are reported in HMS including arachnodactyly, acro-osteolysis, atrophic changes of the nails, and a radiographic deformity of the fingers. While PLS cases have been identified throughout the world, HMS has only been described among descendants of a religious isolate originally from Cochin, India. Parental consanguinity is a characteristic of many cases of both conditions. Although autosomal recessive transmission of PLS is evident, a more \" complex \" autosomal recessive pattern of inheritance with phenotypic influences from a closely linked modifying locus has been hypothesised for HMS. Recently, mutations of the cathepsin C gene have been identified as the underlying genetic defect in PLS. To determine if a cathepsin C mutation is also responsible for HMS, we sequenced the gene in affected and unaffected subjects from the Cochin isolate in which both the PLS and HMS phenotypes appear. Here we report identification of a mutation of cathepsin C (exon 6, 2127A-- > G) that changes a highly conserved amino acid in the cathepsin C peptide. This mutation segregates with HMS in four nuclear families. Additionally, the existence of a shared common haplotype for genetic loci flanking the cathepsin C gene suggests that affected subjects descended from the Cochin isolate are homozygous for a mutation inherited \" identical by descent \" from a common ancestor. This finding supports simple autosomal recessive inheritance for HMS in these families. We also report a mutation of the same exon 6 CTSC codon (2126C-- > T) in a Turkish family with classical PLS. These findings provide evidence that PLS and HMS are allelic variants of cathepsin C gene mutations..",
);

describe('composeAnswer on which gene causes a disease', () => {
  it('opens with the sentence naming the gene as the cause, not one that only names the gene', async () => {
    const answer = await composeAnswer('Which gene causes Papillon-Lefevre syndrome?', options([expression, allelic]));
    expect(answer.direct?.text).toBe('Recently, mutations of the cathepsin C gene have been identified as the underlying genetic defect in PLS.');
  });
});
