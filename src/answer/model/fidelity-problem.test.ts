import { describe, expect, it } from 'vitest';
import { fidelityProblem, plainLanguageProblem, type PlainLanguageChecks } from './fidelity-problem.js';

describe('fidelityProblem', () => {
  const point = 'Among 82 patients, 1-year overall survival was 74%.';

  it('accepts a rewording that keeps every number', () => {
    expect(fidelityProblem(point, 'After 1 year, 74% of the 82 patients were alive.')).toBeNull();
  });

  it('rejects a rewording that drops a number of the point', () => {
    expect(fidelityProblem(point, 'Most of the 82 patients were alive after 1 year.')).toMatch(/drops numbers of the point: 74/);
  });

  it('names a dropped number as the point writes it: a chromosome band, not its parts', () => {
    expect(fidelityProblem('The BRCA1 gene (on chromosome 17q21) raises the risk.', 'The BRCA1 gene raises the risk.')).toBe('drops numbers of the point: 17q21');
  });

  it("rejects a rewording that drops the point's negation", () => {
    expect(fidelityProblem('ALK rearrangement is not a favourable prognostic factor.', 'ALK rearrangement is a favourable sign.')).toMatch(/drops the point's negation/);
    expect(fidelityProblem('Survival did not differ.', 'Survival was the same without a difference.')).toBeNull();
  });

  it('rejects a rewording that adds a negation the point does not have', () => {
    expect(fidelityProblem('Crizotinib improved survival.', 'Crizotinib did not improve survival.')).toMatch(/adds a negation/);
  });

  it("rejects a rewording that drops the point's hedge", () => {
    expect(fidelityProblem('Colchicine may reduce flares.', 'Colchicine reduces flares.')).toMatch(/drops the point's hedge/);
    expect(fidelityProblem('Colchicine may reduce flares.', 'Colchicine might lower flares.')).toBeNull();
  });
});

describe('plainLanguageProblem', () => {
  // Grade by words per sentence and concepts by the share of the words "crizotinib" and "NSCLC": stand-ins for the audience stage.
  const checks: PlainLanguageChecks = {
    grade: (text) => text.split(/\s+/).length / Math.max(1, text.split(/[.!?]/).filter((s) => s.trim()).length),
    conceptsKept: (_point, text) => ['crizotinib', 'NSCLC'].filter((w) => text.includes(w)).length / 2,
  };
  const extractive = 'In patients with advanced NSCLC, crizotinib treatment is linked to improved survival compared with controls.';

  it('accepts a shorter-sentenced rewrite that names the same concepts', () => {
    expect(plainLanguageProblem(checks, 1, extractive, 'Some people have advanced NSCLC. For them, crizotinib is linked to longer life.')).toBeNull();
  });

  it('rejects a rewrite that names fewer of the concepts than the extractive text', () => {
    expect(plainLanguageProblem(checks, 1, extractive, 'For people with advanced lung cancer, crizotinib is linked to longer life.')).toMatch(
      /names 50% of the point's medical concepts; the extractive text names 100%/,
    );
  });

  it('rejects a rewrite that reads at a higher grade than the extractive text', () => {
    expect(plainLanguageProblem(checks, 1, 'NSCLC. Crizotinib helps.', 'In NSCLC crizotinib treatment is linked to improved survival.')).toMatch(/reading grade 9\.0 is above/);
  });
});
