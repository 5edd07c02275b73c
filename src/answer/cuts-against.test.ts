import { describe, expect, it } from 'vitest';
import { cutsAgainst, reportsNullResult, reportsSignificantResult } from './cuts-against.js';

describe('reportsNullResult', () => {
  it('reads a null comparison among a study’s groups', () => {
    expect(reportsNullResult('The Ki-67 values do not differ significantly among the 3 groups: pCR versus partial pathological response versus stable disease/progress (P = 0.896).')).toBe(true);
    expect(reportsNullResult('There was no significant difference in overall survival between the two arms.')).toBe(true);
    expect(reportsNullResult('Serum ferritin was not significantly associated with response (p > 0.05).')).toBe(true);
  });
  it('does not read a significant result or one turned around', () => {
    expect(reportsNullResult('Ki-67 values of patients with luminal, Her2 enriched, and basal-like cancers differed significantly from each other.')).toBe(false);
    expect(reportsNullResult('Response rates did not differ significantly overall, whereas in luminal tumours they differed markedly.')).toBe(false);
    expect(reportsNullResult('Our data shows that the Ki-67 value predicts the response to neoadjuvant chemotherapy.')).toBe(false);
  });
});

describe('reportsSignificantResult', () => {
  it('reads a significant finding that cuts against a "no" (shaped like PMID 22813804)', () => {
    expect(reportsSignificantResult('Obese children were more likely to have rib fractures (P = .02) and pelvic injuries (P = .033).')).toBe(true);
    expect(reportsSignificantResult('Mortality was significantly higher in the obese group.')).toBe(true);
    expect(cutsAgainst('Obese children were more likely to have rib fractures (P = .02).', 'no')).toBe(true);
  });
  it('does not read a null or non-significant finding', () => {
    expect(reportsSignificantResult('There was no statistical difference in the success rates between group A and group B (P>.05).')).toBe(false);
    expect(reportsSignificantResult('Length of stay was not significantly longer (p = 0.30).')).toBe(false);
    expect(reportsSignificantResult('Obesity does not seem to impact the severity of injury, mortality rate, types of injury, and procedure outcomes in children.')).toBe(false);
  });
});
