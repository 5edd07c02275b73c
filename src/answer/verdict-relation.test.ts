import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { askedRelations, askedRelationsOf, speaksOfRelation } from './verdict-relation.js';

const heard = (text: string, pmid: string, score: number, coverage: number, stems: string[] = []): ScoredPassage => ({
  pmid, section: 'ABSTRACT', index: 1, text, score, coverage, rank: 0, stems: new Set(stems),
});

describe('speaksOfRelation', () => {
  it('asks inheriting, curing and stopping a course to be said, and other relations not', () => {
    const inherited = analyzeQuestion('Is spinocerebellar ataxia type 3 inherited?');
    expect(speaksOfRelation('Spinocerebellar ataxia type 3 is a progressive neurodegenerative disorder of adult onset.', inherited)).toBe(false);
    expect(speaksOfRelation('SCA3 is transmitted as an autosomal dominant trait.', inherited)).toBe(true);
    expect(speaksOfRelation('The disease ran in three generations of the family.', inherited)).toBe(true);
    const cured = analyzeQuestion('Can Hodgkin lymphoma be cured?');
    expect(speaksOfRelation('Hodgkin lymphoma presents with painless lymphadenopathy.', cured)).toBe(false);
    expect(speaksOfRelation('Most patients achieve a durable complete remission after chemotherapy.', cured)).toBe(true);
    // "Is there a cure for X?" asks whether a treatment exists: sentences on treating it answer (decide-verdict).
    expect(askedRelations(analyzeQuestion('Is there a cure for Friedreich ataxia?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Is Sotrovimab effective for COVID-19?'))).toEqual([]);
  });

  it('asks nothing of a word that only names a thing ("hereditary spherocytosis", "cardiac arrest", "stop using")', () => {
    expect(askedRelations(analyzeQuestion('Should children with hereditary spherocytosis have their gallbladder removed?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Is curative surgery possible for pancreatic cancer?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Is adrenaline necessary during resuscitation of cardiac arrest?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Should I stop using the eye drops?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Is hemochromatosis inherited in an autosomal recessive manner?'))).toHaveLength(1);
    expect(askedRelations(analyzeQuestion('Does imatinib cure chronic myeloid leukaemia?'))).toHaveLength(1);
    expect(askedRelationsOf(analyzeQuestion('Is hereditary spherocytosis curable?')).map(({ kind, word }) => ({ kind, word }))).toEqual([{ kind: 'curing', word: 'curable' }]);
  });

  it('asks no stopping of a purpose ("worth doing X to stop Y"): the worth, safety or need of the act is asked', () => {
    expect(askedRelations(analyzeQuestion('After a fragility hip fracture in an older woman, is it worth nailing the other hip prophylactically to stop a second fracture?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Is it safe to give tranexamic acid to stop the bleeding after a tooth extraction?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Does tranexamic acid stop the bleeding after a tooth extraction?'))).toHaveLength(1);
    // A denial of that worth now counts for "no" (a real conclusion, PMID 20101129).
    const worth = analyzeQuestion('Is it worth nailing the other hip prophylactically to stop a second hip fracture in an older woman?');
    const sentence = 'Prophylactic fixation with a cephalomedullary nail was not found to be cost-effective for the average older woman who sustained a hip fracture.';
    expect(speaksOfRelation(sentence, worth)).toBe(true);
    expect(decideVerdict([heard(sentence, '1', 0.7, 0.6)], { analysis: worth }).verdict).toBe('no');
  });

  it('reads "stop the progression" as a course and "stop the cough" as how often it comes', () => {
    const course = analyzeQuestion('Does interferon beta stop the clinical progression of multiple sclerosis?');
    expect(speaksOfRelation('After treatment there was a progressive reduction of gadolinium-enhancing lesions.', course)).toBe(false);
    expect(speaksOfRelation('Interferon beta delayed the progression of disability.', course)).toBe(true);
    const cough = analyzeQuestion('Does lidocaine given first stop the cough caused by fentanyl?');
    expect(speaksOfRelation('The incidence of cough was 8% with lidocaine and 35% with saline (P < 0.01).', cough)).toBe(true);
  });
});

describe('decideVerdict hears only sentences that speak of the asked relation', () => {
  it('does not let a lowered lab value beside the transplant affirm that it stops the neurological course', () => {
    // Shaped on two case reports of a transplant for a leukodystrophy: one finds a lab value lowered but the course
    // going on, the other only reports the lab values falling after the transplant.
    const asked = analyzeQuestion('Does a bone marrow transplant stop the neurological progression of metachromatic leukodystrophy?');
    // The answer stage reads "BMT" as the question's "bone marrow transplant".
    const transplant = ['bone', 'marrow', 'transplant'];
    const failed = heard('Bone marrow transplant lowered the urinary sulfatide level but failed to arrest neurological progression.', '1', 0.74, 0.72);
    const labs = heard('Ten days after BMT, arylsulfatase A activity became normal; after 3 months, there was progressive reduction of urinary sulfatides to levels only slightly above normal.', '2', 0.73, 0.6, transplant);
    const death = heard('The patient died of an adenovirus infection 141 days after BMT.', '2', 0.65, 0.48, transplant);
    expect(polarityOf(labs.text, asked)).toBe(1);
    const result = decideVerdict([failed, labs, death], { analysis: asked });
    expect(result.verdict).toBe('no');
    expect(result.decisive).toBe(failed);
  });

  it('stays uncertain on "Is X inherited?" when no sentence speaks of inheritance, and hears one that does', () => {
    const asked = analyzeQuestion('Is spinocerebellar ataxia type 3 inherited?');
    const about = heard('Spinocerebellar ataxia type 3 is a progressive neurodegenerative disorder of adult onset.', '1', 0.8, 0.9);
    expect(decideVerdict([about], { analysis: asked }).verdict).toBe('uncertain');
    const mode = heard('Spinocerebellar ataxia type 3 is an autosomal dominant inherited ataxia.', '2', 0.8, 0.9);
    expect(decideVerdict([about, mode], { analysis: asked })).toMatchObject({ verdict: 'yes', decisive: mode });
  });

  it('does not let a denial that speaks neither of curing nor of treating deny a cure, and still hears one that does', () => {
    // Shaped on a sentence of the shipped corpus on temperature findings in Prader-Willi syndrome.
    const asked = analyzeQuestion('Can Prader-Willi syndrome be cured?');
    const unrelated = heard('No differences were noted between the Prader-Willi syndrome patients and the controls, suggesting that these abnormalities are not unique to Prader-Willi syndrome.', '1', 0.8, 0.9);
    expect(decideVerdict([unrelated], { analysis: asked }).verdict).toBe('uncertain');
    const none = heard('There is no treatment that cures Prader-Willi syndrome.', '2', 0.8, 0.9);
    expect(decideVerdict([unrelated, none], { analysis: asked })).toMatchObject({ verdict: 'no', decisive: none });
  });

  it('does not read "inheritance" as a negated "heritable"', () => {
    const asked = analyzeQuestion('Can epigenetic modifications be heritable?');
    expect(polarityOf('Although essential for epigenetic inheritance, the transfer of parental histones to replicating DNA is poorly understood.', asked)).toBe(0);
    expect(polarityOf('These epigenetic marks are not heritable.', asked)).toBe(-1);
  });
});

describe('a trend asked in the progressive', () => {
  it('asks a change over time of "Is X increasing?", but nothing of "increasing age" naming a thing', () => {
    expect(askedRelationsOf(analyzeQuestion('Is the incidence of syphilis rising among young men?')).map((r) => r.kind)).toEqual(['changing']);
    expect(askedRelationsOf(analyzeQuestion('Are antibiotic prescriptions declining in primary care?')).map((r) => r.kind)).toEqual(['changing']);
    expect(askedRelations(analyzeQuestion('Is increasing age a risk factor for delirium?'))).toEqual([]);
    expect(askedRelations(analyzeQuestion('Does exercise increase bone density?'))).toEqual([]);
  });

  it('is not affirmed by subgroups "more likely" to do it, when the study finds no change over time', () => {
    const asked = analyzeQuestion('Is binge drinking increasing among university students?');
    const sentences = [
      heard('There was no evidence of an increase in reported binge drinking over time in this cohort.', '1', 1, 0.66),
      heard('However, several subgroups were identified as being more likely to report binge drinking and should be targeted.', '1', 1, 0.56),
      heard('Men (OR, 1.38) and first-year students (OR, 1.26) were more likely to report binge drinking.', '1', 1, 0.7),
      heard('Binge drinking remains a significant public health problem among university students.', '2', 1, 0.6),
    ];
    expect(decideVerdict(sentences, { analysis: asked }).verdict).toBe('no');
  });
});

describe('askedRelationsOf in everyday words of inheriting', () => {
  it('asks a sentence on inheriting for "handed down" or "run in the family", not for a family a study describes', () => {
    const handed = analyzeQuestion('my son has emery-dreifuss muscular dystrophy, was it handed down from me?');
    expect(askedRelationsOf(handed).map((r) => r.kind)).toEqual(['inheriting']);
    expect(speaksOfRelation('Emery-Dreifuss muscular dystrophy (EDMD) is an X-linked recessive muscular dystrophy characterized by early contractures.', handed)).toBe(true);
    expect(speaksOfRelation('Together, our findings suggest the specific deficiency of emerin in the nuclear membrane of muscle cells in patients with EDMD.', handed)).toBe(false);
    expect(askedRelationsOf(analyzeQuestion('Does familial Mediterranean fever run in the family?')).map((r) => r.kind)).toEqual(['inheriting']);
    expect(askedRelationsOf(analyzeQuestion('Is colchicine effective in a large family with nasal polyps running in it?'))).toEqual([]);
  });
});
