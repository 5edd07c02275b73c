import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { lesserSuffices } from './verdict-sufficient.js';

describe('lesserSuffices', () => {
  it('denies a need of the fuller form by a lesser one found enough', () => {
    const question = 'Do we really need a full course of antibiotics for uncomplicated cystitis in women?';
    expect(lesserSuffices('Thus, a 3-day course of antibiotics appears to be sufficient, and a shorter course was non-inferior to seven days.', question)).toBe(true);
    expect(lesserSuffices('A single-dose regimen of fosfomycin may be adequate for most women.', question)).toBe(true);
    expect(lesserSuffices('A full seven-day course was needed to prevent relapse.', question)).toBe(false);
    // A low dose asked about is the question's own form, not a lesser one.
    expect(lesserSuffices('Low-dose aspirin was sufficient.', 'Is a low dose of aspirin needed after stenting?')).toBe(false);
    // Without a question of need, "sufficient" is a finding like any other.
    expect(lesserSuffices('Half-dose contrast was sufficient for grading synovitis.', 'Is full-dose contrast better for grading synovitis?')).toBe(false);
  });

  it('reads the lesser form found enough as a no to the question of need', () => {
    const asked = analyzeQuestion('Do we really need a full dose of gadoterate for grading synovitis on 3 T MRI?');
    expect(polarityOf('Therefore, half-dose gadoterate at 3-T MRI may be sufficient for grading synovitis in early arthritis.', asked)).toBe(-1);
  });
});

describe('polarityOf on a question framed as a problem', () => {
  it('turns round "Is it a problem to ...?": a failure affirms it', () => {
    const asked = analyzeQuestion('Is it a problem to draw blood for potassium from a peripheral line with a running infusion?');
    expect(polarityOf('Potassium measured in blood drawn above a running infusion cannot be relied upon.', asked)).toBe(1);
    const plain = analyzeQuestion('Is potassium measured reliably in blood drawn from a peripheral line with a running infusion?');
    expect(polarityOf('Potassium measured in blood drawn above a running infusion cannot be relied upon.', plain)).toBe(-1);
  });

  it('leaves a problem named as the subject alone ("Is obesity a problem in ...?")', () => {
    const asked = analyzeQuestion('Is obesity a problem in children with asthma?');
    expect(polarityOf('Obesity was associated with more severe asthma in children.', asked)).toBe(1);
  });
});
