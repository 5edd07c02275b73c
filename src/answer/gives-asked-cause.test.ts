import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { givesAskedCause } from './direct-fit.js';

describe('givesAskedCause for "What causes X?"', () => {
  const asked = analyzeQuestion('What causes cystic fibrosis?');

  it('takes the sentence naming the cause, not a finding on a drug that corrects the defect (PMID 25384981)', () => {
    expect(givesAskedCause(asked, 'Cystic fibrosis (CF) is due to a folding defect in the CF transmembrane conductance regulator (CFTR) protein.')).toBe(true);
    expect(givesAskedCause(asked, 'Here we show that activation of the PDK1/SGK1 signaling pathway with C4-ceramide (C4-CER), a non-toxic small molecule, functionally corrects the trafficking defect in both cultured CF cells and primary epithelial cell explants from CF patients.')).toBe(false);
  });

  it('reads a cause in other words of our own, and not for a question that asks no cause', () => {
    const scurvy = analyzeQuestion('What is the cause of scurvy?');
    expect(givesAskedCause(scurvy, 'Scurvy results from a lack of vitamin C in the diet.')).toBe(true);
    expect(givesAskedCause(scurvy, 'Scurvy was treated with oranges and lemons.')).toBe(false);
    expect(givesAskedCause(analyzeQuestion('How is scurvy treated?'), 'Scurvy results from a lack of vitamin C in the diet.')).toBe(false);
  });
});
