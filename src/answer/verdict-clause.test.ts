import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { withoutAsideNegations } from './verdict-clause.js';

const heritable = analyzeQuestion('Can epigenetic modifications be heritable?');

describe('withoutAsideNegations', () => {
  it('takes out a relative clause that negates something the question does not name (PMIDs 27591071, 28069135)', () => {
    expect(withoutAsideNegations('Epigenetic modifications are classified as heritable and reversible chemical modifications of chromatin that do not cause changes in DNA sequence.', heritable)).not.toMatch(/do not/);
    expect(polarityOf('Epigenetic modifications are chromosome-bound, heritable changes to the genome that do not affect the DNA sequence, and can include DNA methylation.', heritable)).toBeGreaterThanOrEqual(0);
  });

  it('keeps a relative clause that names a question word, and a finding introduced by "that"', () => {
    const responders = analyzeQuestion('Is rituximab effective for IgG4-related disease?');
    expect(withoutAsideNegations('Patients who did not respond to rituximab relapsed early.', responders)).toMatch(/did not respond/);
    const web = analyzeQuestion('Standardizing care in medical oncology: are Web-based systems the answer?');
    const finding = "The authors' findings demonstrate that this alone does not ensure uptake of the resources.";
    expect(withoutAsideNegations(finding, web)).toBe(finding);
    expect(polarityOf('There is no evidence of antitumor effect of metformin.', analyzeQuestion('Does metformin have an antitumor effect?'))).toBe(-1);
  });

  it('reads a group described by what it lacked as no denial (PubMedQA, rotator cuff repairs)', () => {
    const asked = analyzeQuestion('Rotator cuff tear--an occupational disease?');
    expect(polarityOf('Rotator cuff repairs were performed in 472 males who had no evidence for a traumatic origin.', asked)).toBeGreaterThanOrEqual(0);
  });
});
