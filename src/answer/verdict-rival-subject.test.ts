import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { stemSet } from './content-terms.js';
import { decideVerdict } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { askedSubject, givesOtherObject, speaksOfNoSubject, speaksOfOtherCode, speaksOfRival } from './verdict-rival-subject.js';

const rival = (question: string, sentence: string, article = sentence) => speaksOfRival(stemSet(sentence), stemSet(article), analyzeQuestion(question));

describe('speaksOfRival', () => {
  it('finds a sentence that says the asked relation of another named thing', () => {
    expect(rival('Does YY1 inhibit VEGF?', 'INTRODUCTION: Tivozanib is a novel tyrosine kinase inhibitor (TKI) which inhibits vascular endothelial growth factor (VEGF) receptors-1, -2, and -3 at nanomolar concentrations')).toBe(true);
    expect(rival('Is Smad2 required for rapamycin-dependent repression?', 'Knockdown of YY1 caused a significant decrease in mitochondrial gene expression and in respiration, and YY1 was required for rapamycin-dependent repression of those genes.')).toBe(true);
    expect(rival('Is nivolumab used to treat malaria?', 'Febrifugine derivatives have been used to treat malaria, cancer, fibrosis and inflammatory disease.')).toBe(true);
    // The question's verb in the subject's run ("APC involved") names nothing: the code must be there.
    expect(rival('Is APC involved in genetic susceptibility?', 'These data suggest that IDDM2 is involved in the genetic susceptibility to IDDM in Japanese.')).toBe(true);
  });

  it('does not take a sentence on the asked thing for one on a rival', () => {
    expect(rival('Does YY1 inhibit Smad3?', 'YY1 inhibits Smad3/4 binding to and chromatin remodelling of the Foxp3 locus.')).toBe(false);
    // The code names the subject however the rest of its name is written.
    expect(rival('Are IgM-enriched immunoglobulins an effective adjuvant in septic VLBW infants?', 'This hypothesis-generator study shows that IgM-eIVIG is an effective adjuvant therapy in VLBW infants with proven sepsis.')).toBe(false);
  });

  it('lets an article that names the subject call it otherwise in the sentence', () => {
    const article = 'Mutations in the SMAD4/DPC4 tumor suppressor gene are involved in 50% of pancreatic cancers. These results indicate that Smad4 is initially required for gastrulation.';
    expect(rival('Is Dpc4 required for gastrulation?', 'These results indicate that Smad4 is initially required for gastrulation.', article)).toBe(false);
  });

  it('is silent on a sentence that names neither the asked thing nor all of what is asked of it', () => {
    expect(rival('Is the TFR1 gene dispensable for erythropoiesis?', 'RSZ breakage, however, required genes encoding condensin subunits (YCG1, YSC4) and topoisomerase II (TOP2).')).toBe(false);
  });

  it('asks only of a subject the question writes as a code or a drug name, past a framing noun', () => {
    expect(askedSubject(analyzeQuestion('Is there a discrepancy between patient and physician quality of life assessment?'))).toBeNull();
    expect(askedSubject(analyzeQuestion('Does high blood pressure reduce the risk of chronic low back pain?'))).toBeNull();
    expect(askedSubject(analyzeQuestion('Does mutation of ARTEMIS gene causes severe combined immunodeficiency?'))?.names).toEqual(['artemi']);
  });

  it('reads a procedure named by one word as a name too, but not an imaging method', () => {
    expect(rival('Is acupotomy used to treat muscle stiffness?', 'CONCLUSION: Our results suggest that the LES is a valid elbow-specific scoring system that can be used to evaluate joint function in patients with elbow stiffness, though some items included had some weakness either.')).toBe(true);
    expect(askedSubject(analyzeQuestion('Staging laparoscopy in patients with hepatocellular carcinoma: is it useful?'))?.names).toEqual(['laparoscopi']);
    expect(askedSubject(analyzeQuestion('Is laparoscopic sonography a reliable and sensitive procedure for staging colorectal cancer?'))).toBeNull();
  });
});

describe('decideVerdict with sentences on a rival', () => {
  const scored = (text: string, pmid: string): ScoredPassage => ({ pmid, section: 'RESULTS', index: 1, text, score: 1, coverage: 0.7, rank: 0, stems: stemSet(text) });

  it('does not affirm from them', () => {
    const asked = analyzeQuestion('Does YY1 inhibit VEGF?');
    const tivozanib = scored('Tivozanib is a novel tyrosine kinase inhibitor (TKI) which inhibits vascular endothelial growth factor (VEGF) receptors-1, -2, and -3 at nanomolar concentrations.', '23013465');
    expect(decideVerdict([tivozanib], { analysis: asked }).verdict).toBe('uncertain');
    const own = scored('YY1 inhibits VEGF expression in endothelial cells.', '2');
    expect(decideVerdict([tivozanib, own], { analysis: asked }).verdict).toBe('yes');
  });
});

describe('speaksOfOtherCode', () => {
  const asked = analyzeQuestion('Is GSTM1 a risk factor for bladder cancer?');
  const modifier = 'The odds ratio associated with the rare NAT2*5 allele was not altered by adjusting for the other known risk factors for bladder cancer.';
  const article = `Smokers with the GSTM1 null genotype had a higher risk of bladder cancer. ${modifier}`;

  it('finds a sentence saying the asked relation of another coded gene in an article on the asked one', () => {
    expect(speaksOfOtherCode(modifier, article, asked)).toBe(true);
  });

  it('leaves a sentence naming the asked gene, one without the relation, and a code the article pairs with the asked name', () => {
    expect(speaksOfOtherCode('Smokers with the GSTM1 null genotype had a higher risk of bladder cancer.', article, asked)).toBe(false);
    expect(speaksOfOtherCode('The rare NAT2*5 allele was found in 12% of controls.', article, asked)).toBe(false);
    const paired = 'Deletion of GSTM1 (GST1) is common. GST1 deletion was not a risk factor for bladder cancer in non-smokers.';
    expect(speaksOfOtherCode('GST1 deletion was not a risk factor for bladder cancer in non-smokers.', paired, asked)).toBe(false);
  });

  it('keeps such a sentence from denying the question', () => {
    const scored = (text: string, coverage: number): ScoredPassage => ({ pmid: '1', section: 'RESULTS', index: 1, text, score: 1, coverage, rank: 0, stems: stemSet(text) });
    const own = scored('Smokers with the GSTM1 null genotype had a higher risk of bladder cancer.', 0.6);
    const other = scored(modifier, 0.8);
    expect(decideVerdict([other, own], { analysis: asked, described: [own, other] }).verdict).toBe('yes');
  });
});

describe('speaksOfNoSubject', () => {
  it('finds a sentence that shares only wording with the question', () => {
    const asked = analyzeQuestion('Is the TFR1 gene dispensable for erythropoiesis?');
    expect(speaksOfNoSubject(stemSet('RSZ breakage, however, required genes encoding condensin subunits (YCG1, YSC4) and topoisomerase II (TOP2).'), asked)).toBe(true);
    expect(speaksOfNoSubject(stemSet('Tfr1 is required for erythropoiesis in mice.'), asked)).toBe(false);
  });

  it('keeps such a sentence from affirming the question', () => {
    const asked = analyzeQuestion('Is the TFR1 gene dispensable for erythropoiesis?');
    const text = 'RSZ breakage, however, required genes encoding condensin subunits (YCG1, YSC4) and topoisomerase II (TOP2).';
    const heard: ScoredPassage = { pmid: '23133392', section: 'RESULTS', index: 1, text, score: 1, coverage: 0.36, rank: 0, stems: stemSet(text) };
    expect(decideVerdict([heard], { analysis: asked, minCoverage: 0.3 }).verdict).toBe('uncertain');
  });
});

describe('givesOtherObject', () => {
  const other = (question: string, sentence: string, article = sentence) => givesOtherObject(sentence, stemSet(sentence), stemSet(article), analyzeQuestion(question));

  it('finds the asked relation of the asked thing with another object', () => {
    expect(other('Is YY1 required for progression?', 'Knockdown of YY1 caused a significant decrease in mitochondrial gene expression and in respiration, and YY1 was required for rapamycin-dependent repression of those genes.')).toBe(true);
  });

  it('leaves a sentence that names the asked object, or whose article does', () => {
    expect(other('Has MDMA(ecstasy) been successfully used to treat PTSD disorder?', 'MDMA has been used effectively to treat post-traumatic stress disorder (PTSD).')).toBe(false);
    const sentence = 'Our study demonstrates that RUNX1T1 rs34269950, located in a potential FTO recognition motif, is significantly associated with waist circumference.';
    const article = `${sentence} Specifically, compared to AA genotype, rs34269950 del/del genotype was associated with a 1.47 fold higher rate of obesity risk.`;
    expect(other('Is RUNX1T1 associate with obesity?', sentence, article)).toBe(false);
    expect(other('Is RUNX1T1 associate with obesity?', sentence)).toBe(true);
  });
});
