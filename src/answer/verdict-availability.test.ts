import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { asksAvailability, inDevelopment } from './verdict-availability.js';

describe('asksAvailability', () => {
  it('knows a question whether something is available, approved or licensed', () => {
    expect(asksAvailability('Are artificial blood cells available?')).toBe(true);
    expect(asksAvailability('Has ivosidenib been FDA approved for use against acute myeloid leukemia?')).toBe(true);
    expect(asksAvailability('Is metoprolol metabolized by CYP2D6?')).toBe(false);
  });
});

describe('inDevelopment', () => {
  it('hears a thing still tried in animals, in trials or not yet arrived (PMIDs 28406466, 20234994, 36411267)', () => {
    expect(inDevelopment('We suggest a novel method that uses artificial blood cells (hemoglobin vesicles, Hb-Vs) as photosensitizers in dye laser treatment based on the results of animal experiments.')).toBe(true);
    expect(inDevelopment('The critical point for the break through for artificial blood products did not come yet but could be ahead.')).toBe(true);
    expect(inDevelopment('The vaccine is not yet available.')).toBe(true);
    expect(inDevelopment('We report primary results of a phase 3 trial of AZD7442 (tixagevimab/cilgavimab) for post-exposure prophylaxis.')).toBe(true);
  });

  it('hears a thing withdrawn or discontinued again (PMID 25485886)', () => {
    expect(inDevelopment('Despite discontinuation of the first inhalable insulin, Exubera®, due to suboptimal market acceptance, development of orally inhaled insulin delivery systems has been galvanized.')).toBe(true);
    expect(inDevelopment('The drug was withdrawn from the market in 2004.')).toBe(true);
    expect(inDevelopment('Rofecoxib is no longer marketed.')).toBe(true);
  });

  it('does not hear an approval or a use in practice', () => {
    expect(inDevelopment('The FDA approved ivosidenib for patients with IDH1-mutant relapsed/refractory acute myeloid leukemia.')).toBe(false);
    expect(inDevelopment('Daily oral pre-exposure prophylaxis (PrEP) is the use of antiretroviral drugs by HIV-negative people to prevent HIV infection.')).toBe(false);
  });
});

describe('polarityOf on an availability question', () => {
  it('reads a sentence on a thing in development as a denial that it is available, and only on such a question', () => {
    const sentence = 'We suggest a novel method that uses artificial blood cells (hemoglobin vesicles, Hb-Vs) as photosensitizers in dye laser treatment based on the results of animal experiments.';
    expect(polarityOf(sentence, analyzeQuestion('Are artificial blood cells available?'))).toBe(-1);
    expect(polarityOf(sentence, analyzeQuestion('Can artificial blood cells act as photosensitizers?'))).not.toBe(-1);
  });
});

describe('polarityOf on an approval question', () => {
  const asked = analyzeQuestion('Has the drug Zynteglo been approved by the FDA?');
  it('reads an approval told in passing as a yes ("after receiving FDA approval", "the recent approval of X")', () => {
    expect(polarityOf('Zynteglo has been sold in the United States since 2023, after receiving FDA approval in August 2022.', asked)).toBe(1);
    expect(polarityOf('Interest in gene therapy for thalassemia has grown with the recent approval of Zynteglo.', asked)).toBe(1);
    expect(polarityOf('In 2022 the FDA approved Zynteglo for patients with transfusion-dependent beta-thalassemia.', asked)).toBe(1);
  });

  it('reads approval still awaited as a no', () => {
    expect(polarityOf('Zynteglo is currently awaiting FDA approval.', asked)).toBe(-1);
    expect(polarityOf('The manufacturer has submitted Zynteglo for approval to the FDA.', asked)).toBe(-1);
  });

  it('hears a withdrawal only of the thing asked about, not of an earlier product the sentence sets beside it', () => {
    const rival = 'Although the first lentiviral product, Glybera, was withdrawn from the market for poor sales, the field has been revived by the recent approval of Zynteglo and of several others awaiting approval.';
    expect(polarityOf(rival, asked)).toBe(1);
    expect(polarityOf(rival, analyzeQuestion('Is the drug Glybera currently available?'))).toBe(-1);
    expect(polarityOf('Zynteglo was withdrawn from the European market in 2021.', asked)).toBe(-1);
    expect(polarityOf('The product was withdrawn from the market in 2021.', asked)).toBe(-1);
  });
});
