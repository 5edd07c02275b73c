import { describe, expect, it } from 'vitest';
import { findAbbreviations } from './find-abbreviations.js';

describe('findAbbreviations', () => {
  it('finds long forms whose letters spell the short form', () => {
    const text =
      'Patients with acute myocardial infarction (AMI) and chronic obstructive pulmonary disease (COPD) were enrolled. ' +
      'Serum interleukin-6 (IL-6) was measured.';
    expect(findAbbreviations(text)).toEqual([
      { short: 'AMI', long: 'acute myocardial infarction' },
      { short: 'COPD', long: 'chronic obstructive pulmonary disease' },
      { short: 'IL-6', long: 'interleukin-6' },
    ]);
  });

  it('takes the shortest long form that still contains every letter', () => {
    expect(findAbbreviations('We studied the effect of heart rate variability (HRV) on outcome.')).toEqual([
      { short: 'HRV', long: 'heart rate variability' },
    ]);
  });

  it('ignores parentheses that hold numbers, statistics or plain words', () => {
    const text = 'Mortality fell (p < 0.05) in 30 patients (n = 30) treated early (see below) with aspirin (100 mg).';
    expect(findAbbreviations(text)).toEqual([]);
  });

  it('accepts a long form that merely begins with the short form\'s letters', () => {
    expect(findAbbreviations('Mitral insufficiency (MI) was graded.')).toEqual([{ short: 'MI', long: 'mitral insufficiency' }]);
  });

  it('ignores a short form whose letters do not appear in the words before it', () => {
    expect(findAbbreviations('Blood samples were taken (XYZ) at baseline.')).toEqual([]);
  });

  it('does not reach back across a sentence end', () => {
    expect(findAbbreviations('Results were positive. Tests (RP) followed.')).toEqual([]);
  });
});
