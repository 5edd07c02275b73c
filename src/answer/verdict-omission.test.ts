import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { asksOmission, deniesBenefit, statesBenefit } from './verdict-omission.js';

const passage = (text: string, index = 1, section = 'ABSTRACT'): ScoredPassage => ({
  pmid: '1', section, index, text, score: 1, coverage: 0.8, rank: 0, stems: new Set(),
});

describe('asksOmission', () => {
  it('hears a question of leaving something out, passive or as a person asks it', () => {
    expect(asksOmission('Can predilatation in transcatheter aortic valve implantation be omitted?')).toBe(true);
    expect(asksOmission('My ovarian cancer is in remission after chemo. Is it safe to skip the second-look laparotomy?')).toBe(true);
    expect(asksOmission("Can I stop taking my statin now I'm 80?")).toBe(true);
    expect(asksOmission('Should my mum come off her steroid tablets before the operation?')).toBe(true);
    expect(asksOmission('Is it ok for him to miss a dose of his inhaler?')).toBe(true);
    expect(asksOmission('Could we do without the drain after a thyroidectomy?')).toBe(true);
  });

  it('does not hear stopping a disease, nor a question that leaves nothing out', () => {
    expect(asksOmission('Can we stop the disease progressing with early treatment?')).toBe(false);
    expect(asksOmission('Does aspirin stop a second heart attack?')).toBe(false);
    expect(asksOmission('Is the second-look laparotomy safe?')).toBe(false);
    expect(asksOmission('Should we continue to offer second-look laparotomy?')).toBe(false);
  });
});

describe('deniesBenefit and statesBenefit', () => {
  it('hears a finding that the thing brings no good, not one on those who went without it', () => {
    // PMID 11759976 of the shipped corpus, then sentences of our own.
    expect(deniesBenefit("The second-look laparotomy doesn't have a favorable impact on overall and disease-free survival.")).toBe(true);
    expect(deniesBenefit('Statin therapy did not improve survival in patients over 80.')).toBe(true);
    expect(deniesBenefit('A routine drain added little to the care of these patients.')).toBe(true);
    expect(deniesBenefit('Patients who refused the procedure had no survival benefit.')).toBe(false);
    expect(deniesBenefit('Statins were not associated with muscle pain in the elderly.')).toBe(false);
  });

  it('hears a finding that the thing does good, unless it denies anything', () => {
    expect(statesBenefit('Statin therapy reduced mortality in the elderly.')).toBe(true);
    expect(statesBenefit('Inhaled steroids were effective in preventing exacerbations.')).toBe(true);
    expect(statesBenefit('Statin therapy did not reduce mortality in the elderly.')).toBe(false);
    expect(statesBenefit('Survival improved after the drug was stopped.')).toBe(false);
  });
});

describe('a question of leaving something out', () => {
  it('is affirmed by a finding that the thing brings no good and denied by one that it does good', () => {
    const skip = analyzeQuestion('My ovarian cancer is in remission after chemo. Is it safe to skip the second-look laparotomy?');
    const finding = passage("The second-look laparotomy doesn't have a favorable impact on overall and disease-free survival.", 9, 'CONCLUSIONS');
    expect(decideVerdict([finding], { analysis: skip }).verdict).toBe('yes');
    const omitted = analyzeQuestion('Can the second-look laparotomy be omitted in advanced ovarian cancer?');
    expect(polarityOf(finding.text, omitted)).toBe(1);
    const statin = analyzeQuestion("Can I stop taking my statin now I'm 80?");
    expect(polarityOf('Statin therapy did not improve survival in patients over 80.', statin)).toBe(1);
    expect(polarityOf('Statin therapy reduced mortality in patients over 80.', statin)).toBe(-1);
    // A denied harm is no lack of benefit: it stays a denial.
    expect(polarityOf('Statins were not associated with muscle pain in patients over 80.', statin)).toBe(-1);
  });

  it('leaves a question of using a thing as it was', () => {
    const offer = analyzeQuestion('Should we continue to offer second-look laparotomy?');
    expect(polarityOf("The second-look laparotomy doesn't have a favorable impact on overall and disease-free survival.", offer)).toBe(-1);
  });
});
