import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

// Real abstracts of the shipped corpus behind the hand-made questions of round 12 (scratch/hq8-questions.txt).
describe('composeAnswer answers in the form asked', () => {
  it("answers an effect question with the sentence giving the change in what is affected, not the background on the cause", async () => {
    const articles = [
      article("25766232", "Reduced vaccination and the risk of measles and other childhood infections post-Ebola.", "The Ebola epidemic in West Africa has caused substantial morbidity and mortality. The outbreak has also disrupted health care services, including childhood vaccinations, creating a second public health crisis. We project that after 6 to 18 months of disruptions, a large connected cluster of children unvaccinated for measles will accumulate across Guinea, Liberia, and Sierra Leone. This pool of susceptibility increases the expected size of a regional measles outbreak from 127,000 to 227,000 cases after 18 months, resulting in 2000 to 16,000 additional deaths (comparable to the numbers of Ebola deaths reported thus far). There is a clear path to avoiding outbreaks of childhood vaccine-preventable diseases once the threat of Ebola begins to recede: an aggressive regional vaccination campaign aimed at age groups left unprotected because of health care disruptions."),
    ];
    const answer = await composeAnswer("How could the Ebola epidemic affect measles in West Africa?", { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/from 127,000 to 227,000 cases/);
  });

  it("answers a question asking for a gene with the sentence naming the gene, not the one defining the syndrome", async () => {
    const articles = [
      article("9771706", "A gene encoding a transmembrane protein is mutated in patients with diabetes mellitus and optic atrophy (Wolfram syndrome).", "Wolfram syndrome (WFS; OMIM 222300) is an autosomal recessive neurodegenerative disorder defined by young-onset non-immune insulin-dependent diabetes mellitus and progressive optic atrophy. Linkage to markers on chromosome 4p was confirmed in five families. On the basis of meiotic recombinants and disease-associated haplotypes, the WFS gene was localized to a BAC/P1 contig of less than 250 kb. Mutations in a novel gene (WFS1) encoding a putative transmembrane protein were found in all affected individuals in six WFS families, and these mutations were associated with the disease phenotype. WFS1 appears to function in survival of islet beta-cells and neurons.."),
    ];
    const answer = await composeAnswer("Which gene is mutated in Wolfram syndrome?", { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/a novel gene \(WFS1\)/);
  });

  it("answers a question on what a protein does with the sentence saying what it does, not where its mouse gene maps", async () => {
    const articles = [
      article("8666397", "The mouse homolog of the Wiskott-Aldrich syndrome protein (WASP) gene is highly conserved and maps near the scurfy (sf) mutation on the X chromosome.", "The mouse WASP gene, the homolog of the gene mutated in Wiskott-Aldrich syndrome, has been isolated and sequenced. the predicted amino acid sequence is 86% identical to the human WASP sequence. A distinct feature of the mouse gene is an expanded polymorphic GGA trinucleotide repeat that codes for polyglycine and varies from 15 to 17 triplets in different Mus musculus strains. The genomic structure of the mouse WASP gene is expressed as an approximately 2. 4-kb mRNA in thymus and spleen. Chromosomal mapping in an interspecific M. Musculus/M. spretus backcross placed the Wasp locus near the centromere of the mouse X chromosome, inseparable from Gata1, Tcfe3, and scurfy (sf). This localization makes Wasp a candidate for involvement in scurfy, a T cell-mediated fatal lymphoreticular disease of mice that has previously been proposed as a mouse homolog of Wiskott-Aldrich syndrome. Northern analysis of sf tissue samples indicated the presence of WASP mRNA in liver and skin, presumably as a consequence of lymphocytic infiltration, but non abnormalities in the amount or size of mRNA present."),
      article("8625410", "Wiskott-Aldrich syndrome protein, a novel effector for the GTPase CDC42Hs, is implicated in actin polymerization.", "The Rho family of GTPases control diverse biological processes, including cell morphology and mitogenesis. We have identified WASP, the protein that is defective in Wiskott-Aldrich syndrome (WAS), as a novel effector for CDC42Hs, but not for the other Rho family members, Rac and Rho. This interaction is dependent on the presence of the G protein-binding domain. Cellular expression of epitope-tagged WASP produces clusters of WASP that are highly enriched in polymerized actin. This clustering is not observed with a C-terminally deleted WASP and is inhibited by coexpression with dominant negative CDC42Hs-N17, but not with dominant negative forms of Rac or Rho. Thus, WASP provides a novel link between CDC42Hs and the actin cytoskeleton, which suggests a molecular mechanism for many of the cellular abnormalities in WAS. The WASP sequence contains two novel domains that are homologous to other proteins involved in action organization.."),
    ];
    const answer = await composeAnswer("What does the Wiskott-Aldrich syndrome protein do?", { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/provides a novel link between CDC42Hs and the actin cytoskeleton/);
  });

  it("answers a question on the genetic cause with the mutations found, though the article never writes \"genetic\"", async () => {
    const articles = [
      article("10615125", "Mutations in TNFRSF11A, affecting the signal peptide of RANK, cause familial expansile osteolysis.", "Familial expansile osteolysis (FEO, MIM 174810) is a rare, autosomal dominant bone disorder characterized by focal areas of increased bone remodelling. The osteolytic lesions, which develop usually in the long bones during early adulthood, show increased osteoblast and osteoclast activity. Our previous linkage studies mapped the gene responsible for FEO to an interval of less than 5 cM between D18S64 and D18S51 on chromosome 18q21. 2-21 2-21. 3 in a large Northern Irish family. The gene encoding receptor activator of nuclear factor-kappa B (RANK; ref. 5), TNFRSF11A, maps to this region. RANK is essential in osteoclast formation. We identified two heterozygous insertion mutations in exon 1 of TNFRSF11A in affected members of four families with FEO or familial Paget disease of bone (PDB). One was a duplication of 18 bases and the other a duplication of 27 bases, both of which affected the signal peptide region of the RANK molecule. Expression of recombinant forms of the mutant RANK proteins revealed perturbations in expression levels and lack of normal cleavage of the signal peptide. Both mutations caused an increase in RANK-mediated nuclear factor-kappaB (NF-kappaB) signalling in vitro, consistent with the presence of an activating mutation."),
    ];
    const answer = await composeAnswer("What is the genetic cause of familial expansile osteolysis?", { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/insertion mutations in exon 1 of TNFRSF11A/);
  });
});
