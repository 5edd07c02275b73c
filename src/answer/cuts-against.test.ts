import { describe, expect, it } from 'vitest';
import { reportsNullResult } from './cuts-against.js';

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
