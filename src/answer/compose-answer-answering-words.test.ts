import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// PMID 25384981 as PubMed gives it: a study of a drug correcting the CFTR trafficking defect, whose first sentence says
// what causes cystic fibrosis.
const CF = plainArticle(
  '25384981',
  "Activation of 3-phosphoinositide-dependent kinase 1 (PDK1) and serum- and glucocorticoid-induced protein kinase 1 (SGK1) by short-chain sphingolipid C4-ceramide rescues the trafficking defect of ΔF508-cystic fibrosis transmembrane conductance regulator (ΔF508-CFTR).",
  "Cystic fibrosis (CF) is due to a folding defect in the CF transmembrane conductance regulator (CFTR) protein. The most common mutation, ΔF508, prevents CFTR from trafficking to the apical plasma membrane. Here we show that activation of the PDK1/SGK1 signaling pathway with C4-ceramide (C4-CER), a non-toxic small molecule, functionally corrects the trafficking defect in both cultured CF cells and primary epithelial cell explants from CF patients. The mechanism of C4-CER action involves a series of mutual autophosphorylation and phosphorylation events between PDK1 and SGK1. Detailed mechanistic studies indicate that C4-CER initially induces autophosphorylation of SGK1 at Ser(422). SGK1[Ser(P)(422)] and C4-CER coincidently bind PDK1 and permit PDK1 to autophosphorylate at Ser(241). Then PDK1[Ser(P)(241)] phosphorylates SGK1[Ser(P)(422)] at Thr(256) to generate fully activated SGK1[Ser(422), Thr(P)(256)]. SGK1[Ser(P)(422),Thr(P)(256)] phosphorylates and inactivates the E3 ubiquitin ligase Nedd4-2. ΔF508-CFTR is thus free to traffic to the plasma membrane. Importantly, C4-CER-mediated activation of both PDK1 and SGK1 is independent of the PI3K/Akt/mammalian target of rapamycin signaling pathway. Physiologically, C4-CER significantly increases maturation and stability of ΔF508-CFTR (t½ ∼10 h), enhances cAMP-activated chloride secretion, and suppresses hypersecretion of interleukin-8 (IL-8). We suggest that candidate drugs for CF directed against the PDK1/SGK1 signaling pathway, such as C4-CER, provide a novel therapeutic strategy for a life-limiting disorder that affects one child, on average, each day.",
);
const corpus = { articles: 1, snapshot: 'fixtures' };
// PMIDs 8917548 (mice, "the same symptoms found in ataxia-telangiectasia patients") and 8968760 (what A-T is characterized by).
const MICE = plainArticle('8917548', "Pleiotropic defects in ataxia-telangiectasia protein-deficient mice.", "We have generated a mouse model for ataxia-telangiectasia by using gene targeting to generate mice that do not express the Atm protein. Atm-deficient mice are retarded in growth, do not produce mature sperm, and exhibit severe defects in T cell maturation while going on to develop thymomas. Atm-deficient fibroblasts grow poorly in culture and display a high level of double-stranded chromosome breaks. Atm-deficient thymocytes undergo spontaneous apoptosis in vitro significantly more than controls. Atm-deficient mice then exhibit many of the same symptoms found in ataxia-telangiectasia patients and in cells derived from them. Furthermore, we demonstrate that the Atm protein exists as two discrete molecular species, and that loss of one or of both of these can lead to the development of the disease..");
const FOUNDER = plainArticle('8968760', "Ataxia-telangiectasia: founder effect among north African Jews.", "The ATM gene is responsible for the autosomal recessive disorder ataxia-telangiectasia (A-T), characterized by cerebellar degeneration, immunodeficiency and cancer predisposition. A-T carriers were reported to be moderately cancer-prone. A wide variety of A-T mutations, most of which are unique to single families, were identified in various ethnic groups, precluding carrier screening with mutation-specific assays. However, a single mutation was observed in 32/33 defective ATM alleles in Jewish A-T families of North African origin, coming from various regions of Morocco and Tunisia. This mutation, 103C-- > T, results in a stop codon at position 35 of the ATM protein. In keeping with the nature of this mutation, various antibodies directed against the ATM protein failed to defect this protein in patient cells. A rapid carrier detection assay detected this mutation in three out of 488 ATM alleles of Jewish Moroccan or Tunisian origin. This founder effect provides a unique opportunity for population-based screening for A-T carriers in a large Jewish community..");

describe('composeAnswer on "What causes X?"', () => {
  it('leads with the sentence naming the cause, not the finding on a drug that corrects the defect', async () => {
    const answer = await composeAnswer('What causes cystic fibrosis?', { findEvidence: fakeFindEvidence([CF]), corpus });
    expect(answer.direct?.text).toMatch(/^Cystic fibrosis \(CF\) is due to a folding defect/);
  });

  it('leads with the cause in a record of our own making, where a treatment finding and a sentence writing "causes" score higher', async () => {
    const made = plainArticle(
      '1',
      'Vitamin C in the treatment of scurvy.',
      'The causes of scurvy were long debated among naval surgeons. Scurvy results from a lack of vitamin C in the diet. We treated twelve sailors with scurvy with oranges and lemons. In conclusion, oranges and lemons given to sailors with scurvy cured scurvy within six days.',
    );
    const answer = await composeAnswer('What causes scurvy?', { findEvidence: fakeFindEvidence([made]), corpus });
    expect(answer.direct?.text).toMatch(/^Scurvy results from a lack of vitamin C/);
    const treated = await composeAnswer('How is scurvy treated?', { findEvidence: fakeFindEvidence([made]), corpus });
    expect(treated.direct?.text).not.toMatch(/^Scurvy results from/);
  });
});

describe('composeAnswer on "What are the symptoms of X?"', () => {
  it('answers from the sentence saying what X is characterized by, which does not write "symptoms"', async () => {
    const answer = await composeAnswer('What are the symptoms of ataxia-telangiectasia?', { findEvidence: async () => [MICE, FOUNDER].map((article) => ({ article, score: 1 })), corpus });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/characterized by cerebellar degeneration/);
  });
});
