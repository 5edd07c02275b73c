import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

const corpus = { articles: 1, snapshot: 'fixtures' };

// Shaped on a randomized trial of elective re-siting of cannulae: the abstract opens with how common the complication
// is, and closes with the effect of the practice asked about.
describe('composeAnswer lead of a yes/no question on what a practice does', () => {
  it('opens with the sentence stating the effect measured, not the opening sentence on how common the complication is', async () => {
    const articles = [
      article(
        '1',
        'Does scheduled replacement of urinary catheters decrease catheter-associated bacteriuria?',
        'Catheter-associated urinary tract infection (CAUTI) is a common complication of urinary catheterization, occurring in about 25% of patients. We evaluated the effect of scheduled replacement of urinary catheters every 7 days on the incidence of CAUTI in patients needing long-term drainage. We randomized 60 patients to either the control or study group. Catheters in the study group were replaced every 7 days. The incidence of CAUTI was 60% in the control group and only 12% in the study group (p<0.001). Scheduled replacement of urinary catheters every 7 days results in a significant reduction in the incidence of CAUTI.',
      ),
    ];
    const answer = await composeAnswer('Should urinary catheters be replaced routinely to prevent urinary tract infection?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/significant reduction in the incidence/);
  });
});

// Shaped on a deletion-mapping abstract: it defines the syndrome first, then places its critical region.
describe('composeAnswer lead of a question asking for a chromosome', () => {
  it('opens with a sentence naming the chromosome, not the definition of the syndrome', async () => {
    const articles = [
      article(
        '1',
        'Williams syndrome: mapping of the chromosome region involved in 14 probands.',
        'Williams syndrome (WS), a developmental disorder of connective tissue and the central nervous system, is characterized by supravalvular aortic stenosis, infantile hypercalcemia and a distinctive facial appearance. On the basis of these families, parent of origin does not appear to play an important role in the WS phenotype. Cytogenetic studies support the presence of a WS critical region in band 7q11.23. A third locus, D7S489, is deleted in the eight WS probands tested.',
      ),
    ];
    const answer = await composeAnswer('What chromosome is involved in Williams syndrome?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/7q11\.23/);
  });
});

// Shaped on a mutation-spectrum abstract on two hamartoma syndromes: one sentence says which gene they share, another
// only mentions a mutation seen in families of each.
describe('composeAnswer lead of a question on the difference between two syndromes', () => {
  it('opens with the sentence saying how the two relate, not one mentioning both in passing', async () => {
    const articles = [
      article(
        '1',
        'Mutation spectrum in Lynch syndrome and Muir-Torre syndrome, two cancer syndromes with germline MSH2 mutation.',
        'It is also worthy of note that a single nonsense point mutation, Q601X, was observed in the germline DNA from two unrelated Lynch syndrome families and one Muir-Torre syndrome family. In addition, MSH2 was identified as the susceptibility gene for two cancer syndromes Lynch syndrome (LS) and Muir-Torre syndrome (MTS). Germline MSH2 mutations were identified in four of seven (57%) MTS families studied. Genotype-phenotype studies were not performed on this small group of MTS families.',
      ),
    ];
    const answer = await composeAnswer('What is the difference between Lynch syndrome and Muir-Torre syndrome?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/susceptibility gene for two cancer syndromes/);
  });
});

// Shaped on a two-hybrid abstract: the sentence covering most of the question says a novel protein was found; the one
// naming it covers less, and mentions another domain by its short form, which a second article spells out.
describe('composeAnswer lead of a question asking for a protein', () => {
  it('opens with the sentence naming the protein, not the one announcing a novel protein or spelling out a domain', async () => {
    const articles = [
      article(
        '1',
        'Identification of a WD40 protein that can interact in vivo with the FANCA gene product.',
        'The Fanconi anemia gene, FANCA, encodes a large polypeptide that contains a nuclear localization signal. Here we describe a novel protein that interacts in vivo with the N-terminal region of FANCA. This FANCA-associated WD40 repeat (FAAP40) protein contains an N-terminal WD40 motif, three tandem ankyrin repeats, and a C-terminal sequence with significant homology to the conserved BRCT domains that lie near the C terminus of FANCA. The FAAP40/FANCA interaction is disrupted by FANCA missense mutations that segregate with Fanconi anemia.',
      ),
      article(
        '2',
        'FANCA associates with the histone deacetylase complex.',
        'FANCA contains a carboxyl-terminal domain (BRCT) that is shared with several other proteins involved in maintaining genome integrity. Here we report that FANCA interacts in vivo and in vitro with the N-terminal region of histone-binding proteins.',
      ),
    ];
    const answer = await composeAnswer('What protein interacts with the N-terminal region of FANCA?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/FAAP40/);
  });
});

// Shaped on a cohort study of a predictor of disability: its conclusion names the predictor, and the sentence after it
// goes on with "Its ...", which alone does not say what it speaks of, though it holds the question's "leading to".
describe('composeAnswer lead that opens by pointing back', () => {
  it('opens with the sentence naming the subject, not the one after it beginning "Its ..."', async () => {
    const articles = [
      article(
        '1',
        'Loneliness and frailty in a cohort of farmers.',
        'To evaluate loneliness as a predictor of frailty. A 10-year follow-up study was carried out among a representative cohort of 4200 farmers aged 50-64 years. Frailty was assessed with the Fried criteria at the end of follow-up. Loneliness is an independent risk factor for frailty. Its predictive significance varies between the disorders leading to frailty later in life. The mechanisms are likely to vary from one disorder to another.',
      ),
    ];
    const answer = await composeAnswer('Does loneliness lead to frailty later in life?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toBe('Loneliness is an independent risk factor for frailty.');
  });
});

// Shaped on a narrative review of a device: it closes by telling what the author covers, which names most of the
// question, while the sentences before it state what is known.
describe('composeAnswer lead of a review', () => {
  it("opens with a sentence of the review stating something, not its sentence telling what the author addresses", async () => {
    const articles = [
      article(
        '1',
        'Laryngeal mask airways in infants: a review.',
        'Almost all laryngeal mask airways are now available in infant sizes. Laryngeal mask airways are now used in infants for laparoscopic surgery, head and neck surgery and for ventilation during resuscitation. This article presents an overview of the current options available. In this review, the author also addresses some of the general concerns regarding the safety of laryngeal mask airways in infants and explores newer roles of their use.',
      ),
    ];
    const answer = await composeAnswer('are laryngeal mask airways safe in infants?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/laryngeal mask airways/);
    expect(answer.direct?.text).not.toMatch(/the author also addresses|presents an overview/);
  });
});

// Shaped on a cohort on preoperative ferritin: the opening says optimising the level helps; a result gives the level.
describe('composeAnswer lead of a question asking for a level', () => {
  it('opens with the sentence giving the level, not the opening on why the level matters', async () => {
    const articles = [
      article(
        '1',
        'Preoperative ferritin and the need for iron infusion after caesarean section.',
        'Optimization of the preoperative ferritin level is an effective way to reduce postpartum anaemia after caesarean section, though iron infusion is costly. We reviewed 640 consecutive women delivered by elective caesarean section in our unit. The need for postpartum iron infusion was associated with a preoperative ferritin below 30 ng/mL (OR 4.1; P < 0.001). Not all women need the same preoperative ferritin target.',
      ),
    ];
    const answer = await composeAnswer('What ferritin level before caesarean section avoids postpartum iron infusion?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/30 ng\/mL/);
  });
});
