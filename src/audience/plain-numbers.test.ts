import { describe, expect, it } from 'vitest';
import { plainNumbers } from './plain-numbers.js';

describe('plainNumbers', () => {
  it('says an age limit in words', () => {
    // BioASQ abstract sentences on risdiplam, the zoster vaccine and rotavirus.
    expect(plainNumbers('Risdiplam was approved recently for the treatment of patients with SMA, aged ≥ 2 months in the United States.')).toBe(
      'Risdiplam was approved recently for the treatment of patients with SMA, aged 2 months or older in the United States.',
    );
    expect(plainNumbers('The vaccine is advised for immunocompetent adults ≥60 years.')).toBe('The vaccine is advised for immunocompetent adults 60 years or older.');
    expect(plainNumbers('We tested samples from children <5 years of age in hospital.')).toBe('We tested samples from children under 5 years of age in hospital.');
    // Made up.
    expect(plainNumbers('It is licensed for children aged > 5 years and adults ≤ 65 years.')).toBe('It is licensed for children aged over 5 years and adults 65 years or younger.');
  });

  it('says other limits as "more than", "less than", "or more" and "or less"', () => {
    expect(plainNumbers('Among >22 million people tested, reinfection was rare.')).toBe('Among more than 22 million people tested, reinfection was rare.');
    expect(plainNumbers('Patients with ≥ 4 attacks a year and symptoms lasting > 5 days were included.')).toBe(
      'Patients with 4 or more attacks a year and symptoms lasting more than 5 days were included.',
    );
    expect(plainNumbers('Doses <= 10 mg were safe, with >85% of patients free of nausea.')).toBe('Doses up to 10 mg were safe, with more than 85% of patients free of nausea.');
    // Hand-made corpus record on ureteric colic (PMID 25998582): two limits in one bracket.
    expect(plainNumbers('Stone size (≤5 mm or >5 mm) was a minimisation covariate.')).toBe('Stone size (up to 5 mm or more than 5 mm) was a minimisation covariate.');
  });

  it('leaves signs after letters, between symbols and without a number alone', () => {
    for (const text of ['The p<0.05 level and CD4<200 cells/mm3 were used.', 'We found that x > y in all runs.', 'The ratio A/B>1 held.', 'Scores (range 0–10) were < normal.', 'It was significant at p < 0.05 in men, with HR < 1 and n > 30.']) {
      expect(plainNumbers(text)).toBe(text);
    }
  });
});
