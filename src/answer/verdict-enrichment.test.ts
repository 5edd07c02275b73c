import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { reversesEnrichment } from './verdict-enrichment.js';

const passage = (text: string, coverage = 0.8): ScoredPassage => ({ pmid: '30137632', section: 'ABSTRACT', index: 1, text, score: 0.8, coverage, rank: 0, stems: new Set() });

// Sentences of PMID 30137632 (PopSV), as the BioASQ dev records give them.
const moreLikely = 'Applying PopSV to 640 human genomes, we find that low-mappability regions are approximately 5 times more likely to harbor germline CNVs, in stark contrast to the nearly uniform distribution observed for somatic CNVs in 95 cancer genomes.';
const identified = 'In particular, we identify 347 genes with a novel exonic CNV in low-mappability regions, including 29 genes previously associated with disease.';

describe('reversesEnrichment', () => {
  it('reads "5 times more likely to harbor" as the reverse of depleted, and "depleted of" as the reverse of enriched', () => {
    expect(reversesEnrichment(moreLikely, 'Are Copy Number Variants (CNVs) depleted in regions of low mappability?')).toBe(true);
    expect(reversesEnrichment('Low-mappability regions are depleted of germline CNVs.', 'Are CNVs enriched in regions of low mappability?')).toBe(true);
  });

  it('finds no reversal in a sentence saying what was asked, or in a question on neither', () => {
    expect(reversesEnrichment(moreLikely, 'Are CNVs enriched in regions of low mappability?')).toBe(false);
    expect(reversesEnrichment(moreLikely, 'Are CNVs found in regions of low mappability?')).toBe(false);
  });
});

describe('decideVerdict on enrichment', () => {
  it('answers no when the regions are more likely to harbor what the question calls depleted there', () => {
    const asked = analyzeQuestion('Are Copy Number Variants (CNVs) depleted in regions of low mappability?');
    expect(polarityOf(moreLikely, asked)).toBe(-1);
    expect(decideVerdict([passage(identified), passage(moreLikely, 0.79)], { analysis: asked }).verdict).toBe('no');
  });
});

describe('polarityOf on "associated with"', () => {
  it('hears an association stated of the subject, not a phrase naming other things by one ("genes previously associated with disease")', () => {
    const asked = analyzeQuestion('Is obesity associated with knee pain?');
    expect(polarityOf('Obesity was strongly associated with knee pain.', asked)).toBe(1);
    expect(polarityOf('Obesity is associated with knee pain.', asked)).toBe(1);
    expect(polarityOf('HPV-DNA presence in semen of healthy men is common and associated with HPV infections of the penile epithelium.', analyzeQuestion('Is HPV in semen associated with penile HPV infection?'))).toBe(1);
    expect(polarityOf(identified, analyzeQuestion('Are Copy Number Variants (CNVs) depleted in regions of low mappability?'))).toBe(0);
  });

  it('reads "no currently consensus" as a hedge, as "no consensus"', () => {
    const asked = analyzeQuestion('Should lower limb fractures be treated surgically in patients with chronic spinal injuries?');
    expect(polarityOf('There is no currently consensus regarding the management of lower limb fractures in patients with chronic spinal cord injuries, but the trend has been conservative treatment due to the high rate of complications in surgical treatment.', asked)).toBe(0);
  });
});
